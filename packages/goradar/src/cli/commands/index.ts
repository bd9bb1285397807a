import type { Command } from 'commander';
import type { CliContext } from '../main.js';

/**
 * registerCommands adds every goradar command to program. Each command lives in its own file and
 * imports its implementation lazily, so `goradar --help` stays fast.
 */
export function registerCommands(program: Command, ctx: CliContext): void {
  void program;
  void ctx;
}
