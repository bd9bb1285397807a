/** AnalyzeRequest is one file content to analyse. */
export interface AnalyzeRequest {
  name: string;
  bytes: Uint8Array;
}

/** AnalyzeBatch asks a scan worker to analyse several contents; the reply is their AnalysisOutcomes, in order. */
export interface AnalyzeBatch {
  files: AnalyzeRequest[];
}
