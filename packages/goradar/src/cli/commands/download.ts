import type { Command } from 'commander';
import { stringifyGoJson, type GoJsonValue } from '@goradar/gomod';
import type { CliContext } from '../main.js';

interface DownloadFlags {
  json?: boolean;
}

/**
 * registerDownload adds `goradar download [--json] MODULE@VERSION…`: fills the module cache through
 * GOPROXY (verifying go.sum and the checksum database) and, with --json, prints the objects of
 * `go mod download -json`.
 */
export function registerDownload(program: Command, ctx: CliContext): void {
  program
    .command('download')
    .description(
      'Download modules into the module cache (Go layout, usable by go offline) through GOPROXY, checking hashes against the checksum database (GOSUMDB). ' +
        'With --json, print the objects of `go mod download -json`: Path, Version, Error, Info, GoMod, Zip, Dir, Sum, GoModSum.',
    )
    .option('--json', "print Go's JSON objects, one per module")
    .argument('<modules...>', 'MODULE@VERSION (a version, a query the proxy resolves, or latest)')
    .action(async (modules: string[], flags: DownloadFlags) => {
      const { runDownload } = await import('../../modfetch/download-command.js');
      const result = await runDownload({ args: modules, env: ctx.io.env });
      for (const m of result.modules) {
        if (flags.json) ctx.io.stdout(stringifyGoJson(m as unknown as GoJsonValue));
        else if (m.Error) ctx.io.stderr(`goradar: ${m.Error}\n`);
        else ctx.io.stdout(`${m.Path} ${m.Version} ${m.Sum}\n`);
      }
      ctx.exitCode = result.ok ? 0 : 1;
    });
}
