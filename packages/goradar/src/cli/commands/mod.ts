import type { Command } from 'commander';
import type { CheckResult } from '../../modedit/mod-check.js';
import { writeJson } from '../io.js';
import type { CliContext } from '../main.js';

interface JsonFlag {
  json?: boolean;
}

const kindHelp = 'A file whose name ends in .work is read as go.work (as `go work edit` reads it); any other as go.mod (go.mod, vendor.mod …).';

/**
 * registerMod adds `goradar mod json|fmt|check`: go.mod / go.work / go.sum files read, printed and
 * checked exactly as the go command does, without needing go.
 */
export function registerMod(program: Command, ctx: CliContext): void {
  const mod = program.command('mod').description('Read, format and check go.mod, go.work and go.sum files exactly as the go command does.');

  mod
    .command('json')
    .description(`Print FILE as JSON, exactly as \`go mod edit -json FILE\` does. ${kindHelp} An invalid file prints go's error text and exits 1 (ERR_INVALID_FILE).`)
    .argument('<file>', 'go.mod or go.work file')
    .option('--json', 'accepted for uniformity: the output is JSON already')
    .action(async (file: string) => {
      const { runModJson } = await import('../../modedit/mod-commands.js');
      ctx.io.stdout(await runModJson({ file, cwd: ctx.io.cwd }));
      ctx.exitCode = 0;
    });

  mod
    .command('fmt')
    .description(
      `Print FILE as \`go mod edit -fmt FILE\` would write it (duplicates removed, blocks sorted); --write rewrites FILE in place, atomically, only when it changes. ${kindHelp} ` +
        'Invalid bytes are written back unchanged, to FILE with --write and to standard output without it (shown as U+FFFD with --json).',
    )
    .argument('<file>', 'go.mod or go.work file')
    .option('--write', 'rewrite the file instead of printing it')
    .option('--json', 'print {file, changed, written, formatted} as JSON')
    .action(async (file: string, flags: JsonFlag & { write?: boolean }) => {
      const { runModFmt } = await import('../../modedit/mod-commands.js');
      const { encodeGoText, toDisplayText } = await import('@goradar/gomod');
      const result = await runModFmt({ file, cwd: ctx.io.cwd, write: Boolean(flags.write) });
      if (flags.json) writeJson(ctx.io, { ...result, formatted: toDisplayText(result.formatted) });
      else if (!flags.write && ctx.io.stdoutBytes) ctx.io.stdoutBytes(encodeGoText(result.formatted));
      else if (!flags.write) ctx.io.stdout(toDisplayText(result.formatted));
      ctx.exitCode = 0;
    });

  mod
    .command('check')
    .description(
      'Check go.mod, go.work and go.sum files (*.sum: go.sum, go.work.sum, vendor.sum; *.work: go.work; anything else: go.mod) and report every problem as ' +
        '`file:line[:col]: message`, go.mod and go.work problems in the go command\'s words. Exit 0 when all are valid (warnings allowed), 1 when any has an error, 3 when a file cannot be read.',
    )
    .argument('<files...>', 'files to check')
    .option('--json', 'print {ok, files: [{file, kind, ok, problems, unreadable?}]} as JSON')
    .action(async (files: string[], flags: JsonFlag) => {
      const { runModCheck } = await import('../../modedit/mod-check.js');
      const result = await runModCheck(files, ctx.io.cwd);
      if (flags.json) writeJson(ctx.io, result);
      else printCheck(ctx, result);
      ctx.exitCode = result.files.some((f) => f.unreadable !== undefined) ? 3 : result.ok ? 0 : 1;
    });
}

function printCheck(ctx: CliContext, result: CheckResult): void {
  for (const f of result.files) {
    if (f.unreadable !== undefined) ctx.io.stderr(`goradar: ERR_IO: ${f.unreadable}\n`);
    for (const p of f.problems) ctx.io.stderr(p.severity === 'warning' ? `${p.text} (warning)\n` : `${p.text}\n`);
    if (f.ok && f.unreadable === undefined) ctx.io.stdout(`${f.file}: ok${f.problems.length > 0 ? ` (${f.problems.length} warning${f.problems.length > 1 ? 's' : ''})` : ''}\n`);
  }
}
