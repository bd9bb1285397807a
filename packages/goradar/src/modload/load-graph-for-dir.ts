import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { GoSumIndex, GraphSetupError, loadModuleGraph, parseGoSum, type ModuleGraph, type RootFixup } from '@goradar/gomod';
import { GoradarError } from '../errors.js';
import { offlineSource } from './default-source.js';
import { findMainModules, type MainModuleSet } from './find-main-modules.js';
import { readGoEnv, type GoEnv } from './go-env.js';
import type { RequirementSource } from './requirement-source.js';
import { SummaryIndex, summaryIndexFile } from './summary-index.js';

/** LoadGraphForDirOptions say where to start and how to read modules. */
export interface LoadGraphForDirOptions {
  /** dir is the directory to start from (a module root or anywhere below one). */
  dir: string;
  /** env is the process environment (GOMODCACHE, GOPATH, GOPROXY, GOWORK, GOFLAGS, HOME). */
  env: Readonly<Record<string, string | undefined>>;
  /** source replaces the default offline source (module cache, then file:// GOPROXY entries). */
  source?: RequirementSource;
  /** rootFixup overrides the -mod mode from GOFLAGS (default `mod`: fix untidy roots as -mod=mod does). */
  rootFixup?: RootFixup;
}

/** LoadedGraph is a module graph with the context it was loaded in. */
export interface DirGraph {
  graph: ModuleGraph;
  set: MainModuleSet;
  source: RequirementSource;
  env: GoEnv;
  /** sums reads (once) the checksums recorded in the main modules' go.sum files (and go.work.sum). */
  sums(): Promise<GoSumIndex>;
  /** flush saves what was learned for the next run (the parsed-summary index); call it when done. */
  flush(): Promise<void>;
}

/**
 * loadGraphForDir finds the main module (or go.work workspace) for dir and loads its module graph
 * from the requirement source. Configuration problems throw GoradarError; a module whose go.mod
 * cannot be read leaves the graph with an error (graph.error) naming it and who required it.
 */
export async function loadGraphForDir(options: LoadGraphForDirOptions): Promise<DirGraph> {
  const env = readGoEnv(options.env, homedir());
  const set = await findMainModules(options.dir, env.goWork);
  if (set.workspace && env.modMode !== '' && env.modMode !== 'readonly' && env.modMode !== 'vendor') {
    throw new GoradarError(
      'ERR_USAGE',
      `-mod may only be set to readonly or vendor when in workspace mode, but it is set to ${JSON.stringify(env.modMode)}\n\tRemove the -mod flag to use the default readonly value, \n\tor set GOWORK=off to disable workspace mode.`,
    );
  }
  const indexFile = options.source ? undefined : summaryIndexFile(env.modCache, set.mainModules.map((m) => m.dir), options.env, homedir());
  const index = indexFile ? SummaryIndex.open(indexFile) : undefined;
  const source = options.source ?? offlineSource(env, [], index);
  const rootFixup = options.rootFixup ?? (env.modMode === 'readonly' ? 'readonly' : 'mod');
  let graph: ModuleGraph;
  try {
    graph = await loadModuleGraph({
      mainModules: set.mainModules,
      ...(set.workspace ? { workspace: set.workspace } : {}),
      source,
      readLocalGoMod: (d) => readFile(join(d, 'go.mod'), 'utf8'),
      rootFixup,
    });
  } catch (err) {
    if (err instanceof GraphSetupError) throw new GoradarError('ERR_INVALID_FILE', err.message, { cause: err });
    throw err;
  }
  let sums: Promise<GoSumIndex> | undefined;
  return { graph, set, source, env, sums: () => (sums ??= readSums(set)), flush: async () => index?.save() };
}

async function readSums(set: MainModuleSet): Promise<GoSumIndex> {
  const files = set.mainModules.map((m) => join(m.dir, 'go.sum'));
  if (set.workspace) files.push(join(dirname(set.workspace.file), 'go.work.sum'));
  const parsed = await Promise.all(files.map(async (f) => parseGoSum(f, await readFile(f, 'utf8').catch(() => ''))));
  return new GoSumIndex(parsed.flatMap((p) => p.entries));
}

/** graphErrorToGoradar turns the graph's load error into the CLI's error (exit 3: a module source lacks something). */
export function graphErrorToGoradar(graph: ModuleGraph): GoradarError | undefined {
  const err = graph.error;
  if (!err) return undefined;
  const code = err.message.startsWith('updates to go.mod needed') ? 'ERR_GO_MOD_DIRTY' : 'ERR_MODULE_GRAPH';
  const hint =
    code === 'ERR_GO_MOD_DIRTY'
      ? 'the go.mod does not list the versions the graph selects; run `go mod tidy`, or pass --mod=mod to see the graph the go command would compute'
      : 'warm the module cache (`go mod download`) or point GOPROXY at a file:// proxy that has the module';
  return new GoradarError(code, err.message, { hint, exitCode: code === 'ERR_GO_MOD_DIRTY' ? 1 : 3, cause: err });
}
