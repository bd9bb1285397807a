import type { Command } from 'commander';
import { GoradarError } from '../../errors.js';
import { writeJson } from '../io.js';
import type { CliContext } from '../main.js';
import { addGraphSourceOptions } from './graph-options.js';

interface WhyFlags {
  modules?: boolean;
  all?: boolean;
  limit?: string;
  json?: boolean;
  mod?: string;
  offline?: boolean;
}

/**
 * registerWhy adds `goradar why -m MODULE... [DIR]`: the shortest requirement path from a main
 * module to each module (module-level, unlike `go mod why`, which follows package imports).
 */
export function registerWhy(program: Command, ctx: CliContext): void {
  addGraphSourceOptions(program.command('why'))
    .description(
      'Show the shortest module requirement path from a main module to each MODULE (path, or path@version for that exact vertex); ' +
        '--all shows every path up to --limit. Unlike `go mod why`, this follows go.mod requirements, not package imports (see docs/graph.md).',
    )
    .option('-m, --modules', 'arguments are modules (required, as for go mod why -m)')
    .option('--all', 'show every requirement path, shortest first')
    .option('--limit <n>', 'with --all, stop after n paths per module', '20')
    .option('--json', 'print the paths as JSON')
    .argument('<args...>', 'MODULE... [DIR]')
    .action(async (args: string[], flags: WhyFlags) => {
      if (!flags.modules) throw new GoradarError('ERR_USAGE', 'goradar why needs -m: it explains modules, not packages');
      const limit = Number(flags.limit ?? '20');
      if (!Number.isInteger(limit) || limit < 1) throw new GoradarError('ERR_USAGE', `invalid --limit ${JSON.stringify(flags.limit)}`);
      const { runWhy, splitModulesAndDir } = await import('../../modload/why-command.js');
      const { modules, dir } = await splitModulesAndDir(args, ctx.io.cwd);
      const out = await runWhy({ dir, env: ctx.io.env, modules, all: Boolean(flags.all), limit, offline: Boolean(flags.offline), ...(flags.mod ? { mod: flags.mod } : {}) }, ctx.io.cwd);
      if (flags.json) writeJson(ctx.io, out.results);
      else ctx.io.stdout(out.text);
      ctx.exitCode = 0;
    });
}
