import { loadGoEnv, type Environment } from '../modfetch/go-env.js';
import { graphSource } from '../modload/default-source.js';
import { advisoryTable, collectAdvisories, type ModuleAdvisories } from './advisories.js';

/** LoadAdvisoriesOptions say where advisories may come from. */
export interface LoadAdvisoriesOptions {
  /**
   * online also asks the GOPROXY list which versions exist and fetches the latest go.mod files the
   * local sources lack (verified against the checksum database, stored in the module cache), as
   * `go list -m -u -retracted` does. Without it, no lookup leaves the machine.
   */
  online?: boolean;
}

/**
 * loadAdvisories reads the advisories (retractions, deprecations) of paths: from the module cache,
 * then every file:// entry of GOPROXY — the same sources the graph commands use — and, online, the
 * GOPROXY list. An invalid GOPROXY contributes nothing rather than failing the report; home stands
 * in for an unset HOME.
 */
export async function loadAdvisories(paths: Iterable<string>, env: Environment, home: string, options: LoadAdvisoriesOptions = {}): Promise<ModuleAdvisories> {
  const withHome = { ...env, HOME: env.HOME || home };
  const goEnv = await loadGoEnv(withHome);
  const sources = graphSource({ goEnv, env: withHome, online: options.online === true, offlineReason: 'a report without --online' });
  try {
    return advisoryTable(await collectAdvisories(sources.source, paths));
  } finally {
    await sources.close();
  }
}
