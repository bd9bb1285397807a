import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { gover } from '@goradar/gomod';
import { readGoSumParts } from '../../modedit/read-go-text.js';
import { writeJson } from '../io.js';
import type { CliContext } from '../main.js';

interface VerifyFlags {
  json?: boolean;
}

async function loadBuildList(ctx: CliContext, dir: string) {
  const { loadGraphForDir, graphErrorToGoradar } = await import('../../modload/load-graph-for-dir.js');
  const loaded = await loadGraphForDir({ dir, env: ctx.io.env });
  const err = graphErrorToGoradar(loaded.graph);
  if (err) throw err;
  const modules = loaded.graph.buildList().filter((m) => m.version !== '' && !gover.isToolchainModule(m.path));
  const files = loaded.set.mainModules.map((m) => join(m.dir, 'go.sum'));
  if (loaded.set.workspace) files.push(join(loaded.set.workspace.file, '..', 'go.work.sum'));
  const goSums = await Promise.all(files.map(async (file) => ({ file, text: await readGoSumParts(file) })));
  return { modules, goSums };
}

/**
 * registerVerify adds `goradar verify [DIR]`: what `go mod verify` does — every module of the build
 * list found in the module cache must still match its recorded hashes — with a report per module.
 */
export function registerVerify(program: Command, ctx: CliContext): void {
  program
    .command('verify')
    .description(
      'Check that the cached modules of the build list are unmodified, as `go mod verify` does: zip and extracted tree against .ziphash, go.mod and zip against go.sum. ' +
        'Prints "all modules verified" or one line per problem; exit 1 when anything changed.',
    )
    .option('--json', 'print the per-module outcome as JSON')
    .argument('[dir]', 'module directory (default: the current directory)', '.')
    .action(async (dir: string, flags: VerifyFlags) => {
      const { runVerify } = await import('../../modfetch/verify-command.js');
      const target = resolve(ctx.io.cwd, dir);
      const result = await runVerify(target, ctx.io.env, (d) => loadBuildList(ctx, d));
      if (flags.json) {
        writeJson(ctx.io, result);
      } else if (result.ok) {
        ctx.io.stdout('all modules verified\n');
      } else {
        for (const m of result.modules) for (const p of m.problems) ctx.io.stderr(`${p.message}\n`);
      }
      ctx.exitCode = result.ok ? 0 : 1;
    });
}
