import { describe, expect, it } from 'vitest';
import { decodeGoText, encodeGoText, toDisplayText } from './go-text.js';
import { mustQuote } from '../modfile/quote.js';
import { quote as goQuote } from './strconv.js';

describe('decodeGoText', () => {
  it.each([
    ['ASCII', [0x61, 0x0a], 'a\n'],
    ['two-byte', [0xc3, 0xa9], 'é'],
    ['astral', [0xf0, 0x9f, 0x98, 0x80], '😀'],
    ['BOM kept', [0xef, 0xbb, 0xbf, 0x61], '\ufeffa'],
    ['lone continuation', [0x80], '\udc80'],
    ['truncated sequence is one unit per byte', [0xe2, 0x82, 0x61], '\udce2\udc82a'],
    ['encoded surrogate is invalid', [0xed, 0xa0, 0x80], '\udced\udca0\udc80'],
    ['overlong is invalid', [0xc0, 0xaf], '\udcc0\udcaf'],
    ['above U+10FFFF is invalid', [0xf4, 0x90, 0x80, 0x80], '\udcf4\udc90\udc80\udc80'],
  ])('%s', (_name, bytes, want) => {
    const decoded = decodeGoText(Uint8Array.from(bytes));
    expect(decoded).toBe(want);
    expect([...encodeGoText(decoded)]).toEqual(bytes);
  });

  it('handles long inputs in chunks', () => {
    const bytes = new Uint8Array(100_000).fill(0x61);
    bytes[50_000] = 0xff;
    const text = decodeGoText(bytes);
    expect(text.length).toBe(100_000);
    expect(encodeGoText(text)).toEqual(bytes);
  });

  it('shows invalid bytes as U+FFFD for people', () => {
    expect(toDisplayText('a\udcffb😀')).toBe('a\ufffdb😀');
  });
});

describe('quoting', () => {
  it.each([
    ['', true],
    ['ex.com/m', false],
    ['a b', true],
    ['a"b', true],
    ['(', false],
    ['a(', true],
    ['a//b', true],
    ['a/*b', true],
    ['é', false],
    ['\u00ad', true],
    ['\udcff', false],
  ])('mustQuote(%j) is %s', (s, want) => {
    expect(mustQuote(s)).toBe(want);
  });

  it('quotes invalid bytes as \\x escapes, as strconv.Quote does', () => {
    expect(goQuote('a\udce9 b')).toBe('"a\\xe9 b"');
    expect(goQuote('😀\t')).toBe('"😀\\t"');
  });
});
