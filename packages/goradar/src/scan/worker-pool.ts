import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GoradarError } from '../errors.js';
import { analyzeContent, selectAnalyzer, type AnalysisOutcome, type FileAnalyzer } from './analyzer.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';

interface Slot {
  worker: Worker;
  pending: Map<number, (outcome: AnalysisOutcome) => void>;
}

/**
 * workerEntryPath returns the compiled worker script. From the build it sits beside this module;
 * when this module runs from the TypeScript sources (tests), the compiled copy in dist/ is used.
 */
export function workerEntryPath(moduleUrl: string = import.meta.url): string {
  const here = fileURLToPath(moduleUrl);
  if (here.endsWith('.js')) return here.replace(/worker-pool\.js$/, 'analyze-worker.js');
  return here.replace(/[\\/]src[\\/]scan[\\/]worker-pool\.ts$/, '/dist/scan/analyze-worker.js');
}

/**
 * WorkerPool analyses file contents on worker threads (threads = 0 analyses on the calling thread).
 * Contents are transferred, not copied. A worker that dies fails only its own pending files, which
 * are recorded as analysis errors, and is replaced.
 */
export class WorkerPool {
  readonly analyzerId: string;
  private readonly slots: Slot[] = [];
  private readonly inline: FileAnalyzer | undefined;
  private nextId = 1;

  constructor(threads: number) {
    const analyzer = selectAnalyzer();
    this.analyzerId = analyzer.id;
    if (threads <= 0) {
      this.inline = analyzer;
      return;
    }
    const entry = workerEntryPath();
    if (!existsSync(entry)) {
      throw new GoradarError('ERR_INTERNAL', `scan worker ${entry} is missing`, { hint: 'build goradar first (npm run build)' });
    }
    for (let i = 0; i < threads; i++) this.slots.push(this.startSlot(entry));
  }

  /** analyze analyses one file content on the least busy worker. */
  analyze(name: string, bytes: Uint8Array): Promise<AnalysisOutcome> {
    if (this.inline) return Promise.resolve(analyzeContent(this.inline, name, bytes));
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.pending.set(id, resolve);
      const request: WorkerRequest = { id, name, bytes };
      const transferable = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      slot.worker.postMessage(request, transferable ? [bytes.buffer as ArrayBuffer] : []);
    });
  }

  /** close stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private startSlot(entry: string): Slot {
    const slot: Slot = { worker: new Worker(entry), pending: new Map() };
    slot.worker.on('message', (reply: WorkerReply) => {
      const resolve = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      resolve?.({ signalsJson: reply.signalsJson, error: reply.error });
    });
    slot.worker.on('error', (err) => this.replace(slot, entry, `analysis: worker failed: ${err.message}`));
    return slot;
  }

  private replace(slot: Slot, entry: string, message: string): void {
    for (const resolve of slot.pending.values()) resolve({ signalsJson: null, error: message });
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots[index] = this.startSlot(entry);
  }
}
