import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateEntry, inflateEntryTransient, usesReusedOutput } from './zip-inflate.js';

const text = Buffer.from('module example.com/m\n'.repeat(3000));
const deflated = deflateRawSync(text);
const huge = Buffer.alloc((16 << 20) + 5, 7);
const cases: Array<[string, Buffer, number]> = [
  ['intact', deflated, text.length],
  ['declared larger than it is', deflated, text.length + 100],
  ['declared smaller than it is (a bomb)', deflated, 10],
  ['truncated', deflated.subarray(0, deflated.length >> 1), text.length],
  ['not deflate data', Buffer.from([0xff, 0xff, 0xff, 0xff]), 10],
  ['empty', deflateRawSync(Buffer.alloc(0)), 0],
  ['larger than one output buffer', deflateRawSync(huge), huge.length],
];

// A digest stands for the bytes, so large outputs compare cheaply.
const outcome = (inflate: () => Buffer) => {
  try {
    const bytes = inflate();
    return { length: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch (err) {
    return { error: [(err as Error).name, (err as Error).message] };
  }
};

describe('inflateEntry and inflateEntryTransient', () => {
  it.each(cases)('agree on %s', (_name, raw, declared) => {
    const owned = outcome(() => inflateEntry(raw, declared));
    expect(outcome(() => inflateEntryTransient(raw, declared))).toEqual(owned);
    if (declared === text.length && raw === deflated) expect(owned.sha256).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it.each([
    ['a bomb', deflated, 10, 'zip: not a valid zip file'],
    ['a truncated stream', deflated.subarray(0, 100), text.length, 'unexpected EOF'],
    ['bad data', Buffer.from([0xff, 0xff, 0xff, 0xff]), 10, /^zip: /],
  ])('fail on %s as archive/zip does', (_name, raw, declared, message) => {
    expect(() => inflateEntryTransient(raw, declared)).toThrow(message);
    expect(() => inflateEntry(raw, declared)).toThrow(message);
  });

  it('reuse one output buffer on this Node, so entries cost no fresh memory', () => {
    expect(usesReusedOutput()).toBe(true);
    const first = inflateEntryTransient(deflated, text.length);
    const second = inflateEntryTransient(deflateRawSync(Buffer.from('other')), 5);
    expect(second.buffer).toBe(first.buffer);
    expect(inflateEntry(deflated, text.length).buffer).not.toBe(first.buffer);
  });
});
