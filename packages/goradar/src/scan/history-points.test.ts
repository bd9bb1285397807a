import { describe, expect, it } from 'vitest';
import { chooseMainLineCommits, historyCutoffs, parseFirstParentLog, type MainLineCommit } from './history-points.js';

describe('historyCutoffs', () => {
  it.each([
    ['yearly', '2021-06-15', '2024-03-01', ['2021', '2022', '2023'], '2022-01-01T00:00:00.000Z'],
    ['quarterly', '2023-05-01', '2024-01-01', ['2023-Q2', '2023-Q3', '2023-Q4'], '2023-07-01T00:00:00.000Z'],
    ['monthly', '2023-11-20', '2024-02-10', ['2023-11', '2023-12', '2024-01'], '2023-12-01T00:00:00.000Z'],
    ['yearly', '2024-01-01', '2024-06-01', [], undefined],
  ] as const)('%s from %s to %s', (granularity, since, now, labels, firstCutoff) => {
    const points = historyCutoffs(granularity, new Date(since), new Date(now));
    expect(points.map((p) => p.label)).toEqual(labels);
    expect(points[0]?.cutoff.toISOString()).toBe(firstCutoff);
  });
});

const day = (iso: string): number => Date.parse(`${iso}T12:00:00Z`);

describe('chooseMainLineCommits', () => {
  // Newest first, as git log --first-parent prints. m2 is a merge dated 2023-03 whose parent chain
  // is fine, but c3 (main line) carries a clock-skewed date in the future of its child.
  const mainLine: MainLineCommit[] = [
    { commit: 'c5', time: day('2023-08-01') },
    { commit: 'c4', time: day('2023-02-10') },
    { commit: 'c3', time: day('2023-04-01') },
    { commit: 'c2', time: day('2023-01-15') },
    { commit: 'c1', time: day('2022-11-01') },
  ];
  it.each([
    ['2022-12-01', 'c1'],
    ['2023-02-01', 'c2'],
    // c4 is dated before March but its ancestor c3 is not: the state before March is c2.
    ['2023-03-01', 'c2'],
    ['2023-05-01', 'c4'],
    ['2023-09-01', 'c5'],
    ['2022-01-01', undefined],
  ])('cut-off %s chooses %s', (cutoff, expected) => {
    const chosen = chooseMainLineCommits(mainLine, [{ label: cutoff, cutoff: new Date(`${cutoff}T00:00:00Z`) }]);
    expect(chosen[0]?.commit).toBe(expected);
  });

  it('parses git log output', () => {
    expect(parseFirstParentLog('abc 1700000000\ndef 1600000000\n\n')).toEqual([
      { commit: 'abc', time: 1700000000000 },
      { commit: 'def', time: 1600000000000 },
    ]);
  });
});
