import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { escapePath, escapeVersion, ModuleNotFoundError, semver, type ModuleSource } from '@goradar/gomod';

/** VersionInfo is a module version's `.info` file: its canonical version and commit time. */
export interface VersionInfo {
  version: string;
  time?: string;
}

/**
 * DownloadDirSource reads module versions from a directory laid out as the GOPROXY protocol
 * (`<escaped path>/@v/<escaped version>.mod`, `.info`, `list`): a file:// proxy, or a module
 * cache's cache/download directory. Read-only and offline.
 * https://go.dev/ref/mod#goproxy-protocol
 */
export class DownloadDirSource implements ModuleSource {
  /**
   * root is the directory; url, when given, is the GOPROXY entry it was named by (file://…): a
   * proxy then reports missing files the way the go command does, naming the URL.
   */
  constructor(
    readonly root: string,
    readonly url?: string,
  ) {}

  get name(): string {
    return this.url ?? this.root;
  }

  private describe(file: string, path: string, version: string, suffix: string): string {
    if (!this.url) return file;
    return `${this.url.replace(/\/+$/, '')}/${escapePath(path)}/@v/${escapeVersion(version)}.${suffix}`;
  }

  /** versionFile returns the file name of path@version with the given suffix (`mod`, `info`, `zip`, …). */
  versionFile(path: string, version: string, suffix: string): string {
    return join(this.root, escapePath(path), '@v', `${escapeVersion(version)}.${suffix}`);
  }

  async readGoMod(path: string, version: string): Promise<string> {
    let file: string;
    try {
      file = this.versionFile(path, version, 'mod');
    } catch (err) {
      throw new ModuleNotFoundError(path, version, (err as Error).message);
    }
    try {
      // Synchronous on purpose: thousands of small cached files read far faster this way than
      // through promise-based file handles (the graph loader is the only caller waiting).
      return readFileSync(file, 'utf8');
    } catch (err) {
      throw notFound(path, version, this.describe(file, path, version, 'mod'), err);
    }
  }

  /** listVersions returns the `@v/list` versions, or the versions of the `.mod` files present. */
  async listVersions(path: string): Promise<string[]> {
    const dir = join(this.root, escapePath(path), '@v');
    try {
      const text = readFileSync(join(dir, 'list'), 'utf8');
      return semver.sort(text.split('\n').map((l) => l.trim().split(/\s+/)[0] ?? '').filter((v) => semver.isValid(v)));
    } catch {
      try {
        const names = readdirSync(dir);
        return semver.sort(names.filter((n) => n.endsWith('.mod')).map((n) => n.slice(0, -4)).filter((v) => semver.isValid(v)));
      } catch {
        return [];
      }
    }
  }

  /**
   * info reads the `.info` file of path@version, or undefined when it is absent or malformed; a
   * file:// proxy (url set) throws ModuleNotFoundError for an absent one, as the go command reports it.
   */
  async info(path: string, version: string): Promise<VersionInfo | undefined> {
    let text: string;
    const file = this.versionFile(path, version, 'info');
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      if (this.url) throw notFound(path, version, this.describe(file, path, version, 'info'), err);
      return undefined;
    }
    try {
      const parsed = JSON.parse(text) as unknown;
      if (typeof parsed !== 'object' || parsed === null) return undefined;
      const { Version, Time } = parsed as { Version?: unknown; Time?: unknown };
      if (typeof Version !== 'string') return undefined;
      return typeof Time === 'string' ? { version: Version, time: Time } : { version: Version };
    } catch {
      return undefined;
    }
  }

  hasInfo(path: string, version: string): boolean | undefined {
    try {
      if (existsSync(this.versionFile(path, version, 'info'))) return true;
    } catch {
      // an unescapable path or version has no file
    }
    return this.url ? false : undefined;
  }

  /** goModFile returns the `.mod` file name of path@version when the file exists. */
  async goModFile(path: string, version: string): Promise<string | undefined> {
    try {
      const file = this.versionFile(path, version, 'mod');
      return statSync(file).isFile() ? file : undefined;
    } catch {
      return undefined;
    }
  }
}

function notFound(path: string, version: string, file: string, err: unknown): ModuleNotFoundError {
  const code = (err as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file or directory' : (err as Error).message;
  return new ModuleNotFoundError(path, version, `reading ${file}: ${reason}`);
}
