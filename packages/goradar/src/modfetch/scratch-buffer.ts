/**
 * Memory reused from one job to the next on one thread. Touching memory the process has never used
 * is slow (each new page faults, and on virtual machines each fault is dear), while the bytes of one
 * zip entry or one file are needed only until they are hashed or written. A job takes the buffer,
 * uses it synchronously and is done with it before the next job asks.
 */
/** ScratchBuffer hands out one growing buffer, up to a largest size. */
export class ScratchBuffer {
  private buffer: Buffer | undefined;

  constructor(private readonly maxBytes: number) {}

  /** take returns at least size bytes (old content, not zeroed), or undefined above the largest size. */
  take(size: number): Buffer | undefined {
    if (size > this.maxBytes) return undefined;
    if (!this.buffer || this.buffer.length < size) {
      // Grow by powers of two from 1 MiB, so a run of growing jobs reallocates only a few times.
      let length = 1 << 20;
      while (length < size) length *= 2;
      this.buffer = Buffer.allocUnsafe(Math.min(length, Math.max(size, this.maxBytes)));
    }
    return this.buffer;
  }
}

