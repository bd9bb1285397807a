/**
 * Where the compiled script of a worker thread is. Worker threads run compiled JavaScript: in the
 * build, a worker script sits beside the module that starts it; when that module itself runs from
 * the TypeScript sources (tests, tsx), the compiled copy under the package's dist/ is used.
 */
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * builtWorkerScript returns the path of script (for example `analyze-worker.js`) in the built
 * folder of the module at moduleUrl: the same folder for a module in dist/, the matching folder of
 * dist/ for a module in src/.
 */
export function builtWorkerScript(moduleUrl: string, script: string): string {
  const here = fileURLToPath(moduleUrl);
  const dir = `${dirname(here)}${sep}`;
  const marker = `${sep}src${sep}`;
  const at = dir.lastIndexOf(marker);
  if (here.endsWith('.js') || at < 0) return join(dir, script);
  return join(dir.slice(0, at), 'dist', dir.slice(at + marker.length), script);
}
