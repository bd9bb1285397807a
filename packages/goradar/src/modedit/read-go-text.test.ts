import { describe, expect, it } from 'vitest';
import { bytesToGoText, bytesToGoTextParts } from './read-go-text.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('bytesToGoTextParts', () => {
  it('keeps a small file whole', () => {
    expect(bytesToGoTextParts(utf8('a b c\n'))).toEqual(['a b c\n']);
  });

  it('cuts a large file into parts below 64 KiB that end at newlines and join to the whole text', () => {
    const line = `example.com/some/module v1.2.3 h1:${'x'.repeat(44)}=\n`;
    const text = line.repeat(5000) + 'no newline at the end';
    const parts = bytesToGoTextParts(utf8(text));
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.join('')).toBe(text);
    for (const p of parts.slice(0, -1)) {
      expect(p.endsWith('\n')).toBe(true);
      expect(p.length).toBeLessThanOrEqual(64 * 1024);
    }
  });

  it('keeps a line longer than a part whole, and decodes invalid bytes as bytesToGoText does', () => {
    const long = `${'y'.repeat(100_000)}\n`;
    const bytes = new Uint8Array([...utf8(long), 0xff, 0x0a, ...utf8('é end')]);
    const parts = bytesToGoTextParts(bytes);
    expect(parts[0]).toBe(long);
    expect(parts.join('')).toBe(bytesToGoText(bytes));
  });
});
