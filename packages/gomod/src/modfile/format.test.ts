import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hermeticGoEnv } from '../../../../tools/test-support/go-oracle.js';
import { describeWithGo, runGo } from '../../../../tools/test-support/go-oracle.js';
import { formatGoMod, formatGoWork } from './format-go-mod.js';
import { formatSyntax } from './format-syntax.js';
import { decodeGoText, encodeGoText } from '../internal/go-text.js';
import { parseGoMod } from './parse-go-mod.js';
import { parseGoWork } from './parse-go-work.js';
import { parseSyntax } from './parse-syntax.js';
import type { FileSyntax, GoMod, GoWork } from './types.js';

const testdata = fileURLToPath(new URL('./testdata', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';
const inputs = readdirSync(testdata).filter((f) => f.endsWith('.in')).sort();

interface Parsed {
  syntax: FileSyntax;
  value?: GoMod | GoWork;
}

// parseFixture mirrors upstream TestPrintParse: the interpreted parse when it succeeds (tokens
// canonicalised), the bare syntax tree otherwise.
function parseFixture(name: string, text: string): Parsed {
  const isWork = name.startsWith('work-');
  const r = isWork ? parseGoWork(name, text) : parseGoMod(name, text);
  if (r.ok) return { syntax: r.value.syntax, value: r.value };
  const s = parseSyntax(name, text);
  if (!s.ok) throw new Error(s.error.toString());
  return { syntax: s.syntax };
}

function formatted(name: string, p: Parsed): string | undefined {
  if (!p.value) return undefined;
  return name.startsWith('work-') ? formatGoWork(p.value as GoWork) : formatGoMod(p.value as GoMod);
}

function checkGolden(file: string, got: string): void {
  if (update) writeFileSync(file, got);
  expect(existsSync(file), `${file} missing (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(got).toBe(readFileSync(file, 'utf8'));
}

describe('printing golden files', () => {
  it.each(inputs)('%s prints as its .golden', (input) => {
    const text = readFileSync(join(testdata, input), 'utf8');
    checkGolden(join(testdata, input.replace(/\.in$/, '.golden')), formatSyntax(parseFixture(input, text).syntax));
  });

  it.each(inputs)('%s formats (go mod edit -fmt) as its .fmt.golden', (input) => {
    const text = readFileSync(join(testdata, input), 'utf8');
    const out = formatted(input, parseFixture(input, text));
    if (out === undefined) return;
    checkGolden(join(testdata, input.replace(/\.in$/, '.fmt.golden')), out);
  });

  it.each(inputs)('%s: printing is stable (print, parse, print gives the same text)', (input) => {
    const once = formatSyntax(parseFixture(input, readFileSync(join(testdata, input), 'utf8')).syntax);
    expect(formatSyntax(parseFixture(input, once).syntax)).toBe(once);
  });
});

describeWithGo('printing golden files against go', () => {
  it.each(inputs.filter((f) => existsSync(join(testdata, f.replace(/\.in$/, '.fmt.golden')))))('go edit -fmt of %s equals its .fmt.golden', (input) => {
    const go = hermeticGoEnv();
    try {
      const name = input.startsWith('work-') ? 'go.work' : 'go.mod';
      copyFileSync(join(testdata, input), join(go.root, name));
      const r = runGo([input.startsWith('work-') ? 'work' : 'mod', 'edit', '-fmt', name], { cwd: go.root, env: go.env });
      expect(r.stderr).toBe('');
      expect(readFileSync(join(go.root, name), 'utf8')).toBe(readFileSync(join(testdata, input.replace(/\.in$/, '.fmt.golden')), 'utf8'));
    } finally {
      go.dispose();
    }
  });
});

describe('formatting details', () => {
  it('keeps invalid bytes as they were', () => {
    const bytes = Uint8Array.from([...Buffer.from('module ex.com/'), 0xff, 0xc3, ...Buffer.from(' // \xe9'), 0x80, 0x0a]);
    const r = parseGoMod('go.mod', decodeGoText(bytes));
    if (!r.ok) throw new Error(r.errors.message);
    expect(Buffer.from(encodeGoText(formatGoMod(r.value)))).toEqual(Buffer.from(bytes));
  });

  it.each([
    ['', ''],
    ['\n\n\n', ''],
    ['// only\n\n\n', '// only\n'],
    ['module m\n\n\n\ngo 1.21\n\n\n', 'module m\n\ngo 1.21\n'],
    ['module m // a\n', 'module m // a\n'],
    ['require (\n\ta v1.0.0 //   spaced  \n)\n', 'require (\n\ta v1.0.0 //   spaced\n)\n'],
    ['x [ a , b ] { c } ( d )', 'x [a, b] {c} (d)\n'],
  ])('formatSyntax(%j)', (text, want) => {
    const s = parseSyntax('go.mod', text);
    if (!s.ok) throw new Error(s.error.toString());
    expect(formatSyntax(s.syntax)).toBe(want);
  });
});
