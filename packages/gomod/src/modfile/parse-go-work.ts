/**
 * go.work interpretation (golang.org/x/mod/modfile work.go `ParseWork`, rule.go `WorkFile.add`):
 * go, toolchain, godebug, use and replace; there is no lax mode.
 * https://go.dev/ref/mod#go-work-file
 */
import { isFailure, parseString } from './directive-args.js';
import { GO_VERSION_RE, TOOLCHAIN_RE } from './go-version-patterns.js';
import { ModFileErrorList } from './modfile-error.js';
import { parseGodebugArgument } from './parse-go-mod.js';
import { parseReplace } from './parse-replace.js';
import { parseSyntax } from './parse-syntax.js';
import type { DirectiveFailure } from './directive-args.js';
import type { FileSyntax, GoWork, ParseResult } from './types.js';
import { errorf, walkDirectives, type DirectiveVisit } from './walk-directives.js';

const goWorkBlocks: ReadonlySet<string> = new Set(['godebug', 'use', 'replace']);

/** parseGoWork parses a go.work file, collecting every error. https://go.dev/ref/mod#go-work-file */
export function parseGoWork(file: string, text: string): ParseResult<GoWork> {
  const parsed = parseSyntax(file, text);
  if (!parsed.ok) return { ok: false, errors: new ModFileErrorList([parsed.error]) };
  return interpretGoWork(parsed.syntax);
}

/** interpretGoWork builds the GoWork view of a parsed syntax tree, rewriting its tokens as Go does. */
export function interpretGoWork(syntax: FileSyntax): ParseResult<GoWork> {
  const work: GoWork = { syntax, godebug: [], use: [], replace: [] };
  const errors = walkDirectives(syntax, { allowedBlocks: goWorkBlocks, strict: true, visit: (d) => addWorkDirective(work, d) });
  return errors.length > 0 ? { ok: false, errors: new ModFileErrorList(errors) } : { ok: true, value: work };
}

function addWorkDirective(work: GoWork, d: DirectiveVisit): DirectiveFailure | undefined {
  const nargs = d.tokens.length - d.argStart;
  const arg = d.tokens[d.argStart] as string;
  const at = { position: d.line.start, syntax: d.line };
  switch (d.verb) {
    case 'go':
      if (work.go) return errorf('repeated go statement');
      if (nargs !== 1) return errorf('go directive expects exactly one argument');
      if (!GO_VERSION_RE.test(arg)) return errorf(`invalid go version '${arg}': must match format 1.23.0`);
      work.go = { version: arg, ...at };
      return undefined;
    case 'toolchain':
      if (work.toolchain) return errorf('repeated toolchain statement');
      if (nargs !== 1) return errorf('toolchain directive expects exactly one argument');
      if (!TOOLCHAIN_RE.test(arg)) return errorf(`invalid toolchain version '${arg}': must match format go1.23.0 or default`);
      work.toolchain = { name: arg, ...at };
      return undefined;
    case 'godebug': {
      const kv = parseGodebugArgument(d);
      if (kv === undefined) return errorf('usage: godebug key=value');
      work.godebug.push({ ...kv, ...at });
      return undefined;
    }
    case 'use':
      return addUse(work, d, nargs);
    case 'replace': {
      const r = parseReplace(d.verb, d.tokens, d.argStart, undefined);
      if (isFailure(r)) return r;
      work.replace.push({ ...r, ...at });
      return undefined;
    }
    default:
      return errorf(`unknown directive: ${d.verb}`);
  }
}

function addUse(work: GoWork, d: DirectiveVisit, nargs: number): DirectiveFailure | undefined {
  if (nargs !== 1) return errorf(`usage: ${d.verb} local/dir`);
  const path = parseString(d.tokens, d.argStart);
  if (typeof path !== 'string') return errorf(`invalid quoted string: ${path.reason}`);
  work.use.push({ path, position: d.line.start, syntax: d.line });
  return undefined;
}
