/**
 * Type syntax (https://go.dev/ref/spec#Types): names and instantiations, array, slice, struct,
 * pointer, function, interface (with ~T terms and unions), map and channel types.
 */
import { Tok } from '../scanner/tokens.js';
import type { ArrayType, ChanDir, ChanType, Expr, Field, FuncType, Ident, InterfaceType, StructType } from './ast.js';
import { parseIdent, parseRhs, packIndexExpr, parseExpr } from './parse-expr.js';
import { parseParameters, parseResults } from './parse-params.js';
import type { Parser } from './parser-core.js';

/** tryIdentOrType parses a type if one starts here, or returns null without consuming anything. */
export function tryIdentOrType(p: Parser): Expr | null {
  p.enter();
  let t: Expr | null;
  switch (p.tok) {
    case Tok.IDENT:
      t = parseTypeName(p, null);
      if (p.tok === Tok.LBRACK) t = parseTypeInstance(p, t);
      break;
    case Tok.LBRACK:
      t = parseArrayType(p, p.expect(Tok.LBRACK), undefined);
      break;
    case Tok.STRUCT: t = parseStructType(p); break;
    case Tok.MUL: {
      const pos = p.expect(Tok.MUL);
      t = { kind: 'StarExpr', pos, x: parseType(p) };
      break;
    }
    case Tok.FUNC: t = parseFuncType(p); break;
    case Tok.INTERFACE: t = parseInterfaceType(p); break;
    case Tok.MAP: {
      const pos = p.expect(Tok.MAP);
      p.expect(Tok.LBRACK);
      const key = parseType(p);
      p.expect(Tok.RBRACK);
      t = { kind: 'MapType', pos, key, value: parseType(p) };
      break;
    }
    case Tok.CHAN:
    case Tok.ARROW: t = parseChanType(p); break;
    case Tok.LPAREN: {
      const pos = p.pos;
      p.next();
      const x = parseType(p);
      p.expect(Tok.RPAREN);
      t = { kind: 'ParenExpr', pos, x };
      break;
    }
    default: t = null;
  }
  p.leave();
  return t;
}

/** parseType parses a type or fails with "expected type". */
export function parseType(p: Parser): Expr {
  const t = tryIdentOrType(p);
  return t ?? p.errorExpected(p.pos, 'type');
}

/** parseTypeName parses `name` or `pkg.name`, starting from ident when it was already read. */
export function parseTypeName(p: Parser, ident: Ident | null): Expr {
  const x = ident ?? parseIdent(p);
  if (p.tok !== Tok.PERIOD) return x;
  p.next();
  return { kind: 'SelectorExpr', pos: x.pos, x, sel: parseIdent(p) };
}

/** parseQualifiedIdent parses a possibly qualified, possibly instantiated type name. */
export function parseQualifiedIdent(p: Parser, ident: Ident | null): Expr {
  const t = parseTypeName(p, ident);
  return p.tok === Tok.LBRACK ? parseTypeInstance(p, t) : t;
}

/** parseTypeInstance parses the type argument list of `typ[A, B]`. */
export function parseTypeInstance(p: Parser, typ: Expr): Expr {
  p.expect(Tok.LBRACK);
  p.exprLev++;
  const list: Expr[] = [];
  while (p.tok !== Tok.RBRACK && p.tok !== Tok.EOF) {
    list.push(parseType(p));
    if (!p.atComma('type argument list', Tok.RBRACK)) break;
    p.next();
  }
  p.exprLev--;
  const closing = p.expectClosing(Tok.RBRACK, 'type argument list');
  if (list.length === 0) p.errorExpected(closing, 'type argument list');
  return packIndexExpr(typ, list);
}

/** parseArrayType parses the rest of `[len]T` after '['; len undefined means it is still to be read. */
export function parseArrayType(p: Parser, lbrack: number, len: Expr | null | undefined): ArrayType {
  if (len === undefined) {
    p.exprLev++;
    if (p.tok === Tok.ELLIPSIS) {
      len = { kind: 'Ellipsis', pos: p.pos, elt: null };
      p.next();
    } else len = p.tok !== Tok.RBRACK ? parseRhs(p) : null;
    p.exprLev--;
  }
  if (p.tok === Tok.COMMA) p.error(p.pos, 'unexpected comma; expecting ]');
  p.expect(Tok.RBRACK);
  return { kind: 'ArrayType', pos: lbrack, len, elt: parseType(p) };
}

/**
 * parseArrayFieldOrTypeInstance resolves `name [` in a field or parameter: an array-typed field
 * (`a [n]T`) or an embedded/anonymous instantiated type (`T[A, B]`, name becomes null).
 */
export function parseArrayFieldOrTypeInstance(p: Parser, x: Ident): { name: Ident | null; type: Expr } {
  const lbrack = p.expect(Tok.LBRACK);
  let trailingComma = -1;
  const args: Expr[] = [];
  if (p.tok !== Tok.RBRACK) {
    p.exprLev++;
    args.push(parseRhs(p));
    while (p.tok === Tok.COMMA) {
      const comma = p.pos;
      p.next();
      if (p.tok === Tok.RBRACK) {
        trailingComma = comma;
        break;
      }
      args.push(parseRhs(p));
    }
    p.exprLev--;
  }
  p.expect(Tok.RBRACK);
  if (args.length === 0) return { name: x, type: { kind: 'ArrayType', pos: lbrack, len: null, elt: parseType(p) } };
  if (args.length === 1) {
    const elt = tryIdentOrType(p);
    if (elt) {
      if (trailingComma >= 0) p.error(trailingComma, 'unexpected comma; expecting ]');
      return { name: x, type: { kind: 'ArrayType', pos: lbrack, len: args[0] as Expr, elt } };
    }
  }
  return { name: null, type: packIndexExpr(x, args) };
}

function parseFieldDecl(p: Parser): Field {
  let names: Ident[] = [];
  let type: Expr;
  if (p.tok === Tok.IDENT) {
    const name = parseIdent(p);
    const t = p.tok;
    if (t === Tok.PERIOD || t === Tok.STRING || t === Tok.SEMICOLON || t === Tok.RBRACE) {
      type = t === Tok.PERIOD ? parseQualifiedIdent(p, name) : name;
    } else {
      names = [name];
      while (p.tok === Tok.COMMA) {
        p.next();
        names.push(parseIdent(p));
      }
      if (names.length === 1 && p.tok === Tok.LBRACK) {
        const r = parseArrayFieldOrTypeInstance(p, name);
        if (r.name === null) names = [];
        type = r.type;
      } else type = parseType(p);
    }
  } else if (p.tok === Tok.MUL) {
    const star = p.pos;
    p.next();
    if (p.tok === Tok.LPAREN) p.error(p.pos, 'cannot parenthesize embedded type');
    type = { kind: 'StarExpr', pos: star, x: parseQualifiedIdent(p, null) };
  } else if (p.tok === Tok.LPAREN) {
    return p.error(p.pos, 'cannot parenthesize embedded type');
  } else {
    return p.errorExpected(p.pos, 'field name or embedded type');
  }
  let tag = null;
  if (p.tok === Tok.STRING) {
    tag = { kind: 'BasicLit' as const, pos: p.pos, tok: Tok.STRING, value: p.lit };
    p.next();
  }
  p.expectSemi();
  return { names, type, tag };
}

function parseStructType(p: Parser): StructType {
  const pos = p.expect(Tok.STRUCT);
  p.expect(Tok.LBRACE);
  const fields: Field[] = [];
  while (p.tok === Tok.IDENT || p.tok === Tok.MUL || p.tok === Tok.LPAREN) fields.push(parseFieldDecl(p));
  p.expect(Tok.RBRACE);
  return { kind: 'StructType', pos, fields };
}

/** parseFuncType parses `func(params) results`; a type parameter list is an error here. */
export function parseFuncType(p: Parser): FuncType {
  const pos = p.expect(Tok.FUNC);
  if (p.tok === Tok.LBRACK) {
    // go/parser reports an empty list at its ']' and any other list at its '['.
    const lbrack = p.pos;
    p.next();
    if (p.tok === Tok.RBRACK) p.error(p.pos, 'empty type parameter list');
    p.error(lbrack, 'function type must have no type parameters');
  }
  const params = parseParameters(p);
  return { kind: 'FuncType', pos, typeParams: null, params, results: parseResults(p) };
}

function parseChanType(p: Parser): ChanType {
  const pos = p.pos;
  let dir: ChanDir = 'both';
  if (p.tok === Tok.CHAN) {
    p.next();
    if (p.tok === Tok.ARROW) {
      p.next();
      dir = 'send';
    }
  } else {
    p.expect(Tok.ARROW);
    p.expect(Tok.CHAN);
    dir = 'recv';
  }
  return { kind: 'ChanType', pos, dir, value: parseType(p) };
}

/** embeddedElem parses a constraint element: terms joined by `|`, starting from x when already read. */
export function embeddedElem(p: Parser, x: Expr | null): Expr {
  let elem = x ?? embeddedTerm(p);
  while (p.tok === Tok.OR) {
    const pos = elem.pos;
    p.next();
    elem = { kind: 'BinaryExpr', pos, op: Tok.OR, x: elem, y: embeddedTerm(p) };
  }
  return elem;
}

function embeddedTerm(p: Parser): Expr {
  if (p.tok === Tok.TILDE) {
    const pos = p.pos;
    p.next();
    return { kind: 'UnaryExpr', pos, op: Tok.TILDE, x: parseType(p) };
  }
  return tryIdentOrType(p) ?? p.errorExpected(p.pos, '~ term or type');
}

function parseMethodSpec(p: Parser): Field {
  const x = parseTypeName(p, null);
  if (x.kind !== 'Ident') {
    return { names: [], type: p.tok === Tok.LBRACK ? parseTypeInstance(p, x) : x, tag: null };
  }
  if (p.tok === Tok.LPAREN) {
    const params = parseParameters(p);
    const type: FuncType = { kind: 'FuncType', pos: x.pos, typeParams: null, params, results: parseResults(p) };
    return { names: [x], type, tag: null };
  }
  if (p.tok !== Tok.LBRACK) return { names: [], type: x, tag: null };
  const lbrack = p.pos;
  p.next();
  p.exprLev++;
  const first = parseExpr(p);
  p.exprLev--;
  if (first.kind === 'Ident' && p.tok !== Tok.COMMA && p.tok !== Tok.RBRACK) {
    // `m[P any](…)`: go/parser parses the list, then reports this error at '[', before any other.
    return p.error(lbrack, 'interface method must have no type parameters');
  }
  const list = [first];
  if (p.atComma('type argument list', Tok.RBRACK)) {
    p.exprLev++;
    p.next();
    while (p.tok !== Tok.RBRACK && p.tok !== Tok.EOF) {
      list.push(parseType(p));
      if (!p.atComma('type argument list', Tok.RBRACK)) break;
      p.next();
    }
    p.exprLev--;
  }
  p.expectClosing(Tok.RBRACK, 'type argument list');
  return { names: [], type: packIndexExpr(x, list), tag: null };
}

function parseInterfaceType(p: Parser): InterfaceType {
  const pos = p.expect(Tok.INTERFACE);
  p.expect(Tok.LBRACE);
  const methods: Field[] = [];
  for (;;) {
    let f: Field;
    if (p.tok === Tok.IDENT) {
      f = parseMethodSpec(p);
      if (f.names.length === 0) f.type = embeddedElem(p, f.type);
    } else if (p.tok === Tok.TILDE) {
      f = { names: [], type: embeddedElem(p, null), tag: null };
    } else {
      const t = tryIdentOrType(p);
      if (!t) break;
      f = { names: [], type: embeddedElem(p, t), tag: null };
    }
    p.expectSemi();
    methods.push(f);
  }
  p.expect(Tok.RBRACE);
  return { kind: 'InterfaceType', pos, methods };
}
