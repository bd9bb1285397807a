import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { GitError, gitArgs } from './git-command.js';

interface Pending {
  id: string;
  resolve: (bytes: Uint8Array) => void;
  reject: (err: Error) => void;
}

/**
 * GitCatFile reads git objects through one long-lived `git cat-file --batch` process, so reading
 * thousands of blobs costs one process, not thousands. Requests are answered in order.
 */
export class GitCatFile {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending: Pending[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  /** chunks not yet joined to buffer, and how many bytes the oldest answer still needs. */
  private chunks: Buffer[] = [];
  private chunkBytes = 0;
  private needed = 0;
  private failure: Error | undefined;

  constructor(root: string) {
    this.child = spawn('git', gitArgs(root, ['cat-file', '--batch']), { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.child.on('error', (err) => this.fail(new GitError(`git cat-file: ${err.message}`)));
    this.child.on('close', () => this.fail(new GitError('git cat-file: exited')));
    this.child.stdin.on('error', () => undefined);
  }

  /** read returns the content of object id (a blob id or `commit:path`). */
  read(id: string): Promise<Uint8Array> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.push({ id, resolve, reject });
      this.child.stdin.write(`${id}\n`);
    });
  }

  /** close ends the git process. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const closed = new Promise((resolve) => this.child.once('close', resolve));
    this.child.stdin.end();
    await closed;
  }

  private onData(chunk: Buffer): void {
    // Joining only once an answer is complete keeps large blobs from being copied once per chunk.
    this.chunks.push(chunk);
    this.chunkBytes += chunk.length;
    if (this.buffer.length + this.chunkBytes < this.needed) return;
    this.buffer = Buffer.concat([this.buffer, ...this.chunks]);
    this.chunks = [];
    this.chunkBytes = 0;
    this.needed = 0;
    while (this.pending.length > 0 && this.takeOne()) {
      // each call consumes one complete answer
    }
  }

  /** takeOne answers the oldest request when its whole reply has arrived. */
  private takeOne(): boolean {
    const newline = this.buffer.indexOf(10);
    if (newline < 0) return false;
    const header = this.buffer.subarray(0, newline).toString('utf8');
    const request = this.pending[0] as Pending;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      this.pending.shift();
      this.buffer = this.buffer.subarray(newline + 1);
      request.reject(new GitError(`git cat-file: ${header}`));
      return true;
    }
    const size = Number(header.split(' ')[2]);
    const end = newline + 1 + size;
    if (this.buffer.length < end + 1) {
      this.needed = end + 1;
      return false;
    }
    const content = Uint8Array.prototype.slice.call(this.buffer, newline + 1, end);
    this.buffer = this.buffer.subarray(end + 1);
    this.pending.shift();
    request.resolve(content);
    return true;
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const p of this.pending.splice(0)) p.reject(this.failure);
  }
}
