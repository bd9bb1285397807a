import { resolve } from 'node:path';
import type { RootFixup } from '@goradar/gomod';
import { GoradarError } from '../errors.js';
import { graphErrorToGoradar, loadGraphForDir, type DirGraph } from './load-graph-for-dir.js';
import { formatModuleLine, listModules, type ModulePublic } from './list-modules.js';

/** GraphCommandInput is what every graph command starts from. */
export interface GraphCommandInput {
  dir: string;
  env: Readonly<Record<string, string | undefined>>;
  /** mod is the --mod flag ('' when absent). */
  mod?: string;
}

/** rootFixupFlag validates --mod. */
export function rootFixupFlag(mod: string | undefined): RootFixup | undefined {
  if (mod === undefined || mod === '') return undefined;
  if (mod === 'mod' || mod === 'readonly') return mod;
  throw new GoradarError('ERR_USAGE', `invalid --mod value ${JSON.stringify(mod)}: want mod or readonly`);
}

/** loadCommandGraph loads the graph for a command and fails on a graph error, as the go command does. */
export async function loadCommandGraph(input: GraphCommandInput, cwd: string): Promise<DirGraph> {
  const rootFixup = rootFixupFlag(input.mod);
  const loaded = await loadGraphForDir({ dir: resolve(cwd, input.dir), env: input.env, ...(rootFixup ? { rootFixup } : {}) });
  const err = graphErrorToGoradar(loaded.graph);
  if (err) throw err;
  return loaded;
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
  const loaded = await loadCommandGraph(input, cwd);
  if (input.json) return { format: 'json', modules: await listModules(loaded) };
  return { format: 'text', lines: listLines(loaded) };
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
