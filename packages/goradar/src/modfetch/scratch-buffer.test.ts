import { describe, expect, it } from 'vitest';
import { ScratchBuffer } from './scratch-buffer.js';

describe('ScratchBuffer', () => {
  it('hands out one buffer, grown by powers of two, up to its largest size', () => {
    const scratch = new ScratchBuffer(8 << 20);
    const small = scratch.take(100) as Buffer;
    expect(small.length).toBe(1 << 20);
    expect(scratch.take(5000)).toBe(small);
    const grown = scratch.take((1 << 20) + 1) as Buffer;
    expect(grown.length).toBe(2 << 20);
    expect((scratch.take(7 << 20) as Buffer).length).toBe(8 << 20);
    expect(scratch.take((8 << 20) + 1)).toBeUndefined();
  });
});
