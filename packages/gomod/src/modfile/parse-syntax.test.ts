import { describe, expect, it } from 'vitest';
import { parseSyntax } from './parse-syntax.js';
import type { Comments, FileSyntax } from './types.js';

function parsed(text: string): FileSyntax {
  const r = parseSyntax('go.mod', text);
  if (!r.ok) throw new Error(r.error.toString());
  return r.syntax;
}

function flatTokens(syntax: FileSyntax): string {
  const out: string[] = [];
  for (const stmt of syntax.statements) {
    if (stmt.kind === 'line') out.push(...stmt.tokens);
    if (stmt.kind === 'block') out.push(...stmt.tokens, '(', ...stmt.lines.flatMap((l) => l.tokens), ')');
  }
  return out.join(' ');
}

describe('parseSyntax tokens', () => {
  // Punctuation is lexed separately even inside identifier runs (upstream TestParsePunctuation).
  it.each([
    ['empty block', 'require ()', 'require ( )'],
    ['brackets', 'exclude []{},', 'exclude [ ] { } ,'],
    ['mixed', 'tool p[q]r{s}t,', 'tool p [ q ] r { s } t ,'],
    ['inside a block', 'retract (\n\tp[q]\n)', 'retract ( p [ q ] )'],
    ['half-open interval is one line', 'retract [v0.1.0, v0.2.0)', 'retract [ v0.1.0 , v0.2.0 )'],
    ['arrow needs spaces', 'replace a=>b', 'replace a=>b'],
    ['comment ends an identifier', 'module m//c', 'module m'],
    ['string then identifier', 'module "m"x', 'module "m" x'],
    ['quote chars inside identifiers', 'module a"b', 'module a"b'],
    ['CR is white space', 'module m\r\ngo 1.21\r\n', 'module m go 1.21'],
    ['backslash-newline stays in a string', 'module "a\\\nb"', 'module "a\\\nb"'],
    ['astral letters are identifier runes', 'module 😀x', 'module 😀x'],
  ])('%s', (_name, text, want) => {
    expect(flatTokens(parsed(text))).toBe(want);
  });
});

function describeComments(syntax: FileSyntax): string[] {
  const out: string[] = [];
  const add = (prefix: string, c: Comments): void => {
    for (const x of c.before) out.push(`${prefix} before ${JSON.stringify(x.token)}`);
    for (const x of c.suffix) out.push(`${prefix} suffix ${JSON.stringify(x.token)}`);
    for (const x of c.after) out.push(`${prefix} after ${JSON.stringify(x.token)}`);
  };
  add('file', syntax.comments);
  for (const stmt of syntax.statements) {
    if (stmt.kind === 'comments') add('comments', stmt.comments);
    if (stmt.kind === 'line') add('line', stmt.comments);
    if (stmt.kind === 'block') {
      add('block', stmt.comments);
      add('lparen', stmt.lparen.comments);
      for (const line of stmt.lines) add('blockline', line.comments);
      add('rparen', stmt.rparen.comments);
    }
  }
  return out;
}

describe('parseSyntax comment attachment', () => {
  // Modelled on upstream TestComments: where each comment ends up.
  it.each([
    ['only comments', '\n// one\n// two\n', ['comments before "// one"', 'comments before "// two"']],
    [
      'around a line',
      '\n// free\n\n// above\ngo 1.21 // after\n// below\n\n// last\n',
      ['comments before "// free"', 'line before "// above"', 'line suffix "// after"', 'comments before "// below"', 'comments before "// last"'],
    ],
    [
      'around a block',
      '// free\n\n// above\nrequire ( // open\n\t// first\n\n\t// second\n\tx v1 // x\n\t// third\n\n\t// fourth\n) // close\n// tail\n',
      [
        'comments before "// free"',
        'block before "// above"',
        'lparen suffix "// open"',
        'blockline before "// first"',
        'blockline before ""',
        'blockline before "// second"',
        'blockline suffix "// x"',
        'rparen before "// third"',
        'rparen before ""',
        'rparen before "// fourth"',
        'rparen suffix "// close"',
        'comments before "// tail"',
      ],
    ],
    ['only the last CRLF is removed', '// a\r\r\n', ['comments before "// a\\r"']],
    ['blank line before the closing paren is dropped', 'require (\n\tx v1\n\n)\n', []],
  ])('%s', (_name, text, want) => {
    expect(describeComments(parsed(text))).toEqual(want);
  });
});

describe('parseSyntax positions', () => {
  it('records line and rune column of statements, counting astral runes once', () => {
    const s = parsed('module m\n  go 1.21\nrequire (\n\t😀 v1\n\tb v2\n)\n');
    const [mod, go, block] = s.statements;
    expect(mod).toMatchObject({ kind: 'line', start: { line: 1, column: 1 }, end: { line: 1, column: 9 } });
    expect(go).toMatchObject({ kind: 'line', start: { line: 2, column: 3 } });
    if (block?.kind !== 'block') throw new Error('want a block');
    expect(block.lines[0]).toMatchObject({ start: { line: 4, column: 2 }, end: { line: 4, column: 6 } });
    expect(block.rparen.pos).toMatchObject({ line: 6, column: 1 });
  });
});

describe('parseSyntax errors', () => {
  // Each fatal syntax error, with the exact text and position go prints.
  it.each([
    ['block comment', 'module m /* x */', 'go.mod:1:10: mod files must use // comments (not /* */ comments)'],
    ['block comment inside an identifier', 'module m/*x', 'go.mod:1:9: mod files must use // comments (not /* */ comments)'],
    ['newline in string', 'module "abc\n', 'go.mod:1:12: unexpected newline in string'],
    ['EOF in string', 'module "abc', 'go.mod:1:8: unexpected EOF in string'],
    ['EOF after a backslash', 'module "abc\\', 'go.mod:1:8: unexpected EOF in string'],
    ['newline in raw string', 'module `abc\n`', 'go.mod:1:12: unexpected newline in string'],
    ['byte order mark', '\ufeffmodule m', "go.mod:1: unexpected input character '\\ufeff'"],
    ['NUL', 'module m\n\tgo\u0000', "go.mod:2:4: unexpected input character '\\x00'"],
    ['no-break space', 'module\u00a0m', "go.mod:1:7: unexpected input character '\\u00a0'"],
    ['zero-width space after an emoji', 'module 😀\u200b', "go.mod:1:9: unexpected input character '\\u200b'"],
    ['unterminated block', 'module m\nrequire (\n\tex.com/a v1\n', 'go.mod:4: syntax error (unterminated block started at go.mod:2:1)'],
    ['unterminated indented block', '  require (\n', 'go.mod:2: syntax error (unterminated block started at go.mod:1:3)'],
    ['EOF column after a trailing comment', 'require (\n// 😀😀', 'go.mod:2:6: syntax error (unterminated block started at go.mod:1:1)'],
    ['token after closing paren', 'require (\n) foo\n', 'go.mod:2:6: syntax error (expected newline after closing paren)'],
  ])('%s', (_name, text, want) => {
    const r = parseSyntax('go.mod', text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.toString()).toBe(want);
  });

  it('survives deep nesting of parentheses and huge inputs', () => {
    const text = `module m\n${'require ('.repeat(10_000)}\n${'x'.repeat(200_000)} \u0000`;
    const r = parseSyntax('go.mod', text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.toString()).toBe("go.mod:3:200002: unexpected input character '\\x00'");
  });
});
