import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { GoSumIndex, GraphSetupError, loadModuleGraph, ModuleError, ModuleNotFoundError, parseGoSumParts, type ModuleGraph, type RootFixup } from '@goradar/gomod';
import { GoradarError, isGoradarError } from '../errors.js';
import { readGoSumParts } from '../modedit/read-go-text.js';
import { loadGoEnv, type Environment, type GoEnv } from '../modfetch/go-env.js';
import { graphSource } from './default-source.js';
import { findMainModules, type MainModuleSet } from './find-main-modules.js';
import type { RequirementSource } from './requirement-source.js';
import { SummaryIndex, summaryIndexFile } from './summary-index.js';

/** LoadGraphForDirOptions say where to start and how to read modules. */
export interface LoadGraphForDirOptions {
  /** dir is the directory to start from (a module root or anywhere below one). */
  dir: string;
  /** env is the process environment (GOMODCACHE, GOPATH, GOPROXY, GOWORK, GOFLAGS, HOME …). */
  env: Environment;
  /** goEnv is the Go environment already read from env (read here when absent). */
  goEnv?: GoEnv;
  /** online lets go.mod files missing locally be fetched through GOPROXY (default: offline). */
  online?: boolean;
  /** source replaces the default source (module cache, file:// GOPROXY entries, the network when online). */
  source?: RequirementSource;
  /** rootFixup overrides the -mod mode from GOFLAGS (default `mod`: fix untidy roots as -mod=mod does). */
  rootFixup?: RootFixup;
}

/** DirGraph is a module graph with the context it was loaded in. */
export interface DirGraph {
  graph: ModuleGraph;
  set: MainModuleSet;
  source: RequirementSource;
  env: GoEnv;
  /** skippedNetwork is true when lookups stayed offline although GOPROXY names a network proxy. */
  skippedNetwork: boolean;
  /** sums reads (once) the checksums recorded in the main modules' go.sum files (and go.work.sum). */
  sums(): Promise<GoSumIndex>;
  /** close saves what was learned for the next run (the parsed-summary index) and releases network resources; call it when done. */
  close(): Promise<void>;
}

const MOD_MODES = ['', 'mod', 'readonly', 'vendor'];

/** checkModMode rejects -mod values the go command rejects, and those it rejects in workspace mode. */
function checkModMode(mode: string, workspace: boolean): void {
  if (!MOD_MODES.includes(mode)) throw new GoradarError('ERR_USAGE', `-mod=${mode} not supported (can be '', 'mod', 'readonly', or 'vendor')`);
  if (workspace && mode !== '' && mode !== 'readonly' && mode !== 'vendor') {
    throw new GoradarError(
      'ERR_USAGE',
      `-mod may only be set to readonly or vendor when in workspace mode, but it is set to ${JSON.stringify(mode)}\n\tRemove the -mod flag to use the default readonly value, \n\tor set GOWORK=off to disable workspace mode.`,
    );
  }
}

/**
 * loadGraphForDir finds the main module (or go.work workspace) for dir and loads its module graph
 * from the requirement source. Configuration problems throw GoradarError; a module whose go.mod
 * cannot be read leaves the graph with an error (graph.error) naming it and who required it.
 */
export async function loadGraphForDir(options: LoadGraphForDirOptions): Promise<DirGraph> {
  const env = options.goEnv ?? (await loadGoEnv(options.env));
  const set = await findMainModules(options.dir, env.GOWORK);
  checkModMode(env.mod, set.workspace !== undefined);
  const indexFile = options.source ? undefined : summaryIndexFile(env.GOMODCACHE, set.mainModules.map((m) => m.dir), options.env, homedir());
  const index = indexFile ? SummaryIndex.open(indexFile) : undefined;
  const built = options.source
    ? { source: options.source, skippedNetwork: false, close: async () => undefined }
    : graphSource({ goEnv: env, env: options.env, online: options.online ?? false, goSumFiles: goSumFiles(set), ...(index ? { index } : {}) });
  const rootFixup = options.rootFixup ?? (env.mod === 'readonly' ? 'readonly' : 'mod');
  const close = async (): Promise<void> => {
    await built.close();
    await index?.save();
  };
  let graph: ModuleGraph;
  try {
    graph = await loadModuleGraph({
      mainModules: set.mainModules,
      ...(set.workspace ? { workspace: set.workspace } : {}),
      source: built.source,
      readLocalGoMod: (d) => readFile(join(d, 'go.mod'), 'utf8'),
      rootFixup,
    });
  } catch (err) {
    await close();
    if (err instanceof GraphSetupError) throw new GoradarError('ERR_INVALID_FILE', err.message, { cause: err });
    throw err;
  }
  let sums: Promise<GoSumIndex> | undefined;
  return { graph, set, source: built.source, env, skippedNetwork: built.skippedNetwork, sums: () => (sums ??= readSums(set)), close };
}

/** goSumFiles names the checksum files of a main module set: each module's go.sum, then go.work.sum. */
function goSumFiles(set: MainModuleSet): string[] {
  const files = set.mainModules.map((m) => join(m.dir, 'go.sum'));
  if (set.workspace) files.push(join(dirname(set.workspace.file), 'go.work.sum'));
  return files;
}

async function readSums(set: MainModuleSet): Promise<GoSumIndex> {
  const parsed = await Promise.all(goSumFiles(set).map(async (f) => parseGoSumParts(f, await readGoSumParts(f))));
  return new GoSumIndex(parsed.flatMap((p) => p.entries));
}

/** causes lists err and the errors of its cause chain (a ModuleError's error included), outermost first. */
function causes(err: unknown): unknown[] {
  const out: unknown[] = [];
  for (let e = err; e !== undefined && !out.includes(e); e = e instanceof ModuleError ? e.err : e instanceof Error ? e.cause : undefined) out.push(e);
  return out;
}

const CACHE_HINT = 'warm the module cache (`go mod download`) or point GOPROXY at a proxy that has the module';

/**
 * graphErrorToGoradar turns the graph's load error into the CLI's error: ERR_GO_MOD_DIRTY for an
 * untidy go.mod under -mod=readonly; ERR_MODULE_OFFLINE when a go.mod is missing locally and lookups
 * stayed offline (skippedNetwork); the code of a failed network lookup (a checksum mismatch, a bad
 * GOPROXY …); else ERR_MODULE_GRAPH. The message names the module@version and who required it.
 */
export function graphErrorToGoradar(graph: ModuleGraph, skippedNetwork = false): GoradarError | undefined {
  const err = graph.error;
  if (!err) return undefined;
  if (err.message.startsWith('updates to go.mod needed')) {
    const hint = 'the go.mod does not list the versions the graph selects; run `go mod tidy`, or pass --mod=mod to see the graph the go command would compute';
    return new GoradarError('ERR_GO_MOD_DIRTY', err.message, { hint, exitCode: 1, cause: err });
  }
  const chain = causes(err);
  if (skippedNetwork && chain.some((e) => e instanceof ModuleNotFoundError)) {
    return new GoradarError('ERR_MODULE_OFFLINE', err.message, { hint: 'the go.mod is not in the module cache or a file:// proxy; run without --offline to fetch it through GOPROXY', cause: err });
  }
  const cause = chain.find(isGoradarError);
  if (cause) return new GoradarError(cause.code, err.message, { ...(cause.hint ? { hint: cause.hint } : {}), exitCode: cause.exitCode, cause: err });
  return new GoradarError('ERR_MODULE_GRAPH', err.message, { hint: CACHE_HINT, exitCode: 3, cause: err });
}
