import type { Command } from 'commander';
import { writeJson } from '../io.js';
import type { CliContext } from '../main.js';
import { addGraphSourceOptions } from './graph-options.js';

interface DependentsFlags {
  json?: boolean;
  mod?: string;
  offline?: boolean;
}

/** registerDependents adds `goradar dependents MODULE [DIR]`: every module in the graph that requires MODULE. */
export function registerDependents(program: Command, ctx: CliContext): void {
  addGraphSourceOptions(program.command('dependents'))
    .description('List the reverse requirement edges into MODULE (any version, or path@version): which graph vertices require it, and at which version.')
    .argument('<module>', 'module path, or path@version')
    .argument('[dir]', 'module directory (default: the current directory)', '.')
    .option('--json', 'print the edges as JSON')
    .action(async (module: string, dir: string, flags: DependentsFlags) => {
      const { runDependents } = await import('../../modload/why-command.js');
      const out = await runDependents({ dir, env: ctx.io.env, module, offline: Boolean(flags.offline), ...(flags.mod ? { mod: flags.mod } : {}) }, ctx.io.cwd);
      if (flags.json) writeJson(ctx.io, out.dependents);
      else ctx.io.stdout(out.text);
      ctx.exitCode = 0;
    });
}
