/**
 * The replace directive, shared by go.mod and go.work (golang.org/x/mod/modfile rule.go
 * `parseReplace`): `OLD [OLDVER] => NEW [NEWVER]`, where NEW without a version must be a directory.
 * https://go.dev/ref/mod#go-mod-file-replace
 */
import { checkPathMajor } from '../module/index.js';
import { fail, isDirectoryPath, isFailure, modulePathMajor, parseString, parseVersion, type DirectiveFailure } from './directive-args.js';
import { quote as goQuote } from '../internal/strconv.js';
import type { ReplaceSide, VersionFixer } from './types.js';

/** ParsedReplace is the two sides of a replacement. */
export interface ParsedReplace {
  old: ReplaceSide;
  new: ReplaceSide;
}

/** parseReplace decodes the replace arguments tokens[argStart…], rewriting tokens like Go. */
export function parseReplace(verb: string, tokens: string[], argStart: number, fix: VersionFixer | undefined): ParsedReplace | DirectiveFailure {
  const nargs = tokens.length - argStart;
  const arrow = nargs >= 2 && tokens[argStart + 1] === '=>' ? 1 : 2;
  if (nargs < arrow + 2 || nargs > arrow + 3 || tokens[argStart + arrow] !== '=>') {
    return fail(`usage: ${verb} module/path [v1.2.3] => other/module v1.4\n\t or ${verb} module/path [v1.2.3] => ../local/directory`);
  }
  const oldPath = parseString(tokens, argStart);
  if (typeof oldPath !== 'string') return fail(`invalid quoted string: ${oldPath.reason}`);
  const pathMajor = modulePathMajor(oldPath);
  if (isFailure(pathMajor)) return fail(pathMajor.message, verb, oldPath);
  const old: ReplaceSide = { path: oldPath };
  if (arrow === 2) {
    const v = parseVersion(verb, oldPath, tokens, argStart + 1, fix);
    if (isFailure(v)) return v;
    const majorError = checkPathMajor(v, pathMajor);
    if (majorError) return fail(majorError.message, verb, oldPath);
    old.version = v;
  }
  const newPath = parseString(tokens, argStart + arrow + 1);
  if (typeof newPath !== 'string') return fail(`invalid quoted string: ${newPath.reason}`);
  const target: ReplaceSide = { path: newPath };
  if (nargs === arrow + 2) {
    if (!isDirectoryPath(newPath)) {
      if (newPath.includes('@')) return fail("replacement module must match format 'path version', not 'path@version'");
      return fail('replacement module without version must be directory path (rooted or starting with . or ..)');
    }
    if (newPath.includes('\\')) return fail('replacement directory appears to be Windows path (on a non-windows system)');
  } else {
    const nv = parseVersion(verb, newPath, tokens, argStart + arrow + 2, fix);
    if (isFailure(nv)) return nv;
    if (isDirectoryPath(newPath)) return fail(`replacement module directory path ${goQuote(newPath)} cannot have version`);
    target.version = nv;
  }
  return { old, new: target };
}
