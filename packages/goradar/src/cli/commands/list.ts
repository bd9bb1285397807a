import type { Command } from 'commander';
import { stringifyGoJson, type GoJsonValue } from '@goradar/gomod';
import { GoradarError } from '../../errors.js';
import type { CliContext } from '../main.js';
import { addGraphSourceOptions } from './graph-options.js';

interface ListFlags {
  modules?: boolean;
  json?: boolean;
  mod?: string;
  offline?: boolean;
}

/**
 * registerList adds `goradar list -m all [DIR]`: the build list exactly as `go list -m all` prints
 * it (with --json, the objects of `go list -m -json all`), from the module cache and file:// GOPROXY
 * entries, fetching missing go.mod files through GOPROXY unless --offline.
 */
export function registerList(program: Command, ctx: CliContext): void {
  addGraphSourceOptions(program.command('list'))
    .description(
      'List the build list exactly as `go list -m all` does: go.mod files from the module cache, then file:// GOPROXY entries, then (unless --offline) fetched through GOPROXY. ' +
        'With --json, the objects of `go list -m -json all` (a stream of tab-indented objects, as go prints them): Path, Version, Replace, ' +
        'Time (from .info files), Main, Indirect, Dir (extracted modules only), GoMod, GoVersion, Sum and GoModSum (from go.sum). ' +
        'Fields that need the network (Versions, Update, Retracted, Deprecated, Origin) are never printed.',
    )
    .option('-m, --modules', 'list modules (required: goradar lists modules, not packages)')
    .option('--json', "print Go's JSON objects")
    .argument('<pattern>', 'all')
    .argument('[dir]', 'module directory (default: the current directory)', '.')
    .action(async (pattern: string, dir: string, flags: ListFlags) => {
      if (!flags.modules) throw new GoradarError('ERR_USAGE', 'goradar list needs -m: it lists modules (go list -m), not packages');
      const { runList } = await import('../../modload/list-command.js');
      const result = await runList({ dir, env: ctx.io.env, pattern, json: Boolean(flags.json), offline: Boolean(flags.offline), ...(flags.mod ? { mod: flags.mod } : {}) }, ctx.io.cwd);
      if (result.format === 'json') for (const m of result.modules) ctx.io.stdout(stringifyGoJson(m as unknown as GoJsonValue));
      else ctx.io.stdout(result.lines.map((l) => `${l}\n`).join(''));
      ctx.exitCode = 0;
    });
}
