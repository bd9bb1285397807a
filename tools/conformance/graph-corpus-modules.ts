/**
 * Real modules for the graph conformance suite and benchmark: every go.mod at the head of each
 * repository in the shared corpus (outside vendor/ and testdata/), staged with the repository's
 * other go.mod/go.sum/go.work files so that directory replacements resolve.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_DIR } from '../test-support/corpus.js';

export { CORPUS_DIR, corpusAvailable } from '../test-support/corpus.js';
/** WORK_DIR is where staged modules and the dedicated module cache live (git-ignored). */
export const WORK_DIR = resolve(fileURLToPath(new URL('../../bench/.work/graph', import.meta.url)));
/** MOD_CACHE is the dedicated GOMODCACHE the corpus modules are downloaded into. */
export const MOD_CACHE = join(WORK_DIR, 'gomodcache');

/** CorpusModule is one staged module: its repository, its go.mod path inside it, and its directory. */
export interface CorpusModule {
  repo: string;
  path: string;
  dir: string;
  goModBytes: number;
}

interface CsvRow {
  repo: string;
  label: string;
  path: string;
  kind: string;
  bytes: number;
  vendorOrTestdata: boolean;
}

function readIndex(): CsvRow[] {
  const text = readFileSync(join(CORPUS_DIR, 'files.csv'), 'utf8');
  return text
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const f = l.split(',');
      return { repo: f[0] ?? '', label: f[1] ?? '', path: f[3] ?? '', kind: f[4] ?? '', bytes: Number(f[5]), vendorOrTestdata: f[7] === '1' };
    });
}


/**
 * stageCorpusModules copies the head go.mod/go.sum/go.work files of every corpus repository into
 * WORK_DIR (keeping their relative paths) and returns each staged main module, largest go.mod first.
 */
export function stageCorpusModules(): CorpusModule[] {
  const rows = readIndex().filter((r) => r.label === 'head' && !r.vendorOrTestdata);
  const out: CorpusModule[] = [];
  for (const r of rows) {
    if (!['go.mod', 'go.sum'].includes(r.kind)) continue;
    const src = join(CORPUS_DIR, r.repo.replace('/', '__'), 'head', r.path);
    const dst = join(WORK_DIR, 'modules', r.repo.replace('/', '__'), r.path);
    if (!existsSync(src)) continue;
    mkdirSync(dirname(dst), { recursive: true });
    copyFileSync(src, dst);
    if (r.kind === 'go.mod') out.push({ repo: r.repo, path: r.path, dir: dirname(dst), goModBytes: r.bytes });
  }
  return out.sort((a, b) => b.goModBytes - a.goModBytes);
}
