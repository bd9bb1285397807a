import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { findDependents, formatDependents, type Dependent } from './dependents.js';
import { withCommandGraph, type GraphCommandInput } from './list-command.js';
import { formatWhy, whyAll, whyShortest, type WhyResult } from './why-modules.js';

/** looksLikeDir reports whether a trailing argument names a directory rather than a module. */
export async function looksLikeDir(arg: string, cwd: string): Promise<boolean> {
  if (arg === '.' || arg === '..' || /^(\.{1,2}\/|\/|~)/.test(arg)) return true;
  if ((arg.split('/')[0] ?? '').includes('.')) return false;
  try {
    return (await stat(resolve(cwd, arg))).isDirectory();
  } catch {
    return false;
  }
}

/** splitModulesAndDir separates `MODULE... [DIR]` arguments. */
export async function splitModulesAndDir(args: readonly string[], cwd: string): Promise<{ modules: string[]; dir: string }> {
  const last = args[args.length - 1];
  if (args.length > 1 && last !== undefined && (await looksLikeDir(last, cwd))) return { modules: args.slice(0, -1), dir: last };
  return { modules: [...args], dir: '.' };
}

/** runWhy answers `goradar why -m MODULE...`: shortest requirement paths, or every path up to limit. */
export async function runWhy(input: GraphCommandInput & { modules: string[]; all: boolean; limit: number }, cwd: string): Promise<{ results: WhyResult[]; text: string }> {
  const results = await withCommandGraph(input, cwd, ({ graph }) => input.modules.map((m) => (input.all ? whyAll(graph, m, input.limit) : whyShortest(graph, m))));
  return { results, text: formatWhy(results) };
}

/** runDependents answers `goradar dependents MODULE`: the reverse edges into the module. */
export async function runDependents(input: GraphCommandInput & { module: string }, cwd: string): Promise<{ dependents: Dependent[]; text: string }> {
  const dependents = await withCommandGraph(input, cwd, ({ graph }) => findDependents(graph, input.module));
  return { dependents, text: formatDependents(input.module, dependents) };
}
