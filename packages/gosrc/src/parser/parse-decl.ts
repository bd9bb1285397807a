/**
 * Declarations (https://go.dev/ref/spec#Declarations_and_scope) and the source file
 * (https://go.dev/ref/spec#Source_file_organization): imports, const/var/type specs (grouped or
 * not, generic types included) and function/method declarations.
 */
import { isLiteralToken, Tok, type Token } from '../scanner/tokens.js';
import type { Decl, Expr, FuncDecl, GenDecl, GoFile, Ident, ImportSpec, Spec, TypeSpec, ValueSpec } from './ast.js';
import { parseBinaryExpr, parseIdent, parseList, parsePrimaryExpr } from './parse-expr.js';
import { parseParameterList, parseParameters, parseResults, parseTypeParameters } from './parse-params.js';
import { parseBlockStmt } from './parse-stmt.js';
import { parseArrayType, parseType, tryIdentOrType } from './parse-types.js';
import type { Parser } from './parser-core.js';

function parseImportSpec(p: Parser): ImportSpec {
  const pos = p.pos;
  let name: Ident | null = null;
  if (p.tok === Tok.IDENT) name = parseIdent(p);
  else if (p.tok === Tok.PERIOD) {
    name = { kind: 'Ident', pos: p.pos, name: '.' };
    p.next();
  }
  if (p.tok !== Tok.STRING) p.error(p.pos, isLiteralToken(p.tok) ? 'import path must be a string' : 'missing import path');
  const spec: ImportSpec = { kind: 'ImportSpec', pos, name, path: { kind: 'BasicLit', pos: p.pos, tok: Tok.STRING, value: p.lit } };
  p.next();
  p.expectSemi();
  p.imports.push(spec);
  return spec;
}

function parseValueSpec(p: Parser, keyword: Token): ValueSpec {
  const first = parseIdent(p);
  const names = [first];
  while (p.tok === Tok.COMMA) {
    p.next();
    names.push(parseIdent(p));
  }
  let type: Expr | null = null;
  let values: Expr[] = [];
  if (keyword === Tok.CONST) {
    if (p.tok !== Tok.EOF && p.tok !== Tok.SEMICOLON && p.tok !== Tok.RPAREN) {
      type = tryIdentOrType(p);
      if (p.tok === Tok.ASSIGN) {
        p.next();
        values = parseList(p, true);
      }
    }
  } else {
    if (p.tok !== Tok.ASSIGN) type = parseType(p);
    if (p.tok === Tok.ASSIGN) {
      p.next();
      values = parseList(p, true);
    }
  }
  p.expectSemi();
  return { kind: 'ValueSpec', pos: first.pos, names, type, values };
}

// `type T[P C] …` versus `type A [N]int`: go/parser reads an expression after '[' and decides
// from its shape whether it starts a type parameter list (https://go.dev/ref/spec#Type_definitions).
function extractName(x: Expr, force: boolean): { name: Ident | null; type: Expr | null } {
  switch (x.kind) {
    case 'Ident':
      return { name: x, type: null };
    case 'BinaryExpr':
      if (x.op === Tok.MUL && x.x.kind === 'Ident' && (force || isTypeElem(x.y))) {
        return { name: x.x, type: { kind: 'StarExpr', pos: x.y.pos, x: x.y } };
      }
      if (x.op === Tok.OR) {
        const left = extractName(x.x, force || isTypeElem(x.y));
        if (left.name !== null && left.type !== null) return { name: left.name, type: { ...x, x: left.type } };
      }
      break;
    case 'CallExpr':
      if (x.fun.kind === 'Ident' && x.args.length === 1 && !x.ellipsis && (force || isTypeElem(x.args[0] as Expr))) {
        return { name: x.fun, type: { kind: 'ParenExpr', pos: x.pos, x: x.args[0] as Expr } };
      }
      break;
  }
  return { name: null, type: x };
}

function isTypeElem(x: Expr): boolean {
  switch (x.kind) {
    case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType':
      return true;
    case 'BinaryExpr':
      return isTypeElem(x.x) || isTypeElem(x.y);
    case 'UnaryExpr':
      return x.op === Tok.TILDE;
    case 'ParenExpr':
      return isTypeElem(x.x);
  }
  return false;
}

function parseTypeSpec(p: Parser): TypeSpec {
  const name = parseIdent(p);
  const spec: TypeSpec = { kind: 'TypeSpec', pos: name.pos, name, typeParams: null, assign: false, type: name };
  if (p.tok === Tok.LBRACK) {
    const lbrack = p.pos;
    p.next();
    if (p.tok === Tok.IDENT) {
      let x: Expr = parseIdent(p);
      if (p.tok !== Tok.LBRACK) {
        p.exprLev++;
        x = parseBinaryExpr(p, parsePrimaryExpr(p, x), 1);
        p.exprLev--;
      }
      const { name: pname, type: ptype } = extractName(x, p.tok === Tok.COMMA);
      if (pname !== null && (ptype !== null || p.tok !== Tok.RBRACK)) {
        spec.typeParams = parseParameterList(p, { name0: pname, typ0: ptype, closing: Tok.RBRACK, dddOk: false });
        p.expect(Tok.RBRACK);
        if (p.tok === Tok.ASSIGN) {
          spec.assign = true;
          p.next();
        }
        spec.type = parseType(p);
      } else spec.type = parseArrayType(p, lbrack, x);
    } else spec.type = parseArrayType(p, lbrack, undefined);
  } else {
    if (p.tok === Tok.ASSIGN) {
      spec.assign = true;
      p.next();
    }
    spec.type = parseType(p);
  }
  p.expectSemi();
  return spec;
}

function parseGenDecl(p: Parser, keyword: Token, parseSpec: (p: Parser, keyword: Token) => Spec): GenDecl {
  const pos = p.expect(keyword);
  const specs: Spec[] = [];
  if (p.tok === Tok.LPAREN) {
    p.next();
    while (p.tok !== Tok.RPAREN && p.tok !== Tok.EOF) specs.push(parseSpec(p, keyword));
    p.expect(Tok.RPAREN);
    p.expectSemi();
  } else specs.push(parseSpec(p, keyword));
  return { kind: 'GenDecl', pos, tok: keyword, specs };
}

function parseFuncDecl(p: Parser): FuncDecl {
  const pos = p.expect(Tok.FUNC);
  const recv = p.tok === Tok.LPAREN ? parseParameters(p) : null;
  const name = parseIdent(p);
  let typeParams = null;
  if (p.tok === Tok.LBRACK) {
    if (recv !== null) p.error(p.pos, 'method must have no type parameters');
    typeParams = parseTypeParameters(p);
  }
  const params = parseParameters(p);
  const results = parseResults(p);
  let body = null;
  if (p.tok === Tok.LBRACE) {
    body = parseBlockStmt(p);
    p.expectSemi();
  } else if (p.tok === Tok.SEMICOLON) {
    p.next();
    if (p.tok === Tok.LBRACE) p.error(p.pos, 'unexpected semicolon or newline before {');
  } else p.expectSemi();
  return { kind: 'FuncDecl', pos, recv, name, type: { kind: 'FuncType', pos, typeParams, params, results }, body };
}

const specParsers = {
  [Tok.IMPORT]: parseImportSpec,
  [Tok.CONST]: parseValueSpec,
  [Tok.VAR]: parseValueSpec,
  [Tok.TYPE]: parseTypeSpec,
} as Record<number, (p: Parser, keyword: Token) => Spec>;

/** parseLocalDecl parses a const, type or var declaration statement. */
export function parseLocalDecl(p: Parser): GenDecl {
  const parseSpec = specParsers[p.tok];
  if (!parseSpec) return p.errorExpected(p.pos, 'declaration');
  return parseGenDecl(p, p.tok, parseSpec);
}

function parseTopLevelDecl(p: Parser): Decl {
  return p.tok === Tok.FUNC ? parseFuncDecl(p) : parseLocalDecl(p);
}

/**
 * parseSourceFile parses a whole file into out (so the declarations read before an error survive
 * it): the package clause, the imports, then the other declarations.
 */
export function parseSourceFile(p: Parser, out: GoFile): void {
  out.pos = p.expect(Tok.PACKAGE);
  out.name = parseIdent(p);
  p.expectSemi();
  while (p.tok === Tok.IMPORT) out.decls.push(parseGenDecl(p, Tok.IMPORT, parseImportSpec));
  let prev: Token = Tok.IMPORT;
  while (p.tok !== Tok.EOF) {
    if (p.tok === Tok.IMPORT && prev !== Tok.IMPORT) p.error(p.pos, 'imports must appear before other declarations');
    prev = p.tok;
    out.decls.push(parseTopLevelDecl(p));
  }
}
