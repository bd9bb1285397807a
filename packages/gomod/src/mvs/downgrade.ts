import type { ModuleVersion } from '../module/index.js';
import { moduleKey } from './graph.js';
import { buildList, withTargetRequirements, type DowngradeReqs } from './mvs.js';

/**
 * downgrade returns a build list for target in which each listed module is at most at the given
 * version. Modules whose requirements would exceed a limit are moved to their previous versions
 * (or dropped); downgrading never upgrades another module (mvs.Downgrade).
 */
export function downgrade(target: ModuleVersion, reqs: DowngradeReqs, downgrades: readonly ModuleVersion[]): ModuleVersion[] {
  const list = buildList([target], reqs).slice(1);
  const max = new Map(list.map((r) => [r.path, r.version]));
  for (const d of downgrades) {
    const v = max.get(d.path);
    if (v === undefined || reqs.max(d.path, v, d.version) !== d.version) max.set(d.path, d.version);
  }
  const state = new DowngradeWalk(reqs, max);
  const downgraded: ModuleVersion[] = [target];
  for (const start of list) {
    const kept = state.highestAllowed(start);
    if (kept) downgraded.push(kept);
  }
  const actual = buildList([target], withTargetRequirements(target, downgraded, reqs));
  const actualVersion = new Map(actual.map((m) => [m.path, m.version]));
  const final = list.flatMap((m) => {
    const v = actualVersion.get(m.path);
    return v === undefined ? [] : [{ path: m.path, version: v }];
  });
  return buildList([target], withTargetRequirements(target, final, reqs));
}

/** DowngradeWalk marks module versions whose requirements exceed the limits as excluded. */
class DowngradeWalk {
  private readonly added = new Set<string>();
  private readonly excluded = new Set<string>();
  private readonly reverseDeps = new Map<string, ModuleVersion[]>();

  constructor(
    private readonly reqs: DowngradeReqs,
    private readonly max: Map<string, string>,
  ) {}

  /** highestAllowed walks down from start to the first version that is not excluded, or undefined. */
  highestAllowed(start: ModuleVersion): ModuleVersion | undefined {
    let r = start;
    this.add(r);
    while (this.excluded.has(moduleKey(r))) {
      const p = { ...this.reqs.previous(r) };
      const limit = this.max.get(r.path) as string;
      if (this.reqs.max(r.path, limit, r.version) !== limit && this.reqs.max(r.path, p.version, limit) !== p.version) {
        p.version = limit;
      }
      if (p.version === 'none') return undefined;
      this.add(p);
      r = p;
    }
    return r;
  }

  private exclude(m: ModuleVersion): void {
    if (this.excluded.has(moduleKey(m))) return;
    this.excluded.add(moduleKey(m));
    for (const p of this.reverseDeps.get(moduleKey(m)) ?? []) this.exclude(p);
  }

  private add(m: ModuleVersion): void {
    if (this.added.has(moduleKey(m))) return;
    this.added.add(moduleKey(m));
    const limit = this.max.get(m.path);
    if (limit !== undefined && this.reqs.max(m.path, m.version, limit) !== limit) {
      this.exclude(m);
      return;
    }
    let required: readonly ModuleVersion[];
    try {
      required = this.reqs.required(m);
    } catch {
      this.exclude(m);
      return;
    }
    for (const r of required) {
      this.add(r);
      if (this.excluded.has(moduleKey(r))) {
        this.exclude(m);
        return;
      }
      const deps = this.reverseDeps.get(moduleKey(r)) ?? [];
      deps.push(m);
      this.reverseDeps.set(moduleKey(r), deps);
    }
  }
}
