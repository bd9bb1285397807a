/**
 * The shared corpus of real go.mod / go.work / go.sum files (../shared/corpus, indexed by
 * files.csv). It is read in place and may be absent: callers then skip it, saying so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { corpusAvailable, CORPUS_DIR } from '../test-support/corpus.js';

/** CorpusFile is one file of the corpus. */
export interface CorpusFile {
  /** label is `owner/name@label:path`. */
  label: string;
  /** kind is files.csv's kind: go.mod, go.sum, go.work, go.work.sum, vendor.mod, vendor.sum. */
  kind: string;
  /** name is the file's base name. */
  name: string;
  absolutePath: string;
}

/** corpusRoot returns the corpus directory (GORADAR_CORPUS overrides), or undefined when absent. */
export function corpusRoot(): string | undefined {
  return corpusAvailable() ? CORPUS_DIR : undefined;
}

/** listCorpusFiles returns the corpus files of the given kinds, in files.csv order ([] when absent). */
export function listCorpusFiles(kinds: readonly string[]): CorpusFile[] {
  const root = corpusRoot();
  if (!root) return [];
  const [header, ...rows] = readFileSync(join(root, 'files.csv'), 'utf8').split('\n').filter((l) => l !== '').map(splitCsvLine);
  const col = (name: string): number => (header ?? []).indexOf(name);
  const [repoCol, labelCol, pathCol, kindCol] = [col('repo'), col('label'), col('path'), col('kind')];
  const out: CorpusFile[] = [];
  for (const row of rows) {
    const [repo, label, path, kind] = [row[repoCol] ?? '', row[labelCol] ?? '', row[pathCol] ?? '', row[kindCol] ?? ''];
    if (!kinds.includes(kind)) continue;
    const absolutePath = join(root, repo.replace('/', '__'), label, path);
    if (existsSync(absolutePath)) out.push({ label: `${repo}@${label}:${path}`, kind, name: basename(path), absolutePath });
  }
  return out;
}

// splitCsvLine splits one RFC 4180 line (quoted fields may hold commas and doubled quotes).
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      out.push(field);
      field = '';
    } else {
      field += c;
    }
  }
  out.push(field);
  return out;
}
