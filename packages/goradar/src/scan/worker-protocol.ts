/** WorkerRequest asks a worker to analyse one file content. */
export interface WorkerRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

/** WorkerReply is a worker's answer to the request with the same id. */
export interface WorkerReply {
  id: number;
  signalsJson: string | null;
  error: string | null;
}
