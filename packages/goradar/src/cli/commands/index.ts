import type { Command } from 'commander';
import type { CliContext } from '../main.js';
import { registerDependents } from './dependents.js';
import { registerDownload } from './download.js';
import { registerGraph } from './graph.js';
import { registerList } from './list.js';
import { registerWhy } from './why.js';
import { registerReport } from './report.js';
import { registerScan } from './scan.js';
import { registerVerify } from './verify.js';
import { registerMod } from './mod.js';

/**
 * registerCommands adds every goradar command to program. Each command lives in its own file and
 * imports its implementation lazily, so `goradar --help` stays fast.
 */
export function registerCommands(program: Command, ctx: CliContext): void {
  registerScan(program, ctx);
  registerReport(program, ctx);
  registerList(program, ctx);
  registerGraph(program, ctx);
  registerWhy(program, ctx);
  registerDependents(program, ctx);
  registerDownload(program, ctx);
  registerVerify(program, ctx);
  registerMod(program, ctx);
}
