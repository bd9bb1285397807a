import type { Command } from 'commander';
import type { CliContext } from '../main.js';

interface GraphFlags {
  format?: string;
  json?: boolean;
  check?: boolean;
  mod?: string;
}

/**
 * registerGraph adds `goradar graph [DIR]`: the module requirement graph exactly as `go mod graph`
 * prints it, or as JSON, Graphviz dot or Mermaid; with --check, findings about the graph.
 */
export function registerGraph(program: Command, ctx: CliContext): void {
  program
    .command('graph')
    .description(
      'Print the module requirement graph exactly as `go mod graph` does (offline: module cache, then file:// GOPROXY entries). ' +
        '--format json|dot|mermaid for other uses; --check prints findings: several major versions of one module, versions raised by selection, ' +
        'requirements on retracted or excluded versions, replaced modules, pseudo-versions.',
    )
    .argument('[dir]', 'module directory (default: the current directory)', '.')
    .option('--format <format>', 'text (go mod graph), json, dot or mermaid', 'text')
    .option('--json', 'same as --format json (with --check: findings as JSON)')
    .option('--check', 'print findings about the graph instead of the graph')
    .option('--mod <mode>', 'untidy go.mod handling: mod or readonly (see goradar list --help)')
    .action(async (dir: string, flags: GraphFlags) => {
      const { runGraph } = await import('../../modload/graph-command.js');
      const format = flags.json ? 'json' : (flags.format ?? 'text');
      const out = await runGraph({ dir, env: ctx.io.env, format, check: Boolean(flags.check), ...(flags.mod ? { mod: flags.mod } : {}) }, ctx.io.cwd);
      ctx.io.stdout(out);
      ctx.exitCode = 0;
    });
}
