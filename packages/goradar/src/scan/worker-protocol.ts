/** AnalyzeRequest asks a scan worker to analyse one file content; the reply is its AnalysisOutcome. */
export interface AnalyzeRequest {
  name: string;
  bytes: Uint8Array;
}
