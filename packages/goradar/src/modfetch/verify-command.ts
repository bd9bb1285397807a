/**
 * The implementation of `goradar verify [DIR]`: checks every module of the build list that is in
 * the module cache, and says what was checked and what changed.
 */
import type { ModuleVersion } from '@goradar/gomod';
import type { Environment } from './go-env.js';
import { loadGoEnv } from './go-env.js';
import { parseGoSum, type GoSum } from './go-sum.js';
import { ModuleCache } from './module-cache.js';
import { verifyModules, type VerifiedModule } from './verify-modules.js';
import { createZipWorkers } from './zip-workers.js';

/** BuildListLoader returns the build list of the module at dir and its go.sum files (name, text). */
export type BuildListLoader = (dir: string) => Promise<{ modules: ModuleVersion[]; goSums: Array<{ file: string; text: string }> }>;

/** VerifyRunResult is what `goradar verify` reports. */
export interface VerifyRunResult {
  modules: VerifiedModule[];
  /** ok is true when no module has a problem (go mod verify prints "all modules verified"). */
  ok: boolean;
  /** notInCache counts build-list modules with nothing in the cache (nothing to verify). */
  notInCache: number;
}

/** runVerify verifies the cached modules of dir's build list. */
export async function runVerify(dir: string, env: Environment, loadBuildList: BuildListLoader): Promise<VerifyRunResult> {
  const goEnv = await loadGoEnv(env);
  const { modules, goSums } = await loadBuildList(dir);
  const goSum: GoSum = new Map();
  for (const { file, text } of goSums) parseGoSum(file, text, goSum);
  const workers = createZipWorkers();
  let results: VerifiedModule[];
  try {
    results = await verifyModules(new ModuleCache(goEnv.GOMODCACHE), modules, { goSum, workers });
  } finally {
    await workers.close();
  }
  return {
    modules: results,
    ok: results.every((r) => r.problems.length === 0),
    notInCache: results.filter((r) => r.checked.length === 0 && r.problems.length === 0).length,
  };
}
