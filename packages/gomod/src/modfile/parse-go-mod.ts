/**
 * go.mod interpretation (golang.org/x/mod/modfile rule.go `Parse`, `ParseLax`, `File.add`):
 * every directive is checked and all errors are collected, with Go's exact messages.
 * https://go.dev/ref/mod#go-mod-file
 */
import { checkPathMajor } from '../module/index.js';
import { fail, isFailure, modulePathMajor, parseString, parseVersion, parseVersionInterval, type DirectiveFailure } from './directive-args.js';
import { isIndirect, parseDeprecation, parseDirectiveComment } from './directive-comments.js';
import { GO_VERSION_RE, LAX_GO_VERSION_RE, TOOLCHAIN_RE } from './go-version-patterns.js';
import { ModFileErrorList, type ModFileError } from './modfile-error.js';
import { parseReplace } from './parse-replace.js';
import { parseSyntax } from './parse-syntax.js';
import { quote as goQuote } from '../internal/strconv.js';
import type { FileSyntax, GoMod, ParseGoModOptions, ParseResult, VersionFixer } from './types.js';
import { directiveError, errorf, walkDirectives, type DirectiveVisit } from './walk-directives.js';

const goModBlocks: ReadonlySet<string> = new Set(['module', 'godebug', 'require', 'exclude', 'replace', 'retract', 'tool', 'ignore']);
const laxVerbs: ReadonlySet<string> = new Set(['go', 'module', 'retract', 'require', 'ignore']);

/**
 * parseGoMod parses a go.mod file. By default it is strict, as for the main module (Go's Parse);
 * with `lax` it reads a dependency's go.mod (Go's ParseLax). Without `fixVersion`, every version
 * must have a canonical form, which replaces it. https://go.dev/ref/mod#go-mod-file
 */
export function parseGoMod(file: string, text: string, options: ParseGoModOptions = {}): ParseResult<GoMod> {
  const parsed = parseSyntax(file, text);
  if (!parsed.ok) return { ok: false, errors: new ModFileErrorList([parsed.error]) };
  return interpretGoMod(parsed.syntax, options);
}

/** interpretGoMod builds the GoMod view of a parsed syntax tree, rewriting its tokens as Go does. */
export function interpretGoMod(syntax: FileSyntax, options: ParseGoModOptions = {}): ParseResult<GoMod> {
  const mod: GoMod = { syntax, godebug: [], require: [], exclude: [], replace: [], retract: [], tool: [], ignore: [] };
  const strict = options.lax !== true;
  const fix = options.fixVersion;
  const errors = walkDirectives(syntax, {
    allowedBlocks: goModBlocks,
    strict,
    visit: (d) => (strict || laxVerbs.has(d.verb) ? addDirective(mod, d, strict, fix) : undefined),
  });
  if (fix) errors.push(...fixRetractions(mod, fix));
  return errors.length > 0 ? { ok: false, errors: new ModFileErrorList(errors) } : { ok: true, value: mod };
}

function addDirective(mod: GoMod, d: DirectiveVisit, strict: boolean, fix: VersionFixer | undefined): DirectiveFailure | undefined {
  switch (d.verb) {
    case 'module':
      return addModule(mod, d);
    case 'go':
      return addGo(mod, d, strict);
    case 'toolchain':
      return addToolchain(mod, d);
    case 'godebug':
      return addGodebug(mod, d);
    case 'require':
    case 'exclude':
      return addRequireOrExclude(mod, d, fix);
    case 'replace': {
      const r = parseReplace(d.verb, d.tokens, d.argStart, fix);
      if (isFailure(r)) return r;
      mod.replace.push({ ...r, position: d.line.start, syntax: d.line });
      return undefined;
    }
    case 'retract':
      return addRetract(mod, d, strict);
    case 'tool':
    case 'ignore':
      return addToolOrIgnore(mod, d);
    default:
      return errorf(`unknown directive: ${d.verb}`);
  }
}

function argCount(d: DirectiveVisit): number {
  return d.tokens.length - d.argStart;
}

function addModule(mod: GoMod, d: DirectiveVisit): DirectiveFailure | undefined {
  if (mod.module) return errorf('repeated module statement');
  const deprecated = parseDeprecation(d.block, d.line);
  mod.module = { path: '', position: d.line.start, syntax: d.line, ...(deprecated === '' ? {} : { deprecated }) };
  if (argCount(d) !== 1) return errorf('usage: module module/path');
  const path = parseString(d.tokens, d.argStart);
  if (typeof path !== 'string') return errorf(`invalid quoted string: ${path.reason}`);
  mod.module.path = path;
  return undefined;
}

function addGo(mod: GoMod, d: DirectiveVisit, strict: boolean): DirectiveFailure | undefined {
  if (mod.go) return errorf('repeated go statement');
  if (argCount(d) !== 1) return errorf('go directive expects exactly one argument');
  const arg = d.tokens[d.argStart] as string;
  if (!GO_VERSION_RE.test(arg)) {
    // A dependency written for a future Go may use a newer syntax; keep its major.minor.
    const m = strict ? null : LAX_GO_VERSION_RE.exec(arg);
    if (m === null) return errorf(`invalid go version '${arg}': must match format 1.23.0`);
    d.tokens[d.argStart] = m[1] as string;
  }
  mod.go = { version: d.tokens[d.argStart] as string, position: d.line.start, syntax: d.line };
  return undefined;
}

function addToolchain(mod: GoMod, d: DirectiveVisit): DirectiveFailure | undefined {
  if (mod.toolchain) return errorf('repeated toolchain statement');
  if (argCount(d) !== 1) return errorf('toolchain directive expects exactly one argument');
  const name = d.tokens[d.argStart] as string;
  if (!TOOLCHAIN_RE.test(name)) return errorf(`invalid toolchain version '${name}': must match format go1.23.0 or default`);
  mod.toolchain = { name, position: d.line.start, syntax: d.line };
  return undefined;
}

/** parseGodebugArgument splits `key=value`, or returns undefined for a malformed godebug line. */
export function parseGodebugArgument(d: DirectiveVisit): { key: string; value: string } | undefined {
  const arg = d.tokens[d.argStart] as string;
  if (argCount(d) !== 1 || /["`',]/.test(arg)) return undefined;
  const eq = arg.indexOf('=');
  return eq < 0 ? undefined : { key: arg.slice(0, eq), value: arg.slice(eq + 1) };
}

function addGodebug(mod: GoMod, d: DirectiveVisit): DirectiveFailure | undefined {
  const kv = parseGodebugArgument(d);
  if (kv === undefined) return errorf('usage: godebug key=value');
  mod.godebug.push({ ...kv, position: d.line.start, syntax: d.line });
  return undefined;
}

function addRequireOrExclude(mod: GoMod, d: DirectiveVisit, fix: VersionFixer | undefined): DirectiveFailure | undefined {
  if (argCount(d) !== 2) return errorf(`usage: ${d.verb} module/path v1.2.3`);
  const path = parseString(d.tokens, d.argStart);
  if (typeof path !== 'string') return errorf(`invalid quoted string: ${path.reason}`);
  const version = parseVersion(d.verb, path, d.tokens, d.argStart + 1, fix);
  if (isFailure(version)) return version;
  const pathMajor = modulePathMajor(path);
  if (isFailure(pathMajor)) return pathMajor;
  const majorError = checkPathMajor(version, pathMajor);
  if (majorError) return fail(majorError.message, d.verb, path);
  if (d.verb === 'require') mod.require.push({ path, version, indirect: isIndirect(d.line), position: d.line.start, syntax: d.line });
  else mod.exclude.push({ path, version, position: d.line.start, syntax: d.line });
  return undefined;
}

const keepVersion: VersionFixer = (_path, version) => version;

function addRetract(mod: GoMod, d: DirectiveVisit, strict: boolean): DirectiveFailure | undefined {
  const rationale = parseDirectiveComment(d.block, d.line);
  // Bounds are checked later, by fixRetractions, once the module path is known.
  const parsed = parseVersionInterval('retract', '', d.tokens, d.argStart, keepVersion);
  // A dependency may use retraction syntax from a future Go; skip it there.
  if (isFailure(parsed)) return strict ? parsed : undefined;
  if (parsed.next < d.tokens.length && strict) return errorf(`unexpected token after version: ${goQuote(d.tokens[parsed.next] as string)}`);
  mod.retract.push({ ...parsed.interval, rationale, position: d.line.start, syntax: d.line });
  return undefined;
}

function addToolOrIgnore(mod: GoMod, d: DirectiveVisit): DirectiveFailure | undefined {
  if (argCount(d) !== 1) return errorf(`${d.verb} directive expects exactly one argument`);
  const path = parseString(d.tokens, d.argStart);
  if (typeof path !== 'string') return errorf(`invalid quoted string: ${path.reason}`);
  (d.verb === 'tool' ? mod.tool : mod.ignore).push({ path, position: d.line.start, syntax: d.line });
  return undefined;
}

// fixRetractions re-reads retraction bounds with the fixer once the module path is known
// (Go's fixRetract); it runs only when a fixer was given.
function fixRetractions(mod: GoMod, fix: VersionFixer): ModFileError[] {
  const errors: ModFileError[] = [];
  const path = mod.module?.path ?? '';
  for (const r of mod.retract) {
    if (path === '') {
      errors.push(directiveError(mod.syntax.name, r.syntax, errorf('no module directive found, so retract cannot be used')));
      break;
    }
    const argStart = r.syntax.tokens[0] === 'retract' ? 1 : 0;
    const parsed = parseVersionInterval('retract', path, r.syntax.tokens, argStart, fix);
    if (isFailure(parsed)) errors.push(directiveError(mod.syntax.name, r.syntax, parsed));
    r.low = isFailure(parsed) ? '' : parsed.interval.low;
    r.high = isFailure(parsed) ? '' : parsed.interval.high;
  }
  return errors;
}
