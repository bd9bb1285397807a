import type { GoModSummary } from './summary.js';

/**
 * ModuleSource supplies what the resolver needs to know about module versions. The resolver is pure:
 * it never does I/O itself, it asks a ModuleSource (module cache, file:// proxy, network proxy,
 * in-memory fixture).
 */
export interface ModuleSource {
  /**
   * readGoMod returns the go.mod text served for path@version — for a module without a go.mod, the
   * synthesized `module <path>\n` — or throws a ModuleNotFoundError when the source lacks it.
   */
  readGoMod(path: string, version: string): Promise<string>;
  /** listVersions returns the versions the source knows for path (as `@v/list` does), if it can. */
  listVersions?(path: string): Promise<string[]>;
  /**
   * readGoModSummary returns an already-parsed summary of path@version's go.mod when the source
   * keeps one (a persistent index beside an immutable module cache), else undefined; the resolver
   * then reads and parses the go.mod itself.
   */
  readGoModSummary?(path: string, version: string): Promise<GoModSummary | undefined>;
  /** storeGoModSummary offers the source the summary the resolver parsed from its go.mod text. */
  storeGoModSummary?(path: string, version: string, summary: GoModSummary): void;
}

/** ModuleNotFoundError says a source has no such module version (Go's fs.ErrNotExist family). */
export class ModuleNotFoundError extends Error {
  readonly path: string;
  readonly version: string;

  constructor(path: string, version: string, detail?: string) {
    super(`${path}@${version}: ${detail ?? 'not found'}`);
    this.name = 'ModuleNotFoundError';
    this.path = path;
    this.version = version;
  }
}
