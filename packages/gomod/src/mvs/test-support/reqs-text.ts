import type { ModuleVersion } from '../../module/index.js';
import type { DowngradeReqs, UpgradeReqs } from '../mvs.js';

/**
 * A module universe written the way cmd/go's mvs tests write it: `A: B1 C2` means A (version '')
 * requires B at version 1 and C at version 2; the first letter is the path, the rest the version.
 * Versions compare as strings, `none` lowest and '' highest; `.hidden` versions are never chosen
 * by upgrade or previous.
 */
export class TextReqs implements UpgradeReqs, DowngradeReqs {
  readonly reqs = new Map<string, ModuleVersion[]>();

  /** parse adds the `X: Y Z` line to the universe. */
  addLine(key: string, value: string): void {
    const list = value.split(/\s+/).filter(Boolean).map(mod);
    for (const r of list) if (!this.reqs.has(keyOf(r))) this.reqs.set(keyOf(r), []);
    this.reqs.set(keyOf(mod(key)), list);
  }

  required(m: ModuleVersion): readonly ModuleVersion[] {
    const list = this.reqs.get(keyOf(m));
    if (!list) throw new Error(`missing module: ${m.path}@${m.version}`);
    return list;
  }

  max(_path: string, v1: string, v2: string): string {
    if (v1 === 'none' || v2 === '') return v2;
    if (v2 === 'none' || v1 === '') return v1;
    return v1 < v2 ? v2 : v1;
  }

  upgrade(m: ModuleVersion): ModuleVersion {
    let u: ModuleVersion = { path: '', version: 'none' };
    for (const k of this.modules()) {
      if (k.path === m.path && this.max(k.path, u.version, k.version) === k.version && !k.version.endsWith('.hidden')) u = k;
    }
    if (u.path === '') throw new Error(`missing module: ${m.path}`);
    return u;
  }

  previous(m: ModuleVersion): ModuleVersion {
    let p: ModuleVersion = { path: '', version: '' };
    for (const k of this.modules()) {
      if (k.path === m.path && p.version < k.version && k.version < m.version && !k.version.endsWith('.hidden')) p = k;
    }
    return p.path === '' ? { path: m.path, version: 'none' } : p;
  }

  private modules(): ModuleVersion[] {
    return [...this.reqs.keys()].map((k) => {
      const i = k.indexOf('@');
      return { path: k.slice(0, i), version: k.slice(i + 1) };
    });
  }
}

function keyOf(m: ModuleVersion): string {
  return `${m.path}@${m.version}`;
}

/** mod turns `B1` into {path: 'B', version: '1'}. */
export function mod(s: string): ModuleVersion {
  return { path: s.slice(0, 1), version: s.slice(1) };
}

/** mods turns a space-separated list into module versions. */
export function mods(s: string): ModuleVersion[] {
  return s.split(/\s+/).filter(Boolean).map(mod);
}

/** Scenario is one named universe and the operations checked on it. */
export interface Scenario {
  name: string;
  reqs: TextReqs;
  checks: Array<{ op: string; args: string[]; want: string }>;
}

/** parseScenarios reads the mvs test table format: `name:` lines start scenarios, `op args: want` lines check. */
export function parseScenarios(text: string): Scenario[] {
  const out: Scenario[] = [];
  let current: Scenario | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const i = line.indexOf(':');
    if (i < 0) throw new Error(`missing colon: ${line}`);
    const key = line.slice(0, i).trim();
    const value = line.slice(i + 1).trim();
    const fields = key.split(/\s+/);
    if (fields[0] === 'name') {
      current = { name: value, reqs: new TextReqs(), checks: [] };
      out.push(current);
    } else if (!current) {
      throw new Error(`line before name: ${line}`);
    } else if (fields.length === 1 && /^[A-Z]/.test(key)) {
      current.reqs.addLine(key, value);
    } else {
      current.checks.push({ op: fields[0] as string, args: fields.slice(1), want: value });
    }
  }
  return out;
}
