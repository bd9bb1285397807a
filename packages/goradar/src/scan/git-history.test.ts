import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { chooseHistoryCommits } from './git-history.js';
import { GitFixture, makeTempDir } from './test-support/git-fixture.js';

describe('chooseHistoryCommits on a repository with late merges', () => {
  const tmp = makeTempDir('history');
  afterAll(() => tmp.remove());
  const repo = new GitFixture(join(tmp.dir, 'repo'));
  const base = repo.commit('2022-12-01T10:00:00Z', { 'go.mod': 'module example.com/a\n\ngo 1.20\n' });
  repo.git(['checkout', '-q', '-b', 'feature']);
  // Written in January on a branch, merged only in March.
  const feature = repo.commit('2023-01-10T10:00:00Z', { 'f.go': 'package a\n' });
  repo.git(['checkout', '-q', 'main']);
  const mainFeb = repo.commit('2023-02-05T10:00:00Z', { 'a.go': 'package a\n' });
  const merge = repo.merge('feature', '2023-03-20T10:00:00Z');

  it.each([
    ['2022-12', base],
    ['2023-01', base],
    ['2023-02', mainFeb],
    ['2023-03', merge],
  ])('month %s stands at the main-line commit', async (label, expected) => {
    const chosen = await chooseHistoryCommits({ root: repo.root, granularity: 'monthly', since: new Date('2022-12-01T00:00:00Z'), now: new Date('2023-04-02T00:00:00Z') });
    expect(chosen.find((c) => c.label === label)?.commit).toBe(expected);
  });

  it('differs from a naive rev-list --before, which picks the unmerged branch commit', () => {
    const naive = repo.git(['rev-list', '-1', '--before=2023-02-01T00:00:00Z', 'HEAD']);
    expect(naive).toBe(feature);
    expect(naive).not.toBe(base);
  });
});
