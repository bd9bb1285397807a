import { ModuleError, ModuleNotFoundError, semver, type GoModSummary } from '@goradar/gomod';
import type { RequirementSource } from './requirement-source.js';
import type { VersionInfo } from './download-dir-source.js';

/**
 * ChainSource asks its sources in order (for example: module cache, then a file:// proxy, then the
 * network proxy) and answers from the first that has the module version. A source that lacks it
 * (ModuleNotFoundError) passes to the next; any other failure stops the chain, as GOPROXY's `,`
 * separator does. https://go.dev/ref/mod#goproxy-protocol
 */
export class ChainSource implements RequirementSource {
  readonly name: string;

  constructor(readonly sources: readonly RequirementSource[]) {
    this.name = sources.map((s) => s.name ?? 'source').join(', ');
  }

  private readonly answeredBy = new Map<string, RequirementSource>();

  /**
   * readGoMod answers from the first source that has path@version. A failure is thrown as the
   * resolver's ModuleError (`path@version: reason`) whose error keeps the source's own error as its
   * cause — a ModuleNotFoundError when every source lacks it — so that callers can tell a missing
   * module from, say, a checksum mismatch.
   */
  async readGoMod(path: string, version: string): Promise<string> {
    const reasons: string[] = [];
    for (const source of this.sources) {
      try {
        const text = await source.readGoMod(path, version);
        this.answeredBy.set(`${path}@${version}`, source);
        return text;
      } catch (err) {
        if (!(err instanceof ModuleNotFoundError)) throw asModuleError(path, version, err);
        reasons.push(err.message.replace(`${path}@${version}: `, ''));
      }
    }
    throw asModuleError(path, version, new ModuleNotFoundError(path, version, reasons.length > 0 ? reasons.join('; ') : 'no module source configured'));
  }

  /** readGoModSummary answers from the first source that keeps a parsed summary of path@version. */
  async readGoModSummary(path: string, version: string): Promise<GoModSummary | undefined> {
    for (const source of this.sources) {
      const summary = await source.readGoModSummary?.(path, version);
      if (summary) return summary;
    }
    return undefined;
  }

  /** storeGoModSummary hands the summary to the source whose go.mod text it was parsed from. */
  storeGoModSummary(path: string, version: string, summary: GoModSummary): void {
    this.answeredBy.get(`${path}@${version}`)?.storeGoModSummary?.(path, version, summary);
  }

  async listVersions(path: string): Promise<string[]> {
    const all = new Set<string>();
    for (const source of this.sources) for (const v of (await source.listVersions?.(path)) ?? []) all.add(v);
    return semver.sort([...all]);
  }

  /** latest answers from the first source that knows path's `@latest`. */
  async latest(path: string): Promise<string | undefined> {
    for (const source of this.sources) {
      const version = await source.latest?.(path);
      if (version !== undefined) return version;
    }
    return undefined;
  }

  /** info answers from the first source that has the `.info`; when none has it, the last source's not-found error is thrown. */
  async info(path: string, version: string): Promise<VersionInfo | undefined> {
    let missing: ModuleNotFoundError | undefined;
    for (const source of this.sources) {
      try {
        const answer = await source.info?.(path, version);
        if (answer !== undefined) return answer;
      } catch (err) {
        if (!(err instanceof ModuleNotFoundError)) throw err;
        missing = err;
      }
    }
    if (missing) throw missing;
    return undefined;
  }

  /** hasInfo is true when some source has the `.info`, false when an authoritative source says none does. */
  hasInfo(path: string, version: string): boolean | undefined {
    let answer: boolean | undefined;
    for (const source of this.sources) {
      const has = source.hasInfo?.(path, version);
      if (has) return true;
      if (has === false) answer = false;
    }
    return answer;
  }

  goModFile(path: string, version: string): Promise<string | undefined> {
    return this.first((s) => s.goModFile?.(path, version));
  }

  downloadDir(path: string, version: string): Promise<string | undefined> {
    return this.first((s) => s.downloadDir?.(path, version));
  }

  private async first<T>(ask: (s: RequirementSource) => Promise<T | undefined> | undefined): Promise<T | undefined> {
    for (const source of this.sources) {
      const answer = await ask(source);
      if (answer !== undefined) return answer;
    }
    return undefined;
  }
}

/** asModuleError wraps a source's failure as a ModuleError about path@version with the failure as its cause. */
function asModuleError(path: string, version: string, err: unknown): ModuleError {
  if (err instanceof ModuleError) return err;
  const text = err instanceof Error ? err.message : String(err);
  const prefix = `${path}@${version}: `;
  return new ModuleError(path, version, new Error(text.startsWith(prefix) ? text.slice(prefix.length) : text, { cause: err }));
}
