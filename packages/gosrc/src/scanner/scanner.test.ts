import { describe, expect, it } from 'vitest';
import { Scanner } from './scanner.js';
import { isLiteralToken, Tok, tokenString } from './tokens.js';

/** scan returns "TOKEN:literal" strings for src (';' tokens show '\n' when inserted). */
function scan(src: string): { toks: string[]; error: string | undefined } {
  const s = new Scanner(src);
  const toks: string[] = [];
  for (let i = 0; i < 10_000; i++) {
    s.next();
    if (s.tok === Tok.EOF) break;
    const lit = s.tok === Tok.SEMICOLON ? (s.semiFromNewline ? '\\n' : ';') : s.lit;
    toks.push(lit && (isLiteralToken(s.tok) || s.tok === Tok.SEMICOLON) ? `${tokenString(s.tok)}:${lit}` : tokenString(s.tok));
  }
  return { toks, error: s.firstError ? `${s.firstError.index}: ${s.firstError.message}` : undefined };
}

describe('Scanner literals (https://go.dev/ref/spec#Integer_literals and following)', () => {
  it.each([
    ['42', 'INT'], ['4_2', 'INT'], ['0600', 'INT'], ['0_600', 'INT'], ['0o600', 'INT'], ['0O600', 'INT'],
    ['0xBadFace', 'INT'], ['0xBad_Face', 'INT'], ['0x_67_7a_2f_cc_40_c6', 'INT'], ['0b1011', 'INT'],
    ['170141183460469231731687303715884105727', 'INT'], ['170_141183_460469_231731_687303_715884_105727', 'INT'],
    ['0.', 'FLOAT'], ['72.40', 'FLOAT'], ['072.40', 'FLOAT'], ['2.71828', 'FLOAT'], ['1.e+0', 'FLOAT'],
    ['6.67428e-11', 'FLOAT'], ['1E6', 'FLOAT'], ['.25', 'FLOAT'], ['.12345E+5', 'FLOAT'], ['1_5.', 'FLOAT'],
    ['0.15e+0_2', 'FLOAT'], ['0x1p-2', 'FLOAT'], ['0x2.p10', 'FLOAT'], ['0x1.Fp+0', 'FLOAT'], ['0X.8p-0', 'FLOAT'],
    ['0X_1FFFP-16', 'FLOAT'], ['0i', 'IMAG'], ['0123i', 'IMAG'], ['0o123i', 'IMAG'], ['0xabci', 'IMAG'],
    ['1.e+0i', 'IMAG'], ['6.67428e-11i', 'IMAG'], ['1E6i', 'IMAG'], ['.25i', 'IMAG'], ['0x1p-2i', 'IMAG'],
    ['09i', 'IMAG'], ['09.5', 'FLOAT'],
    ["'a'", 'CHAR'], ["'ä'", 'CHAR'], ["'本'", 'CHAR'], ["'\\t'", 'CHAR'], ["'\\000'", 'CHAR'], ["'\\007'", 'CHAR'],
    ["'\\377'", 'CHAR'], ["'\\x07'", 'CHAR'], ["'\\xff'", 'CHAR'], ["'\\u12e4'", 'CHAR'], ["'\\U00101234'", 'CHAR'],
    ["'\\''", 'CHAR'], ["'😀'", 'CHAR'],
    ['`abc`', 'STRING'], ['`\\n\n\\n`', 'STRING'], ['"\\n"', 'STRING'], ['"\\""', 'STRING'], ['"Hello, world!\\n"', 'STRING'],
    ['"日本語"', 'STRING'], ['"\\u65e5本\\U00008a9e"', 'STRING'], ['"\\xff\\u00FF"', 'STRING'], ['"\\uD7FF"', 'STRING'],
  ])('%s is a valid %s literal', (src, kind) => {
    const { toks, error } = scan(src);
    expect(error).toBeUndefined();
    expect(toks[0]).toBe(`${kind}:${src}`);
  });

  it.each([
    ['0x', "2: hexadecimal literal has no digits"],
    ['0b', '2: binary literal has no digits'],
    ['08', "1: invalid digit '8' in octal literal"],
    ['0b12', "3: invalid digit '2' in binary literal"],
    ['0o8', "2: invalid digit '8' in octal literal"],
    ['1_', "1: '_' must separate successive digits"],
    ['1__2', "2: '_' must separate successive digits"],
    ['0_x1', "1: '_' must separate successive digits"],
    ['0x1.0', "5: hexadecimal mantissa requires a 'p' exponent"],
    ['1p2', "1: 'p' exponent requires hexadecimal mantissa"],
    ['0x1e', undefined],
    ['1e', '2: exponent has no digits'],
    ['0b1.0', '3: invalid radix point in binary literal'],
    ["'aa'", '0: illegal rune literal'],
    ["''", '0: illegal rune literal'],
    ["'\n'", '0: rune literal not terminated'],
    ['"abc\n', '0: string literal not terminated'],
    ['`abc', '0: raw string literal not terminated'],
    ['"\\q"', '2: unknown escape sequence'],
    ['"\\400"', '2: escape sequence is invalid Unicode code point'],
    ['"\\uD800"', '2: escape sequence is invalid Unicode code point'],
    ['"\\U00110000"', '2: escape sequence is invalid Unicode code point'],
    ['"\\xg"', "3: illegal character U+0067 'g' in escape sequence"],
    ["'\\\"'", '2: unknown escape sequence'],
    ['/* never closed', '0: comment not terminated'],
    ['@', "0: illegal character U+0040 '@'"],
    ['x\u201cy', "1: curly quotation mark '\u201c' (use neutral '\"')"],
  ])('%j is reported as %j', (src, error) => {
    expect(scan(src).error).toBe(error);
  });
});

describe('Scanner tokens', () => {
  it.each([
    ['x αβ _x9 ThisVariableIsExported 日本語 a٣', ['IDENT:x', 'IDENT:αβ', 'IDENT:_x9', 'IDENT:ThisVariableIsExported', 'IDENT:日本語', 'IDENT:a٣', ';:\\n']],
    ['break default func interface select', ['break', 'default', 'func', 'interface', 'select']],
    ['+ & += &= && == != ( ) - | -= |= || < <= [ ] * ^ *= ^= <- > >= { } / << /= <<= ++ = := , ; % >> %= >>= -- ! ... . : &^ &^= ~',
      ['+', '&', '+=', '&=', '&&', '==', '!=', '(', ')', '-', '|', '-=', '|=', '||', '<', '<=', '[', ']', '*', '^', '*=', '^=', '<-', '>', '>=', '{', '}', '/', '<<', '/=', '<<=', '++', '=', ':=', ',', ';:;', '%', '>>', '%=', '>>=', '--', '!', '...', '.', ':', '&^', '&^=', '~']],
    ['a.b..c', ['IDENT:a', '.', 'IDENT:b', '.', '.', 'IDENT:c', ';:\\n']],
    ['x.5', ['IDENT:x', 'FLOAT:.5', ';:\\n']],
  ])('%s', (src, want) => {
    expect(scan(src).toks).toEqual(want);
  });
});

describe('Scanner semicolon insertion (https://go.dev/ref/spec#Semicolons)', () => {
  it.each([
    ['x\ny', ['IDENT:x', ';:\\n', 'IDENT:y', ';:\\n']],
    ['return\n', ['return', ';:\\n']],
    ['f()\n', ['IDENT:f', '(', ')', ';:\\n']],
    ['a[i]\n}\n', ['IDENT:a', '[', 'IDENT:i', ']', ';:\\n', '}', ';:\\n']],
    ['x++\ny--\n', ['IDENT:x', '++', ';:\\n', 'IDENT:y', '--', ';:\\n']],
    ['1 +\n2', ['INT:1', '+', 'INT:2', ';:\\n']],
    ['x // comment\ny', ['IDENT:x', ';:\\n', 'IDENT:y', ';:\\n']],
    ['x /* a\nb */ y', ['IDENT:x', ';:\\n', 'IDENT:y', ';:\\n']],
    ['x /* a b */ y', ['IDENT:x', 'IDENT:y', ';:\\n']],
    ['func f() {\n}', ['func', 'IDENT:f', '(', ')', '{', '}', ';:\\n']],
    ['x', ['IDENT:x', ';:\\n']],
    ['"s"\n`r`\n\'c\'\n', ['STRING:"s"', ';:\\n', 'STRING:`r`', ';:\\n', "CHAR:'c'", ';:\\n']],
    ['if x {\n', ['if', 'IDENT:x', '{']],
  ])('%j', (src, want) => {
    expect(scan(src).toks).toEqual(want);
  });
});

describe('Scanner bookkeeping', () => {
  it('records line starts, code and comment lines, and directive comments', () => {
    const src = '//go:build linux\n\n// doc\npackage p /* trailing */\n/* a\nb */\nvar s = `x\ny`\n//go:generate stringer\n';
    const s = new Scanner(src);
    do s.next(); while (s.tok !== Tok.EOF);
    expect(s.lineStarts).toHaveLength(10);
    const flags = [...s.lineFlags.slice(1, 11)];
    expect(flags).toEqual([2, 0, 2, 3, 2, 2, 1, 1, 2, 0]);
    expect(s.directives.map((d) => [d.line, d.text])).toEqual([[1, '//go:build linux'], [9, '//go:generate stringer']]);
    expect(s.commentCount).toBe(5);
  });

  it('skips a byte order mark at the start only', () => {
    expect(scan('\uFEFFpackage p').toks).toEqual(['package', 'IDENT:p', ';:\\n']);
  });

  it.each([
    ['//line foo.go:10\n', undefined],
    ['//line foo.go:10:3\n', undefined],
    ['//line foo.go:0\n', '14: invalid line number: 0'],
    ['//line foo.go:10:0\n', '17: invalid column number: 0'],
    ['//line foo.go:x\n', '14: invalid line number: x'],
    ['/*line foo.go:0*/', '14: invalid line number: 0'],
    [' //line foo.go:0\n', undefined],
    ['//line nocolon\n', undefined],
  ])('line directive %j', (src, error) => {
    expect(scan(src).error).toBe(error);
  });
});
