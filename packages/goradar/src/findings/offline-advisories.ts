import { loadGoEnv, type Environment } from '../modfetch/go-env.js';
import { offlineSource } from '../modload/default-source.js';
import { advisoryTable, collectAdvisories, type ModuleAdvisories } from './advisories.js';

/**
 * loadOfflineAdvisories reads the advisories (retractions, deprecations) of paths without the
 * network: from the module cache, then every file:// entry of GOPROXY, the same offline source the
 * graph commands use. An invalid GOPROXY contributes nothing rather than failing the report; home
 * stands in for an unset HOME.
 */
export async function loadOfflineAdvisories(paths: Iterable<string>, env: Environment, home: string): Promise<ModuleAdvisories> {
  const goEnv = await loadGoEnv({ ...env, HOME: env.HOME || home });
  return advisoryTable(await collectAdvisories(offlineSource(goEnv), paths));
}
