import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGoSum } from '../gosum/index.js';
import { formatGoMod } from './format-go-mod.js';
import { decodeGoText } from '../internal/go-text.js';
import { parseGoMod } from './parse-go-mod.js';
import { parseGoWork } from './parse-go-work.js';
import { toGoModJson } from './to-json.js';

const bytes = fc.uint8Array({ maxLength: 300 });
const modLike = fc.array(fc.constantFrom('module', 'require', 'replace', 'retract', 'go', '(', ')', '[', ']', ',', '=>', '"', '`', '//', '/*', '\n', ' ', '\t', 'v1.0.0', 'ex.com/a', '\ufeff', '\u0000', '\udcff', '😀'), { maxLength: 60 }).map((parts) => parts.join(''));

describe('bad input', () => {
  it('never throws on arbitrary bytes, and every error has a position', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        const text = decodeGoText(b);
        for (const r of [parseGoMod('go.mod', text), parseGoMod('go.mod', text, { lax: true }), parseGoWork('go.work', text)]) {
          if (r.ok) continue;
          for (const e of r.errors.errors) {
            expect(e.file === 'go.mod' || e.file === 'go.work').toBe(true);
            expect(e.line).toBeGreaterThanOrEqual(1);
          }
        }
        parseGoSum('go.sum', text);
      }),
      { numRuns: 500 },
    );
  });

  it('formats and renders every accepted go.mod-like text without throwing', () => {
    fc.assert(
      fc.property(modLike, (text) => {
        const r = parseGoMod('go.mod', text);
        if (!r.ok) return;
        expect(typeof formatGoMod(r.value)).toBe('string');
        expect(toGoModJson(r.value).Module).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });

  it('parses large files in linear time', () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `\tex.com/m${i} v1.${i}.0 // indirect`);
    const mod = `module ex.com/big\n\nrequire (\n${lines.join('\n')}\n)\n`;
    const sum = Array.from({ length: 40_000 }, (_, i) => `ex.com/m${i} v1.${i}.0 h1:7uVkIFmeBqHfdjD+gZwtXXI+RODJ2Wc4O7MPEh/QiW4=\n`).join('');
    const started = Date.now();
    const r = parseGoMod('go.mod', mod);
    expect(r.ok && r.value.require.length).toBe(40_000);
    expect(r.ok && formatGoMod(r.value).length).toBeGreaterThan(mod.length / 2);
    expect(parseGoSum('go.sum', sum).entries.length).toBe(40_000);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('reports an unterminated block at the end of a long file', () => {
    const r = parseGoMod('go.mod', `require (\n${'\tx v1.0.0\n'.repeat(50_000)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.message).toBe('go.mod:50002: syntax error (unterminated block started at go.mod:1:1)');
  });
});
