/**
 * Operators and punctuation (https://go.dev/ref/spec#Operators_and_punctuation) made of the
 * characters + - * / % ^ = ! | < > &: the longest token that matches wins.
 */
import type { TokenEnd } from './scan-literals.js';
import { Tok, type Token } from './tokens.js';

function done(out: TokenEnd, tok: Token, end: number): true {
  out.tok = tok;
  out.end = end;
  return true;
}

/**
 * scanOperator scans the operator whose first character c stood before index i; it fills out and
 * returns true, or returns false (out says ILLEGAL) when c starts no token.
 */
export function scanOperator(src: string, c: number, i: number, out: TokenEnd): boolean {
  const d = src.charCodeAt(i);
  const eq = d === 61;
  let tok: Token;
  switch (c) {
    case 43: tok = eq ? Tok.ADD_ASSIGN : d === 43 ? Tok.INC : Tok.ADD; break;
    case 45: tok = eq ? Tok.SUB_ASSIGN : d === 45 ? Tok.DEC : Tok.SUB; break;
    case 42: tok = eq ? Tok.MUL_ASSIGN : Tok.MUL; break;
    case 47: tok = eq ? Tok.QUO_ASSIGN : Tok.QUO; break;
    case 37: tok = eq ? Tok.REM_ASSIGN : Tok.REM; break;
    case 94: tok = eq ? Tok.XOR_ASSIGN : Tok.XOR; break;
    case 61: tok = eq ? Tok.EQL : Tok.ASSIGN; break;
    case 33: tok = eq ? Tok.NEQ : Tok.NOT; break;
    case 124: tok = eq ? Tok.OR_ASSIGN : d === 124 ? Tok.LOR : Tok.OR; break;
    case 60:
      if (d === 45) return done(out, Tok.ARROW, i + 1);
      if (d === 60) return src.charCodeAt(i + 1) === 61 ? done(out, Tok.SHL_ASSIGN, i + 2) : done(out, Tok.SHL, i + 1);
      tok = eq ? Tok.LEQ : Tok.LSS;
      break;
    case 62:
      if (d === 62) return src.charCodeAt(i + 1) === 61 ? done(out, Tok.SHR_ASSIGN, i + 2) : done(out, Tok.SHR, i + 1);
      tok = eq ? Tok.GEQ : Tok.GTR;
      break;
    case 38:
      if (d === 94) return src.charCodeAt(i + 1) === 61 ? done(out, Tok.AND_NOT_ASSIGN, i + 2) : done(out, Tok.AND_NOT, i + 1);
      tok = eq ? Tok.AND_ASSIGN : d === 38 ? Tok.LAND : Tok.AND;
      break;
    default:
      out.tok = Tok.ILLEGAL;
      out.end = i;
      return false;
  }
  // Two-character forms (+=, ++, ==, ||, <=, &&, …) consume the second character.
  const two = eq || tok === Tok.INC || tok === Tok.DEC || tok === Tok.LOR || tok === Tok.LAND;
  return done(out, tok, two ? i + 1 : i);
}
