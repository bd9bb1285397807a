import { describe, expect, it } from 'vitest';
import type { ModuleVersion } from '../module/index.js';
import { BuildListError } from './build-list-error.js';
import { downgrade } from './downgrade.js';
import { buildList, req, upgrade, upgradeAll, withTargetRequirements } from './mvs.js';
import { MVS_SCENARIOS } from './test-support/mvs-scenarios.js';
import { mod, mods, parseScenarios, TextReqs, type Scenario } from './test-support/reqs-text.js';

const show = (list: readonly ModuleVersion[]): string => list.map((m) => m.path + m.version).join(' ');

function run(s: Scenario, op: string, args: string[]): ModuleVersion[] {
  const target = mod(args[0] as string);
  const rest = args.slice(1);
  switch (op) {
    case 'build':
      return buildList([target], s.reqs);
    case 'upgrade*':
      return upgradeAll(target, s.reqs);
    case 'upgrade':
      return upgrade(target, s.reqs, rest.map(mod));
    case 'upgradereq': {
      const list = upgrade(target, s.reqs, rest.map(mod));
      return req(target, [], withTargetRequirements(target, list, s.reqs));
    }
    case 'downgrade':
      return downgrade(target, s.reqs, args.map(mod));
    case 'req':
      return req(target, rest, s.reqs);
    default:
      throw new Error(`unknown operation ${op}`);
  }
}

const cases = parseScenarios(MVS_SCENARIOS).flatMap((s) => s.checks.map((c) => ({ name: `${s.name}: ${c.op} ${c.args.join(' ')}`, s, ...c })));

describe('MVS scenarios (cmd/go mvs tests)', () => {
  it('has every upstream scenario', () => {
    expect(cases.length).toBeGreaterThan(60);
  });

  it.each(cases)('$name', ({ s, op, args, want }) => {
    expect(show(run(s, op, args))).toBe(show(mods(want)));
  });
});

describe('buildList errors', () => {
  it('names the requirement path to a module whose requirements are missing', () => {
    const reqs = new TextReqs();
    reqs.addLine('A', 'B1');
    reqs.addLine('B1', 'C1');
    reqs.reqs.delete('C@1');
    let thrown: unknown;
    try {
      buildList([mod('A')], reqs);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(BuildListError);
    expect((thrown as BuildListError).message).toBe('B@1 requires\n\tC@1: missing module: C@1');
    expect((thrown as BuildListError).module).toEqual({ path: 'C', version: '1' });
  });
});
