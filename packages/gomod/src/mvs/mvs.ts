import { compareUtf8 } from '../internal/strings.js';
import type { ModuleVersion } from '../module/index.js';
import { BuildListError } from './build-list-error.js';
import { moduleKey, RequirementGraph, type VersionComparer } from './graph.js';

/**
 * Reqs is what Minimal Version Selection needs to know about a module universe: the requirement
 * list of each module version and the order of versions. `none` is lower than every version; the
 * target's own version may be `''`, which is higher than every version.
 * https://go.dev/ref/mod#minimal-version-selection
 */
export interface Reqs {
  /** required returns the requirements of m; it throws when they cannot be read. */
  required(m: ModuleVersion): readonly ModuleVersion[];
  /** max returns the higher of v1 and v2 (v1 when they are equal). */
  max(path: string, v1: string, v2: string): string;
}

/** UpgradeReqs adds the newest version of a module, for upgrades. */
export interface UpgradeReqs extends Reqs {
  /** upgrade returns the version m should be upgraded to (m itself when there is none newer). */
  upgrade(m: ModuleVersion): ModuleVersion;
}

/** DowngradeReqs adds the next lower version of a module, for downgrades. */
export interface DowngradeReqs extends Reqs {
  /** previous returns the version just below m, or version `none`. */
  previous(m: ModuleVersion): ModuleVersion;
}

/** comparerFromMax turns a Reqs max function into a three-way comparison. */
export function comparerFromMax(reqs: Pick<Reqs, 'max'>): VersionComparer {
  return (path, v1, v2) => {
    if (reqs.max(path, v1, v2) !== v1) return -1;
    if (reqs.max(path, v2, v1) !== v2) return 1;
    return 0;
  };
}

type Upgrader = (m: ModuleVersion) => ModuleVersion;

function sortByPath(list: ModuleVersion[]): ModuleVersion[] {
  return list.sort((a, b) => compareUtf8(a.path, b.path));
}

function buildGraph(targets: readonly ModuleVersion[], reqs: Reqs, upgrade?: Upgrader): RequirementGraph {
  const graph = new RequirementGraph(comparerFromMax(reqs), targets);
  const errors = new Map<string, unknown>();
  const upgradedTo = new Map<string, string>();
  const queue = [...targets];
  const seen = new Set(queue.map(moduleKey));
  for (let i = 0; i < queue.length; i++) {
    const m = queue[i] as ModuleVersion;
    let required: readonly ModuleVersion[] = [];
    try {
      if (m.version !== 'none') required = reqs.required(m);
    } catch (err) {
      errors.set(moduleKey(m), err);
    }
    if (upgrade) {
      const u = upgrade(m);
      if (u.version !== m.version || u.path !== m.path) {
        upgradedTo.set(moduleKey(m), moduleKey(u));
        required = [u, ...required];
      }
    }
    graph.require(m, required);
    for (const r of required) {
      if (!seen.has(moduleKey(r))) {
        seen.add(moduleKey(r));
        queue.push(r);
      }
    }
  }
  if (errors.size > 0) {
    const path = graph.findPath((m) => errors.has(moduleKey(m))) ?? [];
    const last = path[path.length - 1] as ModuleVersion;
    const isUpgrade = (from: ModuleVersion, to: ModuleVersion): boolean => upgradedTo.get(moduleKey(from)) === moduleKey(to);
    throw new BuildListError(errors.get(moduleKey(last)), path, isUpgrade);
  }
  return graph;
}

/**
 * buildList returns the build list of the targets: the targets first, then every other module at
 * its selected version, sorted by path. It throws a BuildListError naming the requirement path to
 * the first module whose requirements could not be read.
 */
export function buildList(targets: readonly ModuleVersion[], reqs: Reqs, upgrade?: Upgrader): ModuleVersion[] {
  return buildGraph(targets, reqs, upgrade).buildList(sortByPath);
}

/**
 * req returns the minimal requirement list of target that keeps its build list unchanged and lists
 * every path in base explicitly (mvs.Req): modules in reverse postorder, kept unless implied by
 * modules already kept.
 */
export function req(target: ModuleVersion, base: readonly string[], reqs: Reqs): ModuleVersion[] {
  const list = buildList([target], reqs);
  const max = new Map(list.map((m) => [m.path, m.version]));
  const postorder: ModuleVersion[] = [];
  const reqCache = new Map<string, readonly ModuleVersion[]>([[moduleKey(target), []]]);
  const walkPost = (m: ModuleVersion): void => {
    if (reqCache.has(moduleKey(m))) return;
    const required = reqs.required(m);
    reqCache.set(moduleKey(m), required);
    for (const r of required) walkPost(r);
    postorder.push(m);
  };
  for (const m of list) walkPost(m);

  const have = new Set<string>();
  const walkHave = (m: ModuleVersion): void => {
    if (have.has(moduleKey(m))) return;
    have.add(moduleKey(m));
    for (const r of reqCache.get(moduleKey(m)) ?? []) walkHave(r);
  };
  const min: ModuleVersion[] = [];
  for (const path of new Set(base)) {
    const m = { path, version: max.get(path) ?? 'none' };
    min.push(m);
    walkHave(m);
  }
  for (let i = postorder.length - 1; i >= 0; i--) {
    const m = postorder[i] as ModuleVersion;
    if (max.get(m.path) !== m.version || have.has(moduleKey(m))) continue;
    min.push(m);
    walkHave(m);
  }
  return sortByPath(min);
}

/** upgradeAll returns a build list for target in which every module is at its newest version. */
export function upgradeAll(target: ModuleVersion, reqs: UpgradeReqs): ModuleVersion[] {
  return buildList([target], reqs, (m) => (m.path === target.path ? target : reqs.upgrade(m)));
}

/** withTargetRequirements answers target's requirements with list and defers everything else to reqs. */
export function withTargetRequirements<R extends Reqs>(target: ModuleVersion, list: readonly ModuleVersion[], reqs: R): R {
  const required = (m: ModuleVersion): readonly ModuleVersion[] =>
    m.path === target.path && m.version === target.version ? list : reqs.required(m);
  return Object.assign(Object.create(reqs) as R, { required });
}

/** upgrade returns a build list for target with the given modules upgraded (added when absent). */
export function upgrade(target: ModuleVersion, reqs: UpgradeReqs, upgrades: readonly ModuleVersion[]): ModuleVersion[] {
  const list = [...reqs.required(target)];
  const inList = new Set(list.map((m) => m.path));
  const upgradeTo = new Map<string, string>();
  for (const u of upgrades) {
    if (!inList.has(u.path)) list.push({ path: u.path, version: 'none' });
    const prev = upgradeTo.get(u.path);
    upgradeTo.set(u.path, prev === undefined ? u.version : reqs.max(u.path, prev, u.version));
  }
  const upgrader: Upgrader = (m) => {
    const v = upgradeTo.get(m.path);
    return v === undefined ? m : { path: m.path, version: v };
  };
  return buildList([target], withTargetRequirements(target, list, reqs), upgrader);
}
