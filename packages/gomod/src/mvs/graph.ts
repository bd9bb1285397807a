import type { ModuleVersion } from '../module/index.js';

/** VersionComparer orders two versions of the module at path: negative, zero or positive. */
export type VersionComparer = (path: string, v1: string, v2: string) => number;

/** moduleKey is the map key of a module version: `path@version` (the main module: `path@`). */
export function moduleKey(m: ModuleVersion): string {
  return `${m.path}@${m.version}`;
}

/** formatModule prints m as the go command does: `path@version`, or just `path` when the version is empty. */
export function formatModule(m: ModuleVersion): string {
  return m.version === '' ? m.path : `${m.path}@${m.version}`;
}

/**
 * RequirementGraph is a module requirement graph under construction: vertices are module versions
 * reachable from the roots, edges are the requirement lists recorded with require(). The selected
 * version of a path is the highest version of every reachable vertex, recorded or not.
 * https://go.dev/ref/mod#minimal-version-selection
 */
export class RequirementGraph {
  readonly roots: readonly ModuleVersion[];
  private readonly compare: VersionComparer;
  private readonly required = new Map<string, readonly ModuleVersion[]>();
  private readonly reachable = new Map<string, ModuleVersion>();
  private readonly selectedVersion = new Map<string, string>();

  constructor(compare: VersionComparer, roots: readonly ModuleVersion[]) {
    this.compare = compare;
    this.roots = [...roots];
    for (const m of roots) this.reach(m);
  }

  /** require records the requirement list of m, which must already be reachable. */
  require(m: ModuleVersion, reqs: readonly ModuleVersion[]): void {
    const key = moduleKey(m);
    if (!this.reachable.has(key)) throw new Error(`${formatModule(m)} is not reachable from any root`);
    if (this.required.has(key)) throw new Error(`requirements of ${formatModule(m)} have already been set`);
    this.required.set(key, [...reqs]);
    for (const dep of reqs) this.reach(dep);
  }

  /** requiredBy returns the recorded requirements of m, or undefined when they were never loaded. */
  requiredBy(m: ModuleVersion): readonly ModuleVersion[] | undefined {
    return this.required.get(moduleKey(m));
  }

  /** isReachable reports whether m is a vertex of the graph. */
  isReachable(m: ModuleVersion): boolean {
    return this.reachable.has(moduleKey(m));
  }

  /** selected returns the selected version of path, or 'none' when no version of it is reachable. */
  selected(path: string): string {
    return this.selectedVersion.get(path) ?? 'none';
  }

  /** vertices returns every reachable module version, in the order they were first reached. */
  vertices(): ModuleVersion[] {
    return [...this.reachable.values()];
  }

  /**
   * buildList returns the selected version of each root path first (in root order, once per path),
   * then every other selected module sorted by path and version.
   */
  buildList(sortRest: (list: ModuleVersion[]) => ModuleVersion[]): ModuleVersion[] {
    const seenRoot = new Set<string>();
    const head: ModuleVersion[] = [];
    for (const r of this.roots) {
      if (seenRoot.has(r.path)) continue;
      seenRoot.add(r.path);
      const v = this.selected(r.path);
      if (v !== 'none') head.push({ path: r.path, version: v });
    }
    const rest: ModuleVersion[] = [];
    for (const [path, version] of this.selectedVersion) {
      if (!seenRoot.has(path)) rest.push({ path, version });
    }
    return [...head, ...sortRest(rest)];
  }

  /** walkBreadthFirst visits every vertex once, breadth first from the roots, skipping 'none'. */
  walkBreadthFirst(visit: (m: ModuleVersion) => void): void {
    const queue: ModuleVersion[] = [];
    const enqueued = new Set<string>();
    const push = (m: ModuleVersion): void => {
      const key = moduleKey(m);
      if (m.version === 'none' || enqueued.has(key)) return;
      enqueued.add(key);
      queue.push(m);
    };
    for (const r of this.roots) push(r);
    for (let i = 0; i < queue.length; i++) {
      const m = queue[i] as ModuleVersion;
      visit(m);
      for (const r of this.requiredBy(m) ?? []) push(r);
    }
  }

  /**
   * findPath returns the shortest requirement path (breadth first) from a root to the first vertex
   * for which match is true, root first, or undefined.
   */
  findPath(match: (m: ModuleVersion) => boolean): ModuleVersion[] | undefined {
    const parent = new Map<string, ModuleVersion | null>();
    const queue: ModuleVersion[] = [];
    for (const r of this.roots) {
      if (!parent.has(moduleKey(r))) {
        parent.set(moduleKey(r), null);
        queue.push(r);
      }
    }
    for (let i = 0; i < queue.length; i++) {
      const m = queue[i] as ModuleVersion;
      if (match(m)) return this.unwind(m, parent);
      for (const r of this.requiredBy(m) ?? []) {
        if (parent.has(moduleKey(r))) continue;
        parent.set(moduleKey(r), m);
        queue.push(r);
      }
    }
    return undefined;
  }

  private unwind(end: ModuleVersion, parent: Map<string, ModuleVersion | null>): ModuleVersion[] {
    const path: ModuleVersion[] = [];
    for (let m: ModuleVersion | null | undefined = end; m; m = parent.get(moduleKey(m))) path.push(m);
    return path.reverse();
  }

  private reach(m: ModuleVersion): void {
    const key = moduleKey(m);
    if (!this.reachable.has(key)) this.reachable.set(key, { path: m.path, version: m.version });
    if (this.compare(m.path, this.selected(m.path), m.version) < 0) this.selectedVersion.set(m.path, m.version);
  }
}
