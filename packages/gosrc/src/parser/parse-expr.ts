/**
 * Expressions (https://go.dev/ref/spec#Expressions): operands, selectors, index/slice/instantiation,
 * calls, composite literals (with the `if x == T{}` rule carried by exprLev), unary and binary
 * operators by precedence.
 */
import { precedence, Tok } from '../scanner/tokens.js';
import type { CallExpr, ChanDir, ChanType, CompositeLit, Expr, FuncType, Ident } from './ast.js';
import { parseBlockStmt } from './parse-stmt.js';
import { parseFuncType, parseType, tryIdentOrType } from './parse-types.js';
import type { Parser } from './parser-core.js';

/** parseIdent parses an identifier or fails with "expected 'IDENT'". */
export function parseIdent(p: Parser): Ident {
  if (p.tok !== Tok.IDENT) p.expect(Tok.IDENT);
  const id: Ident = { kind: 'Ident', pos: p.pos, name: p.lit };
  p.next();
  return id;
}

/** packIndexExpr builds x[a] (IndexExpr) or x[a, b, …] (IndexListExpr). */
export function packIndexExpr(x: Expr, list: Expr[]): Expr {
  if (list.length === 1) return { kind: 'IndexExpr', pos: x.pos, x, index: list[0] as Expr };
  return { kind: 'IndexListExpr', pos: x.pos, x, indices: list };
}

/** unparen strips any number of parentheses around x. */
export function unparen(x: Expr): Expr {
  while (x.kind === 'ParenExpr') x = x.x;
  return x;
}

/** parseExpr parses an expression. */
export function parseExpr(p: Parser): Expr {
  return parseBinaryExpr(p, null, 1);
}

/** parseRhs parses an expression in which `=` is an error, not the end of the expression. */
export function parseRhs(p: Parser): Expr {
  const old = p.inRhs;
  p.inRhs = true;
  const x = parseExpr(p);
  p.inRhs = old;
  return x;
}

/** parseList parses a comma-separated expression list (right-hand side when inRhs). */
export function parseList(p: Parser, inRhs: boolean): Expr[] {
  const old = p.inRhs;
  p.inRhs = inRhs;
  const list = [parseExpr(p)];
  while (p.tok === Tok.COMMA) {
    p.next();
    list.push(parseExpr(p));
  }
  p.inRhs = old;
  return list;
}

/** parseBinaryExpr parses operators of precedence >= prec1, continuing from x when given. */
export function parseBinaryExpr(p: Parser, x: Expr | null, prec1: number): Expr {
  let left = x ?? parseUnaryExpr(p);
  let n = 0;
  for (;;) {
    n++;
    p.enter();
    let op = p.tok;
    if (p.inRhs && op === Tok.ASSIGN) op = Tok.EQL;
    const prec = precedence(op);
    if (prec < prec1) {
      p.leave(n);
      return left;
    }
    p.expect(op);
    const right = parseBinaryExpr(p, null, prec + 1);
    left = { kind: 'BinaryExpr', pos: left.pos, op, x: left, y: right };
  }
}

function parseUnaryExpr(p: Parser): Expr {
  p.enter();
  let x: Expr;
  const pos = p.pos;
  switch (p.tok) {
    case Tok.ADD: case Tok.SUB: case Tok.NOT: case Tok.XOR: case Tok.AND: case Tok.TILDE: {
      const op = p.tok;
      p.next();
      x = { kind: 'UnaryExpr', pos, op, x: parseUnaryExpr(p) };
      break;
    }
    case Tok.ARROW:
      p.next();
      x = parseReceiveOrChanType(p, pos, parseUnaryExpr(p));
      break;
    case Tok.MUL:
      p.next();
      x = { kind: 'StarExpr', pos, x: parseUnaryExpr(p) };
      break;
    default:
      x = parsePrimaryExpr(p, null);
  }
  p.leave();
  return x;
}

// `<-x` is a receive, unless x is a channel type: then `<-chan T` was meant, and each `chan`
// on the left spine of x turns into a receive-only channel.
function parseReceiveOrChanType(p: Parser, arrow: number, x: Expr): Expr {
  if (x.kind !== 'ChanType') return { kind: 'UnaryExpr', pos: arrow, op: Tok.ARROW, x };
  let dir: ChanDir = 'send';
  let typ: ChanType | null = x;
  let arrowPos = arrow;
  while (typ !== null && dir === 'send') {
    if (typ.dir === 'recv') p.errorExpected(typ.pos, "'chan'");
    dir = typ.dir;
    typ.dir = 'recv';
    const begin = typ.pos;
    typ.pos = arrowPos;
    arrowPos = begin;
    typ = typ.value.kind === 'ChanType' ? typ.value : null;
  }
  if (dir === 'send') p.errorExpected(arrowPos, 'channel type');
  return x;
}

/** parsePrimaryExpr parses an operand (or continues from x) and its selectors, indexes, calls and literals. */
export function parsePrimaryExpr(p: Parser, x: Expr | null): Expr {
  let e = x ?? parseOperand(p);
  let n = 0;
  for (;;) {
    n++;
    p.enter();
    switch (p.tok) {
      case Tok.PERIOD:
        p.next();
        if (p.tok === Tok.IDENT) e = { kind: 'SelectorExpr', pos: e.pos, x: e, sel: parseIdent(p) };
        else if (p.tok === Tok.LPAREN) e = parseTypeAssertion(p, e);
        else p.errorExpected(p.pos, 'selector or type assertion');
        break;
      case Tok.LBRACK:
        e = parseIndexOrSliceOrInstance(p, e);
        break;
      case Tok.LPAREN:
        e = parseCallOrConversion(p, e);
        break;
      case Tok.LBRACE:
        if (!startsCompositeLit(p, e)) {
          p.leave(n);
          return e;
        }
        e = parseLiteralValue(p, e);
        break;
      default:
        p.leave(n);
        return e;
    }
  }
}

function startsCompositeLit(p: Parser, x: Expr): boolean {
  const t = unparen(x);
  switch (t.kind) {
    case 'Ident': case 'SelectorExpr': case 'IndexExpr': case 'IndexListExpr':
      if (p.exprLev < 0) return false;
      break;
    case 'ArrayType': case 'StructType': case 'MapType':
      break;
    default:
      return false;
  }
  if (t !== x) p.error(t.pos, 'cannot parenthesize type in composite literal');
  return true;
}

function parseOperand(p: Parser): Expr {
  switch (p.tok) {
    case Tok.IDENT:
      return parseIdent(p);
    case Tok.INT: case Tok.FLOAT: case Tok.IMAG: case Tok.CHAR: case Tok.STRING: {
      const lit: Expr = { kind: 'BasicLit', pos: p.pos, tok: p.tok, value: p.lit };
      p.next();
      return lit;
    }
    case Tok.LPAREN: {
      const pos = p.pos;
      p.next();
      p.exprLev++;
      const x = parseRhs(p);
      p.exprLev--;
      p.expect(Tok.RPAREN);
      return { kind: 'ParenExpr', pos, x };
    }
    case Tok.FUNC:
      return parseFuncTypeOrLit(p);
  }
  return tryIdentOrType(p) ?? p.errorExpected(p.pos, 'operand');
}

function parseFuncTypeOrLit(p: Parser): Expr {
  const type: FuncType = parseFuncType(p);
  if (p.tok !== Tok.LBRACE) return type;
  p.exprLev++;
  const body = parseBlockStmt(p);
  p.exprLev--;
  return { kind: 'FuncLit', pos: type.pos, type, body };
}

function parseTypeAssertion(p: Parser, x: Expr): Expr {
  p.expect(Tok.LPAREN);
  let type: Expr | null = null;
  if (p.tok === Tok.TYPE) p.next();
  else type = parseType(p);
  p.expect(Tok.RPAREN);
  return { kind: 'TypeAssertExpr', pos: x.pos, x, type };
}

function parseIndexOrSliceOrInstance(p: Parser, x: Expr): Expr {
  p.expect(Tok.LBRACK);
  if (p.tok === Tok.RBRACK) p.errorExpected(p.pos, 'operand');
  p.exprLev++;
  const index: Array<Expr | null> = [null, null, null];
  const colons = [-1, -1];
  const args: Expr[] = [];
  if (p.tok !== Tok.COLON) index[0] = parseRhs(p);
  let ncolons = 0;
  if (p.tok === Tok.COLON) {
    while (p.tok === Tok.COLON && ncolons < 2) {
      colons[ncolons++] = p.pos;
      p.next();
      if (p.tok !== Tok.COLON && p.tok !== Tok.RBRACK && p.tok !== Tok.EOF) index[ncolons] = parseRhs(p);
    }
  } else if (p.tok === Tok.COMMA) {
    args.push(index[0] as Expr);
    while (p.tok === Tok.COMMA) {
      p.next();
      if (p.tok !== Tok.RBRACK && p.tok !== Tok.EOF) args.push(parseType(p));
    }
  }
  p.exprLev--;
  p.expect(Tok.RBRACK);
  if (ncolons > 0) {
    if (ncolons === 2) {
      if (index[1] === null) p.error(colons[0] as number, 'middle index required in 3-index slice');
      if (index[2] === null) p.error(colons[1] as number, 'final index required in 3-index slice');
    }
    return { kind: 'SliceExpr', pos: x.pos, x, low: index[0] ?? null, high: index[1] ?? null, max: index[2] ?? null, slice3: ncolons === 2 };
  }
  if (args.length === 0) return { kind: 'IndexExpr', pos: x.pos, x, index: index[0] as Expr };
  return packIndexExpr(x, args);
}

function parseCallOrConversion(p: Parser, fun: Expr): CallExpr {
  p.expect(Tok.LPAREN);
  p.exprLev++;
  const args: Expr[] = [];
  let ellipsis = false;
  while (p.tok !== Tok.RPAREN && p.tok !== Tok.EOF && !ellipsis) {
    args.push(parseRhs(p));
    if (p.tok === Tok.ELLIPSIS) {
      ellipsis = true;
      p.next();
    }
    if (!p.atComma('argument list', Tok.RPAREN)) break;
    p.next();
  }
  p.exprLev--;
  p.expectClosing(Tok.RPAREN, 'argument list');
  return { kind: 'CallExpr', pos: fun.pos, fun, args, ellipsis };
}

function parseValue(p: Parser): Expr {
  return p.tok === Tok.LBRACE ? parseLiteralValue(p, null) : parseExpr(p);
}

/** parseLiteralValue parses `{elements}` of a composite literal of type typ (null when elided). */
export function parseLiteralValue(p: Parser, type: Expr | null): CompositeLit {
  p.enter();
  const lbrace = p.expect(Tok.LBRACE);
  const elts: Expr[] = [];
  p.exprLev++;
  while (p.tok !== Tok.RBRACE && p.tok !== Tok.EOF) {
    let x = parseValue(p);
    if (p.tok === Tok.COLON) {
      p.next();
      x = { kind: 'KeyValueExpr', pos: x.pos, key: x, value: parseValue(p) };
    }
    elts.push(x);
    if (!p.atComma('composite literal', Tok.RBRACE)) break;
    p.next();
  }
  p.exprLev--;
  p.expectClosing(Tok.RBRACE, 'composite literal');
  p.leave();
  return { kind: 'CompositeLit', pos: type ? type.pos : lbrace, type, elts };
}
