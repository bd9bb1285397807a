/**
 * The implementation of `goradar verify [DIR]`: checks every module of the build list that is in
 * the module cache, and says what was checked and what changed.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { ModuleVersion } from '@goradar/gomod';
import type { Environment } from './go-env.js';
import { loadGoEnv } from './go-env.js';
import { parseGoSum, type GoSum } from './go-sum.js';
import { ModuleCache } from './module-cache.js';
import { verifyModules, type VerifiedModule } from './verify-modules.js';
import { createZipWorkers } from './zip-workers.js';

/** BuildListLoader returns the build list of the module at dir and its go.sum files (name, text). */
export type BuildListLoader = (dir: string) => Promise<{ modules: ModuleVersion[]; goSums: Array<{ file: string; text: string | readonly string[] }> }>;

/** VerifyRunResult is what `goradar verify` reports. */
export interface VerifyRunResult {
  modules: VerifiedModule[];
  /** ok is true when no module has a problem (go mod verify prints "all modules verified"). */
  ok: boolean;
  /** notInCache counts build-list modules with nothing in the cache (nothing to verify). */
  notInCache: number;
}

function hasGoSumLines(dir: string): boolean {
  try {
    return statSync(join(dir, 'go.sum')).size > 0;
  } catch {
    return false;
  }
}

/** runVerify verifies the cached modules of dir's build list. */
export async function runVerify(dir: string, env: Environment, loadBuildList: BuildListLoader): Promise<VerifyRunResult> {
  // This thread has nothing else to do but hash too, so every job, however small, goes through the
  // pool, which runs it here whenever no worker has room. When go.sum lists anything, there will be
  // hashing: the workers start while the build list loads.
  const workers = createZipWorkers({ shareCallingThread: true, inlineBelow: 0 });
  if (hasGoSumLines(dir)) workers.warm();
  try {
    const goEnv = await loadGoEnv(env);
    const { modules, goSums } = await loadBuildList(dir);
    const goSum: GoSum = new Map();
    for (const { file, text } of goSums) parseGoSum(file, text, goSum);
    const results = await verifyModules(new ModuleCache(goEnv.GOMODCACHE), modules, { goSum, workers });
    return {
      modules: results,
      ok: results.every((r) => r.problems.length === 0),
      notInCache: results.filter((r) => r.checked.length === 0 && r.problems.length === 0).length,
    };
  } finally {
    // The workers stop while the result is printed; nothing needs to wait for them.
    void workers.close();
  }
}
