import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gover, ModuleNotFoundError, type RootFixup } from '@goradar/gomod';
import { GoradarError } from '../errors.js';
import { graphErrorToGoradar, loadGraphForDir, type DirGraph } from './load-graph-for-dir.js';
import { formatModuleLine, listModules, type ModulePublic } from './list-modules.js';

/** GraphCommandInput is what every graph command starts from. */
export interface GraphCommandInput {
  dir: string;
  env: Readonly<Record<string, string | undefined>>;
  /** mod is the --mod flag ('' when absent). */
  mod?: string;
  /** offline keeps lookups to the module cache and file:// proxies (--offline); by default missing go.mod files are fetched through GOPROXY. */
  offline?: boolean;
}

/** rootFixupFlag validates --mod. */
export function rootFixupFlag(mod: string | undefined): RootFixup | undefined {
  if (mod === undefined || mod === '') return undefined;
  if (mod === 'mod' || mod === 'readonly') return mod;
  throw new GoradarError('ERR_USAGE', `invalid --mod value ${JSON.stringify(mod)}: want mod or readonly`);
}

/**
 * loadCommandGraph loads the graph for a command — online unless input.offline — and fails on a
 * graph error, as the go command does. The caller closes the result.
 */
export async function loadCommandGraph(input: GraphCommandInput, cwd: string): Promise<DirGraph> {
  const rootFixup = rootFixupFlag(input.mod);
  const loaded = await loadGraphForDir({ dir: resolve(cwd, input.dir), env: input.env, online: !input.offline, ...(rootFixup ? { rootFixup } : {}) });
  const err = graphErrorToGoradar(loaded.graph, loaded.skippedNetwork);
  if (err) {
    await loaded.close();
    throw err;
  }
  return loaded;
}

/** withCommandGraph loads the command's graph, runs use on it and closes it, whatever use does. */
export async function withCommandGraph<T>(input: GraphCommandInput, cwd: string, use: (loaded: DirGraph) => Promise<T> | T): Promise<T> {
  const loaded = await loadCommandGraph(input, cwd);
  try {
    return await use(loaded);
  } finally {
    await loaded.close();
  }
}

/** ListResult is what `goradar list -m all` prints: text lines, or Go's JSON objects. */
export type ListResult = { format: 'text'; lines: string[] } | { format: 'json'; modules: ModulePublic[] };

/**
 * runList lists the build list as `go list -m all` does (or `go list -m -json all` with json).
 * Only the pattern `all` is supported.
 */
export async function runList(input: GraphCommandInput & { pattern: string; json: boolean }, cwd: string): Promise<ListResult> {
  if (input.pattern !== 'all') {
    throw new GoradarError('ERR_USAGE', `unsupported pattern ${JSON.stringify(input.pattern)}: goradar list -m supports only "all"`);
  }
  return withCommandGraph(input, cwd, async (loaded): Promise<ListResult> => {
    if (listsFromVendor(loaded, input.mod)) {
      throw new GoradarError('ERR_VENDOR_MODE', "can't compute 'all' using the vendor directory\n\t(Use -mod=mod or -mod=readonly to bypass.)", {
        hint: 'go lists modules from vendor/modules.txt here; set --mod=mod (or GOFLAGS=-mod=mod) to list the build list the go.mod files give',
      });
    }
    if (input.json) {
      const modules = await listModules(loaded);
      failOnModuleErrors(modules.flatMap((m) => (m.Error ? [m.Error.Err] : [])));
      return { format: 'json', modules };
    }
    failOnModuleErrors(await lookupFailures(loaded));
    return { format: 'text', lines: listLines(loaded) };
  });
}

/**
 * listsFromVendor reports whether go would list in vendor mode, where it cannot compute `all`:
 * -mod=vendor (in GOFLAGS), or, without a -mod setting, a single main module whose go line is at
 * least 1.14 and whose root holds a vendor directory (cmd/go's default build mode). A workspace
 * lists its modules in vendor mode too.
 */
function listsFromVendor(loaded: DirGraph, flag: string | undefined): boolean {
  if (loaded.set.workspace) return false;
  const mode = flag || loaded.env.mod;
  if (mode !== '') return mode === 'vendor';
  const main = loaded.set.mainModules[0];
  if (!main || main.summary.goVersion === '' || gover.compare(main.summary.goVersion, '1.14') < 0) return false;
  try {
    return statSync(join(main.dir, 'vendor')).isDirectory();
  } catch {
    return false;
  }
}

/**
 * lookupFailures returns, for each listed module that is not replaced, the error of a `.info` lookup
 * that a source definitively answered "not found" (a file:// proxy, GOPROXY=off). The go command
 * looks every listed version up and fails the listing on such errors, text or JSON.
 */
async function lookupFailures(loaded: DirGraph): Promise<string[]> {
  const out: string[] = [];
  for (const m of loaded.graph.modules()) {
    if (loaded.graph.isMainModule(m) || loaded.graph.replacement(m)) continue;
    if (loaded.source.hasInfo?.(m.path, m.version) !== false) continue;
    try {
      await loaded.source.info?.(m.path, m.version);
    } catch (err) {
      if (!(err instanceof ModuleNotFoundError)) throw err;
      out.push(err.message);
    }
  }
  return out;
}

function failOnModuleErrors(errors: readonly string[]): void {
  if (errors.length === 0) return;
  throw new GoradarError('ERR_MODULE_GRAPH', errors.join('\n'), { hint: 'the module versions above could not be looked up; warm the module cache (`go mod download`) or fix GOPROXY' });
}

/** listLines prints the build list as `go list -m all` does, without reading anything more. */
export function listLines(loaded: DirGraph): string[] {
  return loaded.graph.modules().map((m) => {
    if (loaded.graph.isMainModule(m)) return m.path;
    const r = loaded.graph.replacement(m);
    const line: ModulePublic = { Path: m.path, Version: m.version };
    if (r) line.Replace = r.replacement.version === '' ? { Path: r.replacement.path } : { Path: r.replacement.path, Version: r.replacement.version };
    return formatModuleLine(line);
  });
}
