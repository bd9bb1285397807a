import { parseGoMod, semver } from '@goradar/gomod';
import type { ModuleSource } from '@goradar/gomod';
import { mapConcurrently } from '../concurrency.js';
import { latestTaggedVersion } from '../modload/latest-version.js';

/** AdvisorySource is where advisories are read: go.mod files, version lists and, when it can, `@latest`. */
export type AdvisorySource = ModuleSource & { latest?(path: string): Promise<string | undefined> };

/** Retraction is one `retract` interval of a module, with its rationale. https://go.dev/ref/mod#go-mod-file-retract */
export interface Retraction {
  low: string;
  high: string;
  rationale: string;
}

/**
 * ModuleAdvisory is what a module's authors say about it in the go.mod of its latest version:
 * which versions are retracted and whether the module is deprecated.
 * https://go.dev/ref/mod#go-mod-file-module-deprecation
 */
export interface ModuleAdvisory {
  path: string;
  /** latest is the version whose go.mod was read (Go reads retractions and deprecations there). */
  latest: string;
  retractions: Retraction[];
  /** deprecated is the `// Deprecated:` message, null when the module is not deprecated. */
  deprecated: string | null;
}

/** ModuleAdvisories answers the retraction and deprecation questions of the findings rules. */
export interface ModuleAdvisories {
  /** retraction returns the interval retracting path@version, if any. */
  retraction(path: string, version: string): (Retraction & { latest: string }) | undefined;
  /** deprecation returns the deprecation message of path, if it is deprecated. */
  deprecation(path: string): { message: string; latest: string } | undefined;
}

/** noAdvisories knows of no retraction or deprecation (no module source was available). */
export const noAdvisories: ModuleAdvisories = {
  retraction: () => undefined,
  deprecation: () => undefined,
};

/** isRetractedBy reports whether version lies in the closed interval of r (semver order). */
export function isRetractedBy(version: string, r: Retraction): boolean {
  if (!semver.isValid(version) || !semver.isValid(r.low) || !semver.isValid(r.high)) return false;
  return semver.compare(r.low, version) <= 0 && semver.compare(version, r.high) <= 0;
}

/** advisoryTable answers ModuleAdvisories questions from a list of advisories. */
export function advisoryTable(list: readonly ModuleAdvisory[]): ModuleAdvisories {
  const byPath = new Map(list.map((a) => [a.path, a]));
  return {
    retraction(path, version) {
      const advisory = byPath.get(path);
      const hit = advisory?.retractions.find((r) => isRetractedBy(version, r));
      return advisory && hit ? { ...hit, latest: advisory.latest } : undefined;
    },
    deprecation(path) {
      const advisory = byPath.get(path);
      return advisory?.deprecated ? { message: advisory.deprecated, latest: advisory.latest } : undefined;
    },
  };
}

/** parseAdvisory reads the retractions and deprecation out of the go.mod text of path@latest. */
export function parseAdvisory(path: string, latest: string, goModText: string): ModuleAdvisory | undefined {
  const parsed = parseGoMod(`${path}@${latest}/go.mod`, goModText, { lax: true });
  if (!parsed.ok) return undefined;
  const mod = parsed.value;
  return {
    path,
    latest,
    retractions: mod.retract.map((r) => ({ low: r.low, high: r.high, rationale: r.rationale })),
    deprecated: mod.module?.deprecated ?? null,
  };
}

/**
 * collectAdvisories asks source for the latest go.mod of every path (a few paths at a time: a
 * network source answers each after a round trip) and returns the advisories it could read, in
 * path order. A module without tagged versions is read at the source's `@latest` answer (a
 * pseudo-version), when the source has one. A path the source does not know is skipped: no
 * advisory is better than a guess.
 */
export async function collectAdvisories(source: AdvisorySource, paths: Iterable<string>, concurrency = 8): Promise<ModuleAdvisory[]> {
  const listVersions = source.listVersions?.bind(source);
  if (!listVersions) return [];
  const readOne = async (path: string): Promise<ModuleAdvisory | undefined> => {
    try {
      const latest = latestTaggedVersion(await listVersions(path)) ?? (await source.latest?.(path));
      return latest ? parseAdvisory(path, latest, await source.readGoMod(path, latest)) : undefined;
    } catch {
      // Unknown to this source (or unreadable): the rules simply learn nothing about path.
      return undefined;
    }
  };
  const found = await mapConcurrently([...new Set(paths)].sort(), concurrency, readOne);
  return found.filter((a): a is ModuleAdvisory => a !== undefined);
}
