import { ModuleNotFoundError, type ModuleSource } from '../module-source.js';
import { emptySummary, type GoModSummary, type Replacement, type Requirement } from '../summary.js';
import type { MainModule } from '../replacements.js';

/**
 * A module universe written compactly for loader tests, one go.mod per line:
 *
 *   example.com/a@v1.0.0 go1.17: example.com/b@v1.0.0 example.com/c@v1.1.0
 *
 * `goNONE` (or no go field) writes no go line. textSource serves these as real go.mod texts, so the
 * loader parses them exactly as it parses a module cache's files.
 */
export function textSource(text: string): ModuleSource & { reads: string[] } {
  const files = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [head = '', deps = ''] = line.split(':');
    const [id = '', go = ''] = head.trim().split(/\s+/);
    const [path = '', version = ''] = id.split('@');
    const requires = deps.trim().split(/\s+/).filter(Boolean).map((d) => d.replace('@', ' '));
    const goLine = go === '' || go === 'goNONE' ? '' : `go ${go.slice(2)}\n`;
    files.set(id, `module ${path}\n${goLine}${requires.map((r) => `require ${r}\n`).join('')}`);
    void version;
  }
  const reads: string[] = [];
  return {
    reads,
    readGoMod(path: string, version: string): Promise<string> {
      reads.push(`${path}@${version}`);
      const f = files.get(`${path}@${version}`);
      return f === undefined ? Promise.reject(new ModuleNotFoundError(path, version, 'not in test universe')) : Promise.resolve(f);
    },
  };
}

/** MainOptions describe a main module for tests. */
export interface MainOptions {
  path?: string;
  dir?: string;
  go?: string;
  toolchain?: string;
  /** requires as `path@version`, with a trailing `!` for `// indirect`. */
  requires?: string[];
  excludes?: string[];
  /** replaces as `old[@version] => new[@version]`. */
  replaces?: string[];
}

function moduleVersion(s: string): { path: string; version: string } {
  const [path = '', version = ''] = s.split('@');
  return { path, version };
}

/** mainModule builds a MainModule from MainOptions. */
export function mainModule(o: MainOptions): MainModule {
  const path = o.path ?? 'example.com/main';
  const summary: GoModSummary = { ...emptySummary(path), goVersion: o.go ?? '', toolchain: o.toolchain ?? '' };
  summary.requires = (o.requires ?? []).map((r): Requirement => ({ ...moduleVersion(r.replace(/!$/, '')), indirect: r.endsWith('!') }));
  summary.excludes = (o.excludes ?? []).map(moduleVersion);
  summary.replaces = (o.replaces ?? []).map((r): Replacement => {
    const [from = '', to = ''] = r.split('=>').map((x) => x.trim());
    return { old: moduleVersion(from), new: moduleVersion(to) };
  });
  const dir = o.dir ?? '/src/main';
  return { path, dir, goModFile: `${dir}/go.mod`, summary };
}
