import { describe, expect, it } from 'vitest';
import { goJsonString, stringifyGoJson } from './go-json.js';
import { decodeGoText } from '../internal/go-text.js';

describe('goJsonString', () => {
  it.each([
    ['plain', '"plain"'],
    ['<a & b>', '"\\u003ca \\u0026 b\\u003e"'],
    ['q"\\', '"q\\"\\\\"'],
    ['\b\f\n\r\t', '"\\b\\f\\n\\r\\t"'],
    ['\u0000\u001f\u007f', '"\\u0000\\u001f\u007f"'],
    ['\u2028\u2029', '"\\u2028\\u2029"'],
    ['é😀\ufffd', '"é😀\ufffd"'],
  ])('%j', (s, want) => {
    expect(goJsonString(s)).toBe(want);
  });

  it('writes each invalid input byte as \\ufffd, unlike a real U+FFFD', () => {
    const s = decodeGoText(Uint8Array.from([0x61, 0xe2, 0x82, 0x62, 0xef, 0xbf, 0xbd]));
    expect(goJsonString(s)).toBe('"a\\ufffd\\ufffdb\ufffd"');
  });
});

describe('stringifyGoJson', () => {
  it('indents with tabs, prints empty containers compactly and skips undefined members', () => {
    const value = { A: { B: 'x', C: undefined }, D: [], E: {}, F: null, G: [1, true], H: [{ I: 'y' }] };
    expect(stringifyGoJson(value)).toBe('{\n\t"A": {\n\t\t"B": "x"\n\t},\n\t"D": [],\n\t"E": {},\n\t"F": null,\n\t"G": [\n\t\t1,\n\t\ttrue\n\t],\n\t"H": [\n\t\t{\n\t\t\t"I": "y"\n\t\t}\n\t]\n}\n');
  });
});
