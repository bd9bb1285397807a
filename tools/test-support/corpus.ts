/**
 * Where the shared corpus of real go.mod / go.sum / go.work files is read from: GORADAR_CORPUS, else
 * ../shared/corpus beside the project checkout. Tests and suites that need it skip cleanly when it
 * is absent.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** CORPUS_DIR is the corpus directory (which may be absent). */
export const CORPUS_DIR = process.env.GORADAR_CORPUS ?? fileURLToPath(new URL('../../../shared/corpus', import.meta.url));

/** corpusAvailable reports whether the corpus is present (its files.csv index exists). */
export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS_DIR, 'files.csv'));
}
