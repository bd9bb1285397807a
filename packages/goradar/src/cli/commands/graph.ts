import type { Command } from 'commander';
import type { CliContext } from '../main.js';
import { addGraphSourceOptions } from './graph-options.js';

interface GraphFlags {
  format?: string;
  json?: boolean;
  check?: boolean;
  mod?: string;
  offline?: boolean;
}

/**
 * registerGraph adds `goradar graph [DIR]`: the module requirement graph exactly as `go mod graph`
 * prints it, or as JSON, Graphviz dot or Mermaid; with --check, findings about the graph.
 */
export function registerGraph(program: Command, ctx: CliContext): void {
  addGraphSourceOptions(program.command('graph'))
    .description(
      'Print the module requirement graph exactly as `go mod graph` does (go.mod files from the module cache, then file:// GOPROXY entries, then, unless --offline, fetched through GOPROXY). ' +
        '--format json|dot|mermaid for other uses; --check prints findings: several major versions of one module, versions raised by selection, ' +
        'requirements on retracted or excluded versions, replaced modules, pseudo-versions.',
    )
    .argument('[dir]', 'module directory (default: the current directory)', '.')
    .option('--format <format>', 'text (go mod graph), json, dot or mermaid', 'text')
    .option('--json', 'same as --format json (with --check: findings as JSON)')
    .option('--check', 'print findings about the graph instead of the graph')
    .action(async (dir: string, flags: GraphFlags) => {
      const { runGraph } = await import('../../modload/graph-command.js');
      const format = flags.json ? 'json' : (flags.format ?? 'text');
      const out = await runGraph({ dir, env: ctx.io.env, format, check: Boolean(flags.check), offline: Boolean(flags.offline), ...(flags.mod ? { mod: flags.mod } : {}) }, ctx.io.cwd);
      ctx.io.stdout(out);
      ctx.exitCode = 0;
    });
}
