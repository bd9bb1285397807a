/**
 * Parameter, result and type parameter lists (https://go.dev/ref/spec#Function_types,
 * https://go.dev/ref/spec#Type_parameter_declarations), including go/parser's rules for telling
 * names from types in `(a, b int)` versus `(int, string)` and its error texts.
 */
import { Tok, type Token } from '../scanner/tokens.js';
import type { Expr, Field, Ident } from './ast.js';
import { parseIdent } from './parse-expr.js';
import { embeddedElem, parseArrayFieldOrTypeInstance, parseQualifiedIdent, parseType, tryIdentOrType } from './parse-types.js';
import type { Parser } from './parser-core.js';

interface Param {
  name: Ident | null;
  type: Expr | null;
}

function parseDotsType(p: Parser): Expr {
  const pos = p.expect(Tok.ELLIPSIS);
  return { kind: 'Ellipsis', pos, elt: parseType(p) };
}

function startsType(tok: Token): boolean {
  return tok === Tok.MUL || tok === Tok.ARROW || tok === Tok.FUNC || tok === Tok.CHAN || tok === Tok.MAP ||
    tok === Tok.STRUCT || tok === Tok.INTERFACE || tok === Tok.LPAREN;
}

function parseNamedParamDecl(p: Parser, name: Ident, typeSetsOk: boolean): Param {
  const f: Param = { name, type: null };
  const tok = p.tok;
  if (tok === Tok.IDENT || startsType(tok)) f.type = parseType(p);
  else if (tok === Tok.LBRACK) {
    const r = parseArrayFieldOrTypeInstance(p, name);
    f.name = r.name;
    f.type = r.type;
  } else if (tok === Tok.ELLIPSIS) {
    f.type = parseDotsType(p);
    return f;
  } else if (tok === Tok.PERIOD) {
    f.type = parseQualifiedIdent(p, name);
    f.name = null;
  } else if (tok === Tok.TILDE && typeSetsOk) {
    f.type = embeddedElem(p, null);
    return f;
  } else if (tok === Tok.OR && typeSetsOk) {
    f.type = embeddedElem(p, name);
    f.name = null;
    return f;
  }
  return f;
}

function parseParamDecl(p: Parser, name: Ident | null, typeSetsOk: boolean): Param {
  let f: Param;
  if (name === null && typeSetsOk && p.tok === Tok.TILDE) return { name: null, type: embeddedElem(p, null) };
  if (name !== null || p.tok === Tok.IDENT) {
    f = parseNamedParamDecl(p, name ?? parseIdent(p), typeSetsOk);
    // `...T` ends the parameter: it never starts a union.
    if (f.type !== null && f.type.kind === 'Ellipsis') return f;
  } else if (p.tok === Tok.LBRACK || startsType(p.tok)) {
    f = { name: null, type: parseType(p) };
  } else if (p.tok === Tok.ELLIPSIS) {
    return { name: null, type: parseDotsType(p) };
  } else {
    return p.errorExpected(p.pos, "')'");
  }
  if (typeSetsOk && p.tok === Tok.OR && f.type !== null) f.type = embeddedElem(p, f.type);
  return f;
}

/** ParameterListOptions describe where a parameter list starts and what closes it. */
export interface ParameterListOptions {
  /** name0 and typ0 were read by the caller before it knew this was a parameter list. */
  name0: Ident | null;
  typ0: Expr | null;
  closing: Token;
  /** dddOk allows `...T` on the last parameter (ordinary parameters, not results or type parameters). */
  dddOk: boolean;
}

/** parseParameterList parses the entries between the brackets of a (type) parameter list. */
export function parseParameterList(p: Parser, options: ParameterListOptions): Field[] {
  const { closing, dddOk } = options;
  const tparams = closing === Tok.RBRACK;
  let { name0, typ0 } = options;
  const pos0 = name0 ? name0.pos : typ0 ? typ0.pos : p.pos;
  const list: Param[] = [];
  let named = 0;
  let typed = 0;
  while (name0 !== null || (p.tok !== closing && p.tok !== Tok.EOF)) {
    let par: Param;
    if (typ0 !== null) par = { name: name0, type: tparams ? embeddedElem(p, typ0) : typ0 };
    else par = parseParamDecl(p, name0, tparams);
    name0 = null;
    typ0 = null;
    if (par.name !== null || par.type !== null) {
      list.push(par);
      if (par.name !== null && par.type !== null) named++;
      if (par.type !== null) typed++;
    }
    if (!p.atComma('parameter list', closing)) break;
    p.next();
  }
  if (list.length === 0) return [];
  if (named === 0) {
    for (const par of list) {
      if (par.name !== null) [par.type, par.name] = [par.name, null];
    }
    if (tparams) reportNamingError(p, named === typed ? p.pos : pos0, { tparams, named, typed, count: list.length });
  } else if (named !== list.length) {
    fillGroupedTypes(p, list, { tparams, named, typed, count: list.length });
  }
  checkEllipses(p, list, dddOk);
  return toFields(list, named);
}

interface NamingCounts {
  tparams: boolean;
  named: number;
  typed: number;
  count: number;
}

function reportNamingError(p: Parser, pos: number, c: NamingCounts): never {
  if (c.named === c.typed) return p.error(pos, c.tparams ? 'missing type constraint' : 'missing parameter type');
  if (!c.tparams) return p.error(pos, 'missing parameter name');
  return p.error(pos, c.count === 1 ? 'missing type parameter name or invalid array length' : 'missing type parameter name');
}

// In `a, b int, c string` the type is written once per group: copy it leftwards, and report a
// parameter left without a name or a type as go/parser does.
function fillGroupedTypes(p: Parser, list: Param[], c: NamingCounts): void {
  let errPos = -1;
  let typ: Expr | null = null;
  for (let i = list.length - 1; i >= 0; i--) {
    const par = list[i] as Param;
    if (par.type !== null) {
      typ = par.type;
      if (par.name === null) {
        errPos = typ.pos;
        par.name = { kind: 'Ident', pos: typ.pos, name: '_' };
      }
    } else if (typ !== null) {
      par.type = typ;
    } else {
      errPos = (par.name as Ident).pos;
    }
  }
  if (errPos >= 0) reportNamingError(p, c.named === c.typed ? p.pos : errPos, c);
}

function checkEllipses(p: Parser, list: Param[], dddOk: boolean): void {
  for (let i = 0; i < list.length; i++) {
    const t = (list[i] as Param).type;
    if (t !== null && t.kind === 'Ellipsis' && (!dddOk || i + 1 < list.length)) {
      p.error(t.pos, dddOk ? 'can only use ... with final parameter' : 'invalid use of ...');
    }
  }
}

function toFields(list: Param[], named: number): Field[] {
  const fields: Field[] = [];
  if (named === 0) {
    for (const par of list) fields.push({ names: [], type: par.type as Expr, tag: null });
    return fields;
  }
  let current: Field | null = null;
  for (const par of list) {
    if (current === null || current.type !== par.type) {
      current = { names: [], type: par.type as Expr, tag: null };
      fields.push(current);
    }
    current.names.push(par.name as Ident);
  }
  return fields;
}

/** parseTypeParameters parses `[P any, Q ~int | ~string]`; an empty list is an error. */
export function parseTypeParameters(p: Parser): Field[] {
  p.expect(Tok.LBRACK);
  const list = p.tok !== Tok.RBRACK
    ? parseParameterList(p, { name0: null, typ0: null, closing: Tok.RBRACK, dddOk: false })
    : [];
  const rbrack = p.expect(Tok.RBRACK);
  if (list.length === 0) p.error(rbrack, 'empty type parameter list');
  return list;
}

/** parseParameters parses a parenthesized parameter list; results pass dddOk false. */
export function parseParameters(p: Parser, dddOk = true): Field[] {
  p.expect(Tok.LPAREN);
  const list = p.tok !== Tok.RPAREN
    ? parseParameterList(p, { name0: null, typ0: null, closing: Tok.RPAREN, dddOk })
    : [];
  p.expect(Tok.RPAREN);
  return list;
}

/** parseResults parses a result list: parenthesized, a single unnamed type, or nothing. */
export function parseResults(p: Parser): Field[] {
  if (p.tok === Tok.LPAREN) return parseParameters(p, false);
  const t = tryIdentOrType(p);
  return t ? [{ names: [], type: t, tag: null }] : [];
}
