/**
 * Inflating the data of one zip entry with Go's limits: never more than one byte beyond the declared
 * size (enough to tell that an entry lies), and zlib's failures turned into archive/zip's texts.
 * inflateEntry returns a buffer the caller keeps; inflateEntryTransient writes into memory that the
 * next call on the same thread reuses, which spares the cost of fresh memory for every entry.
 */
import { InflateRaw, constants, inflateRawSync } from 'node:zlib';
import { ScratchBuffer } from './scratch-buffer.js';

/** ZipFormatError says an archive is not a valid zip file or an entry's data is damaged. */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

/** NOT_VALID is archive/zip's ErrFormat text. */
export const NOT_VALID = 'zip: not a valid zip file';

// Up to this size an entry inflates into one output buffer; beyond it (a large file, or a size no
// one has checked yet) the output grows chunk by chunk and is joined at the end.
const MAX_SINGLE_OUTPUT = 16 << 20;

const scratch = new ScratchBuffer(MAX_SINGLE_OUTPUT);

function withZipErrors(inflate: () => Buffer): Buffer {
  try {
    return inflate();
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new ZipFormatError(NOT_VALID);
    if (code === 'Z_BUF_ERROR') throw new ZipFormatError('unexpected EOF');
    throw new ZipFormatError(`zip: ${(err as Error).message}`);
  }
}

const outputLimit = (declared: number) => Math.max(1, declared + 1);
const chunkSizeFor = (limit: number) => Math.min(Math.max(64, limit), MAX_SINGLE_OUTPUT);

const inflateOwned = (raw: Buffer, limit: number) => inflateRawSync(raw, { maxOutputLength: limit, chunkSize: chunkSizeFor(limit) });

/** inflateEntry inflates raw (declared bytes when intact) into a new buffer. */
export function inflateEntry(raw: Buffer, declared: number): Buffer {
  const limit = outputLimit(declared);
  return withZipErrors(() => inflateOwned(raw, limit));
}

/**
 * The fields of Node's zlib engine that its synchronous one-shot path (the code behind
 * inflateRawSync, reached through _processChunk) reads its output buffer from. When they are
 * present as expected, the engine is given reused memory as its output buffer; everything else —
 * limits, errors — is the same code inflateRawSync runs.
 */
interface EngineOutput {
  _outBuffer?: unknown;
  _outOffset?: unknown;
  _chunkSize?: unknown;
  _processChunk?: unknown;
}

function acceptsOutputBuffer(engine: EngineOutput): engine is { _outBuffer: Buffer; _outOffset: number; _chunkSize: number; _processChunk(chunk: Buffer, flush: number): Buffer } {
  return Buffer.isBuffer(engine._outBuffer) && engine._outOffset === 0 && engine._chunkSize === 64 && typeof engine._processChunk === 'function';
}

/**
 * inflateEntryTransient is inflateEntry into reused memory: the result is valid only until the next
 * inflateEntryTransient call on this thread.
 */
export function inflateEntryTransient(raw: Buffer, declared: number): Buffer {
  const limit = outputLimit(declared);
  if (limit > MAX_SINGLE_OUTPUT) return inflateEntry(raw, declared);
  const output = scratch.take(chunkSizeFor(limit)) as Buffer;
  return withZipErrors(() => {
    const engine: InflateRaw & EngineOutput = new InflateRaw({ maxOutputLength: limit, chunkSize: 64 });
    if (!acceptsOutputBuffer(engine)) {
      engine.close();
      return inflateOwned(raw, limit);
    }
    engine._outBuffer = output;
    engine._chunkSize = chunkSizeFor(limit);
    return engine._processChunk(raw, constants.Z_FINISH);
  });
}

/** usesReusedOutput reports whether this Node's zlib takes reused output memory (see EngineOutput). */
export function usesReusedOutput(): boolean {
  const engine: InflateRaw & EngineOutput = new InflateRaw({ chunkSize: 64 });
  const ok = acceptsOutputBuffer(engine);
  engine.close();
  return ok;
}
