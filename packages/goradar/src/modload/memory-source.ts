import { ModuleNotFoundError, semver } from '@goradar/gomod';
import type { RequirementSource } from './requirement-source.js';
import type { VersionInfo } from './download-dir-source.js';

/** MemoryModule is one module version held by a MemorySource. */
export interface MemoryModule {
  path: string;
  version: string;
  goMod: string;
  time?: string;
}

/** MemorySource serves go.mod files from memory: fixtures in tests, or files already read elsewhere. */
export class MemorySource implements RequirementSource {
  readonly name = 'memory';
  private readonly modules = new Map<string, MemoryModule>();

  constructor(modules: Iterable<MemoryModule> = []) {
    for (const m of modules) this.add(m);
  }

  /** add stores (or replaces) one module version. */
  add(m: MemoryModule): void {
    this.modules.set(`${m.path}@${m.version}`, m);
  }

  readGoMod(path: string, version: string): Promise<string> {
    const m = this.modules.get(`${path}@${version}`);
    if (!m) return Promise.reject(new ModuleNotFoundError(path, version, 'not found in memory source'));
    return Promise.resolve(m.goMod);
  }

  listVersions(path: string): Promise<string[]> {
    const versions = [...this.modules.values()].filter((m) => m.path === path).map((m) => m.version);
    return Promise.resolve(semver.sort(versions));
  }

  info(path: string, version: string): Promise<VersionInfo | undefined> {
    const m = this.modules.get(`${path}@${version}`);
    if (!m) return Promise.resolve(undefined);
    return Promise.resolve(m.time ? { version, time: m.time } : { version });
  }
}
