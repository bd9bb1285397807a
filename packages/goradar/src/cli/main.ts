import { Command, CommanderError } from 'commander';
import { GoradarError, isGoradarError, redactCredentials, type ExitCode } from '../errors.js';
import { registerCommands } from './commands/index.js';
import { processIo, writeJson, type CliIo } from './io.js';

/** CliContext is handed to every command: its I/O and a way to set the exit code. */
export interface CliContext {
  io: CliIo;
  exitCode: ExitCode;
}

/**
 * main runs the goradar CLI with argv (without node and script) and returns the exit code.
 * Errors are printed to stderr as `goradar: CODE: message` (or as JSON with --json).
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const ctx: CliContext = { io, exitCode: 0 };
  const program = new Command('goradar')
    .description('The truth about Go dependencies and Go practice, for one repository or a fleet.')
    .version(VERSION, '--version')
    .showHelpAfterError()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  registerCommands(program, ctx);
  for (const cmd of program.commands) applyExitOverride(cmd);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    return reportError(err, ctx, argv.includes('--json'));
  }
  return ctx.exitCode;
}

const VERSION = '0.1.0';

function applyExitOverride(cmd: Command): void {
  cmd.exitOverride().configureOutput(cmd.parent?.configureOutput() ?? {});
  for (const sub of cmd.commands) applyExitOverride(sub);
}

function reportError(err: unknown, ctx: CliContext, json: boolean): number {
  if (err instanceof CommanderError) {
    // Help and version requests end through the same path, with exit code 0.
    return err.exitCode === 0 ? 0 : 2;
  }
  const error = isGoradarError(err) ? err : new GoradarError('ERR_INTERNAL', `internal error: ${errorText(err)}`);
  if (json) {
    writeJson({ ...ctx.io, stdout: ctx.io.stderr }, { error: { code: error.code, message: error.message, hint: error.hint } });
  } else {
    ctx.io.stderr(`goradar: ${error.code}: ${error.message}\n`);
    if (error.hint) ctx.io.stderr(`hint: ${error.hint}\n`);
    if (error.code === 'ERR_INTERNAL' && err instanceof Error && err.stack) ctx.io.stderr(`${redactCredentials(err.stack)}\n`);
  }
  return error.exitCode;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
