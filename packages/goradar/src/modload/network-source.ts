import { basename } from 'node:path';
import type { Environment, GoEnv } from '../modfetch/go-env.js';
import type { FetchContext } from '../modfetch/fetch-context.js';
import { parseGoSum, type GoSum } from '../modfetch/go-sum.js';
import { readGoSumParts } from '../modedit/read-go-text.js';
import type { ProxyModuleSource } from '../modfetch/proxy-module-source.js';
import type { VersionInfo } from './download-dir-source.js';
import type { RequirementSource } from './requirement-source.js';

type Opened = { source: ProxyModuleSource; context: FetchContext };

/** NetworkSourceOptions configure a NetworkSource. */
export interface NetworkSourceOptions {
  env: Environment;
  goEnv: GoEnv;
  /** goSumFiles are the main modules' go.sum files (and go.work.sum): fetched files must match the hashes they record. */
  goSumFiles?: readonly string[];
}

/**
 * NetworkSource asks the GOPROXY list for what the local sources lack, fetching go.mod and `.info`
 * files into the module cache (verified against go.sum and the checksum database, as the go command
 * does). The fetcher — go.sum, HTTP client, checksum database, worker threads — is built on the
 * first miss, so a warm cache costs nothing; a bad GOPROXY or go.sum fails that first lookup.
 * https://go.dev/ref/mod#goproxy-protocol
 */
export class NetworkSource implements RequirementSource {
  readonly name: string;
  private opened: Promise<Opened> | undefined;

  constructor(private readonly options: NetworkSourceOptions) {
    this.name = `GOPROXY=${options.goEnv.GOPROXY}`;
  }

  private open(): Promise<Opened> {
    this.opened ??= this.create();
    return this.opened;
  }

  private async create(): Promise<Opened> {
    const files = this.options.goSumFiles ?? [];
    const goSum: GoSum = new Map();
    for (const file of files) parseGoSum(file, await readGoSumParts(file), goSum);
    const { createProxyModuleSource } = await import('../modfetch/proxy-module-source.js');
    const named = files.length > 0 ? { goSumName: basename(files[files.length - 1] as string) } : {};
    return createProxyModuleSource({ env: this.options.env, goEnv: this.options.goEnv, goSum, ...named });
  }

  async readGoMod(path: string, version: string): Promise<string> {
    return (await this.open()).source.readGoMod(path, version);
  }

  async listVersions(path: string): Promise<string[]> {
    return (await this.open()).source.listVersions(path);
  }

  async latest(path: string): Promise<string | undefined> {
    return (await this.open()).source.latest(path);
  }

  async info(path: string, version: string): Promise<VersionInfo | undefined> {
    return (await this.open()).source.info(path, version);
  }

  /** close releases what the first lookup opened (nothing when every answer came from the cache). */
  async close(): Promise<void> {
    const opened = this.opened;
    this.opened = undefined;
    if (!opened) return;
    try {
      (await opened).context.close();
    } catch {
      // the fetcher never opened (a bad GOPROXY): nothing to release
    }
  }
}
