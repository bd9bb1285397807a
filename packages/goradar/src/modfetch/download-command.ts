/**
 * The implementation of `goradar download`: builds the fetcher from the environment, downloads each
 * argument and returns the objects to print.
 */
import { GoradarError } from '../errors.js';
import type { Environment } from './go-env.js';
import { createFetchContext } from './fetch-context.js';
import { downloadModules, type DownloadedModule } from './download-modules.js';

/** DownloadRunOptions are the command's inputs. */
export interface DownloadRunOptions {
  args: readonly string[];
  env: Environment;
}

/** DownloadRunResult lists one object per argument; ok is false when any has an Error. */
export interface DownloadRunResult {
  modules: DownloadedModule[];
  ok: boolean;
}

/** runDownload downloads every `MODULE@VERSION` into the module cache. */
export async function runDownload(options: DownloadRunOptions): Promise<DownloadRunResult> {
  if (options.args.length === 0) throw new GoradarError('ERR_USAGE', 'goradar download needs at least one MODULE@VERSION');
  const context = await createFetchContext({ env: options.env });
  if (!context.goEnv.GOMODCACHE) throw new GoradarError('ERR_IO', 'cannot find the module cache: neither GOMODCACHE nor GOPATH nor HOME is set');
  try {
    const modules = await downloadModules(context.fetcher, options.args);
    return { modules, ok: modules.every((m) => m.Error === undefined) };
  } finally {
    context.close();
  }
}
