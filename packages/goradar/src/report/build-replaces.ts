import type { FactIndex } from '../findings/fact-index.js';
import { manifestFile } from '../findings/fact-index.js';
import { classifyReplace } from '../findings/rules/replace-rules.js';
import type { ReplaceItem, ReplacesFigure } from './report-data.js';

/** buildReplaces lists every replace directive of the latest snapshots, classified. */
export function buildReplaces(index: FactIndex): ReplacesFigure {
  const items: ReplaceItem[] = [];
  for (const s of index.latest) {
    const repo = index.repoById.get(s.repoId)?.name ?? '';
    const modules = [...(index.modulesBySnapshot.get(s.id) ?? [])].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
    for (const m of modules) {
      if (m.manifestError !== null) continue;
      for (const r of index.replacesByModule.get(m.id) ?? []) {
        items.push({
          repo,
          moduleDir: m.dir,
          file: manifestFile(m.dir),
          line: r.line,
          old: r.oldVersion ? `${r.oldPath}@${r.oldVersion}` : r.oldPath,
          new: r.newVersion ? `${r.newPath}@${r.newVersion}` : r.newPath,
          class: classifyReplace(r, m.dir),
        });
      }
    }
  }
  const counts = { 'local-inside': 0, 'local-outside': 0, fork: 0, pin: 0 };
  for (const i of items) counts[i.class]++;
  return {
    title: 'Replaces and forks',
    caption:
      'Every replace directive of the go.mod files of the latest snapshots: a directory inside the repository, a directory outside it (resolved from the module directory), a fork (another module path) or a pin (the same path at another version).',
    counts,
    items,
  };
}
