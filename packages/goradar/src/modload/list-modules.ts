import { join } from 'node:path';
import { isPseudoVersion, ModuleNotFoundError, pseudoVersionTime, type GoSumIndex, type ModuleGraph, type ModuleVersion, type ResolvedReplacement } from '@goradar/gomod';
import type { MainModuleSet } from './find-main-modules.js';
import type { RequirementSource } from './requirement-source.js';

/**
 * ModulePublic is one module as `go list -m -json` prints it (cmd/go modinfo.ModulePublic), with
 * Go's field names and order. Fields that need the network or a module zip (Time without a cached
 * .info, Dir without an extracted module, Versions, Update, Retracted, Deprecated, Origin) are
 * absent when offline sources cannot answer them.
 */
export interface ModulePublic {
  Path: string;
  Version?: string;
  Replace?: ModulePublic;
  Time?: string;
  Main?: boolean;
  Indirect?: boolean;
  Dir?: string;
  GoMod?: string;
  GoVersion?: string;
  Error?: { Err: string };
  Sum?: string;
  GoModSum?: string;
}

/** ListContext is what listing needs besides the graph. */
export interface ListContext {
  graph: ModuleGraph;
  set: MainModuleSet;
  source: RequirementSource;
  sums: GoSumIndex;
}

/** listModules returns every module `go list -m all` lists, as `go list -m -json all` describes them. */
export async function listModules(loaded: Omit<ListContext, 'sums'> & { sums(): Promise<GoSumIndex> }): Promise<ModulePublic[]> {
  const ctx: ListContext = { graph: loaded.graph, set: loaded.set, source: loaded.source, sums: await loaded.sums() };
  // One module after the other, in list order: a module's GoVersion can depend on go.mod files read
  // while describing the modules before it (the go command's rawGoVersion cache), so the order is
  // part of the result.
  const out: ModulePublic[] = [];
  for (const m of ctx.graph.modules()) out.push(await describeModule(ctx, m));
  return out;
}

/** describeModule returns one module's ModulePublic (modload.moduleInfo). */
export async function describeModule(ctx: ListContext, m: ModuleVersion): Promise<ModulePublic> {
  if (ctx.graph.isMainModule(m)) return describeMain(ctx, m.path);
  const info: ModulePublic = { Path: m.path, Version: m.version };
  if (!ctx.graph.direct.has(m.path)) info.Indirect = true;
  const r = ctx.graph.replacement(m);
  if (!r) {
    const goVersion = await ctx.graph.ownSummaryOf(m).then((s) => s.goVersion, () => '');
    await completeFromSource(ctx, info, goVersion);
    return info;
  }
  const replace = await describeReplacement(ctx, r, ctx.graph.recordedGoVersion(m));
  return orderFields({ ...info, Replace: replace, Dir: replace.Dir, GoMod: replace.GoMod, GoVersion: replace.GoVersion });
}

function describeMain(ctx: ListContext, path: string): ModulePublic {
  const main = ctx.set.mainModules.find((mm) => mm.path === path);
  if (!main) return { Path: path, Main: true };
  // Like `go list` under -mod=readonly: a go.mod without a go line reads as go 1.16; in a workspace
  // such a module has no GoVersion. (Under -mod=mod the go command would first write its own
  // version into the go.mod; goradar never edits files.)
  const goVersion = main.summary.goVersion || (ctx.set.workspace ? undefined : '1.16');
  return { Path: path, Main: true, Dir: main.dir, GoMod: main.goModFile, ...(goVersion ? { GoVersion: goVersion } : {}) };
}

async function describeReplacement(ctx: ListContext, r: ResolvedReplacement, originalGoVersion: string | undefined): Promise<ModulePublic> {
  const replace: ModulePublic = { Path: r.replacement.path };
  // The go command fills this from the go.mod of the *original* version when that file happened to
  // be read (say, as another module's replacement), else from the replacement's go.mod.
  if (originalGoVersion) replace.GoVersion = originalGoVersion;
  if (r.replacement.version !== '') replace.Version = r.replacement.version;
  if (r.dir !== undefined) {
    replace.Dir = r.dir;
    replace.GoMod = join(r.dir, 'go.mod');
  }
  const goVersion = await ctx.graph.replacementSummary(r).then((s) => s.goVersion, () => '');
  await completeFromSource(ctx, replace, goVersion);
  return replace;
}

/** completeFromSource fills Time, GoMod, Dir, GoVersion and the recorded sums (modload.completeFromModCache). */
async function completeFromSource(ctx: ListContext, m: ModulePublic, goVersion: string): Promise<void> {
  if (m.Version !== undefined) await addTime(ctx, m, m.Version);
  if (m.GoVersion === undefined && goVersion !== '') m.GoVersion = goVersion;
  if (m.Version !== undefined) {
    const goMod = await ctx.source.goModFile?.(m.Path, m.Version);
    if (goMod) m.GoMod = goMod;
    const goModSum = ctx.sums.hashes(m.Path, `${m.Version}/go.mod`)[0];
    if (goModSum) m.GoModSum = goModSum;
    const dir = await ctx.source.downloadDir?.(m.Path, m.Version);
    if (dir) m.Dir = dir;
    const sum = ctx.sums.hashes(m.Path, m.Version)[0];
    if (sum) m.Sum = sum;
  }
  Object.assign(m, orderFields(m));
}

/**
 * addTime sets Time from the version's `.info`. When no source has it, a version that a main module
 * replaces gets a synthesized time (modload.replacementRepo); any other gets Error, as the go
 * command reports a failed lookup.
 */
async function addTime(ctx: ListContext, m: ModulePublic, version: string): Promise<void> {
  let failure: Error | undefined;
  try {
    const info = await ctx.source.info?.(m.Path, version);
    if (info?.time) m.Time = formatGoTime(info.time);
    if (info) return;
  } catch (err) {
    if (!(err instanceof ModuleNotFoundError)) throw err;
    failure = err;
  }
  if (ctx.graph.replacement({ path: m.Path, version })) m.Time = replacedVersionTime(version);
  else if (failure) m.Error = { Err: failure.message };
}

const FIELD_ORDER: Array<keyof ModulePublic> = ['Path', 'Version', 'Replace', 'Time', 'Main', 'Indirect', 'Dir', 'GoMod', 'GoVersion', 'Error', 'Sum', 'GoModSum'];

/** orderFields returns m with its fields in Go's struct order and empty ones dropped. */
function orderFields(m: ModulePublic): ModulePublic {
  const out: Record<string, unknown> = {};
  for (const k of FIELD_ORDER) if (m[k] !== undefined && m[k] !== '' && m[k] !== false) out[k] = m[k];
  for (const k of Object.keys(m)) delete (m as unknown as Record<string, unknown>)[k];
  return Object.assign(m, out);
}

/**
 * replacedVersionTime is the time the go command reports for a version it cannot find but that a
 * main module replaces (modload.replacementRepo): a pseudo-version's own time, else the zero time.
 */
function replacedVersionTime(version: string): string {
  if (isPseudoVersion(version)) {
    try {
      return pseudoVersionTime(version).toISOString().replace('.000Z', 'Z');
    } catch {
      // fall through to the zero time
    }
  }
  return '0001-01-01T00:00:00Z';
}

/**
 * formatGoTime prints an RFC 3339 time as Go's encoding/json prints a time.Time read from it:
 * trailing zeros of fractional seconds dropped, a zero offset written as Z.
 */
export function formatGoTime(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(text);
  if (!m) return text;
  const frac = (m[2] ?? '').replace(/0+$/, '');
  const zone = m[3] === '+00:00' ? 'Z' : (m[3] as string);
  return `${m[1]}${frac === '.' ? '' : frac}${zone}`;
}

/** formatModuleLine prints one module as `go list -m` does (modinfo.ModulePublic.String). */
export function formatModuleLine(m: ModulePublic): string {
  let s = m.Path;
  if (m.Version) s += ` ${m.Version}`;
  if (m.Replace) {
    s += ` => ${m.Replace.Path}`;
    if (m.Replace.Version) s += ` ${m.Replace.Version}`;
  }
  return s;
}
