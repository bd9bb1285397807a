/**
 * Creates the bundled example fleet: each folder of examples/fleet/<repo>/ holds the files of one
 * commit (`NN-YYYY-MM-DD/`, applied in order on top of the previous state) and becomes a real git
 * repository with one dated commit per folder. Nothing here needs the network.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** EXAMPLES_DIR is the examples/ folder of the project. */
export const EXAMPLES_DIR = dirname(fileURLToPath(import.meta.url));
/** FLEET_FIXTURES is where the repositories' commits are authored. */
export const FLEET_FIXTURES = join(EXAMPLES_DIR, 'fleet');
/** EXAMPLE_PROXY is the bundled GOPROXY directory (Go's proxy layout). */
export const EXAMPLE_PROXY = join(EXAMPLES_DIR, 'proxy');

const MARKER = '.goradar-example-fleet';

/** FixtureCommit is one authored commit: its folder and date. */
export interface FixtureCommit {
  step: string;
  date: string;
  dir: string;
}

/** CreatedRepo is one repository of the created fleet. */
export interface CreatedRepo {
  name: string;
  dir: string;
  commits: Array<FixtureCommit & { sha: string }>;
}

/** fixtureCommits lists the commit folders of one fixture repository in order. */
export function fixtureCommits(repo: string, fixtures = FLEET_FIXTURES): FixtureCommit[] {
  return readdirSync(join(fixtures, repo))
    .filter((step) => /^\d{2}-\d{4}-\d{2}-\d{2}$/.test(step))
    .sort()
    .map((step) => ({ step, date: step.slice(3), dir: join(fixtures, repo, step) }));
}

/** fixtureRepos lists the repositories of the example fleet. */
export function fixtureRepos(fixtures = FLEET_FIXTURES): string[] {
  return readdirSync(fixtures, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** git runs git in cwd with only the fleet's own (empty) configuration and no hooks. */
function git(fleetRoot: string, cwd: string, args: string[], date?: string): string {
  const when = date ? `${date}T12:00:00+00:00` : undefined;
  const identity = ['-c', 'user.name=goradar example', '-c', 'user.email=example@goradar.invalid', '-c', 'commit.gpgsign=false', '-c', `core.hooksPath=${join(fleetRoot, '.no-hooks')}`];
  return execFileSync('git', [...identity, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(fleetRoot, '.gitconfig'), ...(when ? { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } : {}) },
  }).trim();
}

function prepareDest(dest: string): void {
  if (existsSync(dest)) {
    const entries = readdirSync(dest);
    if (entries.length > 0 && !entries.includes(MARKER)) throw new Error(`${dest} exists and is not an example fleet: choose an empty directory`);
    rmSync(dest, { recursive: true, force: true });
  }
  mkdirSync(dest, { recursive: true });
  writeFileSync(join(dest, MARKER), 'created by goradar examples/create-fleet.ts\n');
  writeFileSync(join(dest, '.gitconfig'), '');
}

/**
 * createExampleFleet turns the fixtures into git repositories under dest (replacing an example
 * fleet created there before) and returns them with their commit ids.
 */
export function createExampleFleet(dest: string, fixtures = FLEET_FIXTURES): CreatedRepo[] {
  const root = resolve(dest);
  prepareDest(root);
  return fixtureRepos(fixtures).map((name) => {
    const dir = join(root, name);
    mkdirSync(dir);
    git(root, dir, ['init', '-q', '-b', 'main']);
    const commits = fixtureCommits(name, fixtures).map((c) => {
      cpSync(c.dir, dir, { recursive: true });
      git(root, dir, ['add', '-A']);
      git(root, dir, ['commit', '-q', '-m', `${name}: ${c.step.slice(3)} state`], c.date);
      return { ...c, sha: git(root, dir, ['rev-parse', 'HEAD']) };
    });
    return { name, dir, commits };
  });
}

/** exampleGoEnv is the environment that keeps the go command and goradar offline on the example. */
export function exampleGoEnv(work: string): Record<string, string> {
  return {
    GOPROXY: `file://${EXAMPLE_PROXY}`,
    GOFLAGS: '-mod=mod',
    GOSUMDB: 'off',
    GONOSUMDB: '',
    GOPRIVATE: '',
    GONOPROXY: '',
    GOTOOLCHAIN: 'local',
    GOMODCACHE: join(work, 'gomodcache'),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dest = process.argv[2] ?? 'out/example/fleet';
  for (const repo of createExampleFleet(dest)) process.stdout.write(`${repo.dir}: ${repo.commits.length} commits\n`);
}
