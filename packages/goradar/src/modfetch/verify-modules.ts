/**
 * `goradar verify`: what `go mod verify` does for each module of the build list that is in the
 * cache — the zip and the extracted tree must still hash to the recorded `.ziphash` — plus the
 * cached go.mod (and the zip hash) against go.sum, which the go command checks while loading the
 * graph. https://go.dev/ref/mod#go-mod-verify
 */
import { readFileSync, statSync } from 'node:fs';
import type { ModuleVersion } from '@goradar/gomod';
import { mapConcurrently } from '../concurrency.js';
import { hashGoMod } from './dirhash.js';
import type { GoSum } from './go-sum.js';
import type { ModuleCache } from './module-cache.js';
import { INLINE_ZIP_WORKERS, type ZipWorkers } from './zip-workers.js';

/** VerifyProblem is one finding about one module: what was checked, and what is wrong. */
export interface VerifyProblem {
  kind: 'missing-ziphash' | 'zip-modified' | 'dir-modified' | 'unreadable' | 'go-mod-mismatch' | 'zip-sum-mismatch';
  /** message is the go command's text where it has one (`path version: zip has been modified (file)`). */
  message: string;
}

/** VerifiedModule is the outcome for one module. */
export interface VerifiedModule {
  path: string;
  version: string;
  /** checked lists what was hashed: zip, dir, go.mod. Empty when nothing is in the cache. */
  checked: Array<'zip' | 'dir' | 'go.mod'>;
  problems: VerifyProblem[];
}

// Small look-ups are synchronous, as in module-cache.ts.
function sizeOf(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}

function readZipHashFile(file: string): string | Error {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    return err as Error;
  }
}

type Outcome = { hash: string } | { error: Error };

const settle = (work: Promise<string>): Promise<Outcome> =>
  work.then(
    (hash) => ({ hash }),
    (error: Error) => ({ error }),
  );

// The zip and the tree are hashed at the same time; their outcomes are read in Go's order, the zip
// first, and a failure ends the checks of the module there.
async function checkZipAndDir(cache: ModuleCache, mod: ModuleVersion, result: VerifiedModule, workers: ZipWorkers): Promise<void> {
  const id = `${mod.path} ${mod.version}`;
  const zip = cache.cacheFile(mod, 'zip');
  const dir = cache.moduleDir(mod);
  const [zipSize, dirState] = [sizeOf(zip), await cache.dirState(mod)];
  const zipHash = readZipHashFile(cache.cacheFile(mod, 'ziphash'));
  if (zipHash instanceof Error) {
    if (zipSize === undefined && dirState === 'missing') return;
    result.problems.push({ kind: 'missing-ziphash', message: `${id}: missing ziphash: open ${cache.cacheFile(mod, 'ziphash')}: no such file or directory` });
    return;
  }
  const h = zipHash.trim();
  const fromZip = zipSize === undefined ? undefined : settle(workers.hashZip({ file: zip, size: zipSize }));
  const fromDir = dirState === 'missing' ? undefined : settle(workers.hashDir(dir, `${mod.path}@${mod.version}`, zipSize));
  for (const [what, pending] of [['zip', fromZip], ['dir', fromDir]] as const) {
    if (!pending) continue;
    result.checked.push(what);
    const outcome = await pending;
    if ('error' in outcome) {
      result.problems.push({ kind: 'unreadable', message: `${id}: ${outcome.error.message}` });
      return;
    }
    if (outcome.hash !== h) result.problems.push({ kind: `${what}-modified`, message: `${id}: ${what} has been modified (${what === 'zip' ? zip : dir})` });
  }
}

function checkAgainstGoSum(goSum: GoSum | undefined, key: string, got: string): string | undefined {
  const recorded = goSum?.get(key) ?? [];
  if (recorded.length === 0 || recorded.includes(got)) return undefined;
  return recorded.find((h) => h.startsWith('h1:'));
}

async function checkRecorded(cache: ModuleCache, mod: ModuleVersion, goSum: GoSum | undefined, result: VerifiedModule): Promise<void> {
  const gomod = await cache.readGoMod(mod);
  if (gomod !== undefined) {
    result.checked.push('go.mod');
    const expected = checkAgainstGoSum(goSum, `${mod.path} ${mod.version}/go.mod`, hashGoMod(gomod));
    if (expected) {
      result.problems.push({
        kind: 'go-mod-mismatch',
        message: `verifying ${mod.path}@${mod.version}/go.mod: checksum mismatch\n\tdownloaded: ${hashGoMod(gomod)}\n\tgo.sum:     ${expected}`,
      });
    }
  }
  const zipHash = await cache.readZipHash(mod);
  const expected = zipHash === undefined ? undefined : checkAgainstGoSum(goSum, `${mod.path} ${mod.version}`, zipHash);
  if (expected) {
    result.problems.push({ kind: 'zip-sum-mismatch', message: `verifying ${mod.path}@${mod.version}: checksum mismatch\n\tdownloaded: ${zipHash}\n\tgo.sum:     ${expected}` });
  }
}

/** VerifyOptions tune verifyModules. */
export interface VerifyOptions {
  /** goSum holds the recorded hashes the cached go.mod and zip hash must match. */
  goSum?: GoSum;
  /** concurrency bounds the modules checked at once (default 4). */
  concurrency?: number;
  /** workers do the hashing (default: on the calling thread). */
  workers?: ZipWorkers;
}

/** verifyModule checks one module version in the cache. */
export async function verifyModule(cache: ModuleCache, mod: ModuleVersion, options: VerifyOptions = {}): Promise<VerifiedModule> {
  const result: VerifiedModule = { path: mod.path, version: mod.version, checked: [], problems: [] };
  await checkRecorded(cache, mod, options.goSum, result);
  await checkZipAndDir(cache, mod, result, options.workers ?? INLINE_ZIP_WORKERS);
  return result;
}

/** verifyModules checks every module (a few at a time) and returns the outcomes in order. */
export async function verifyModules(cache: ModuleCache, mods: readonly ModuleVersion[], options: VerifyOptions = {}): Promise<VerifiedModule[]> {
  return mapConcurrently(mods, options.concurrency ?? 4, (mod) => verifyModule(cache, mod, options));
}
