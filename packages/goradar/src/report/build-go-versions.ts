import { gover } from '@goradar/gomod';
import type { FactIndex } from '../findings/fact-index.js';
import { goLineLang, lowerMedian, OUTLIER_MINOR_GAP, toolchainLang } from '../findings/go-versions.js';
import type { NewFinding } from '../store/types.js';
import type { GoVersionFigure, VersionCount } from './report-data.js';

function countVersions(langs: readonly string[]): VersionCount[] {
  const counts = new Map<string, number>();
  for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts.keys()].sort(gover.compare).map((version) => ({ version, modules: counts.get(version) ?? 0 }));
}

function outliersFrom(findings: readonly NewFinding[]): GoVersionFigure['outliers'] {
  return findings
    .filter((f) => f.kind === 'go-version-outlier')
    .map((f) => {
      const e = JSON.parse(f.evidenceJson) as { repo?: string; moduleDir?: string; directive?: string; version?: string };
      return { repo: e.repo ?? '', moduleDir: e.moduleDir ?? '', directive: e.directive ?? '', version: e.version ?? '' };
    });
}

/** buildGoVersions counts the go and toolchain language versions of the latest snapshots' modules. */
export function buildGoVersions(index: FactIndex, findings: readonly NewFinding[]): GoVersionFigure {
  const latestIds = new Set(index.latest.map((s) => s.id));
  const modules = index.facts.modules.filter((m) => latestIds.has(m.snapshotId) && m.manifestError === null);
  const goLangs = modules.map((m) => goLineLang(m.goVersion)).filter((l) => l !== '');
  const toolchainLangs = modules.map((m) => toolchainLang(m.toolchain)).filter((l) => l !== '');
  return {
    title: 'Go and toolchain versions',
    caption: `Language version (major.minor) of the go and toolchain lines of every go.mod that parses in the latest snapshots. Outliers are at least ${OUTLIER_MINOR_GAP} minor releases below the lower median.`,
    go: countVersions(goLangs),
    toolchain: countVersions(toolchainLangs),
    goMedian: lowerMedian(goLangs),
    toolchainMedian: lowerMedian(toolchainLangs),
    missingGo: modules.filter((m) => m.goVersion === null).length,
    noToolchain: modules.filter((m) => m.toolchain === null).length,
    outliers: outliersFrom(findings),
  };
}
