import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeWithGo, runGo } from '../../../../tools/test-support/go-oracle.js';
import { mustQuote } from '../modfile/quote.js';
import { parseGoMod } from '../modfile/parse-go-mod.js';
import { checkFilePath } from '../module/path-check.js';
import { quote as goQuoteText, quoteRune as goQuoteRune } from './strconv.js';
import { isGoLetter, isGoPrint } from './unicode.js';

// U+2FFC and U+1FAE9 are letters/symbols in Unicode 15.1+ but unassigned in Go 1.26's Unicode 15.0.
describe('go printability and letters', () => {
  it.each([
    [0x41, true],
    [0xa0, false],
    [0xad, false],
    [0xe9, true],
    [0x4e00, true],
    [0x2ffc, false],
    [0x1f600, true],
    [0x1fae9, false],
    [0xe000, false],
    [0x10ffff, false],
  ])('isGoPrint(0x%s) is %s', (cp, want) => {
    expect(isGoPrint(cp)).toBe(want);
  });

  it('escapes what go does not print, whatever the engine\'s Unicode version', () => {
    expect(goQuoteText('a\u2ffcb\u{1fae9}é')).toBe('"a\\u2ffcb\\U0001fae9é"');
    expect(goQuoteRune(0x2ffc)).toBe("'\\u2ffc'");
    expect(mustQuote('x\u2ffc')).toBe(true);
  });

  it('uses Go\'s letters for file paths', () => {
    expect(isGoLetter(0x1c89)).toBe(false);
    expect(checkFilePath('a/\u1c89')?.message).toBe('malformed file path "a/\\u1c89": invalid char \'\\u1c89\'');
    expect(checkFilePath('a/испытание')).toBeUndefined();
  });

  it('rejects such a code point in a go.mod as go does', () => {
    const r = parseGoMod('go.mod', 'module ex.com/\u2ffc\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.message).toBe("go.mod:1:15: unexpected input character '\\u2ffc'");
  });
});

describeWithGo('go unicode tables', () => {
  it('is what the installed go generates', () => {
    const root = fileURLToPath(new URL('../../../..', import.meta.url));
    const r = runGo(['run', 'tools/unicode-tables-gen/main.go'], { cwd: root, env: { GOFLAGS: '', GOTOOLCHAIN: 'local' } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(readFileSync(join(root, 'packages/gomod/src/internal/unicode-tables.ts'), 'utf8'));
  }, 120_000);
});
