import type { Command } from 'commander';

/**
 * addGraphSourceOptions adds the options every module-graph command shares: --mod (how an untidy
 * go.mod is handled) and --offline (where go.mod files may come from).
 */
export function addGraphSourceOptions(command: Command): Command {
  return command
    .option('--mod <mode>', 'untidy go.mod handling: mod (recompute roots, as -mod=mod) or readonly (fail, as go list does by default); default: -mod in GOFLAGS, else mod')
    .option(
      '--offline',
      'never fetch: read go.mod files only from the module cache and file:// GOPROXY entries. By default missing ones are fetched through GOPROXY into the module cache, verified against go.sum and GOSUMDB, as go does',
    );
}
