import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** makeTempDir creates a temporary directory and returns it with its remover. */
export function makeTempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `goradar-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }) };
}

/** writeTree writes files (relative path -> content) under root. */
export function writeTree(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** GitFixture drives a real git repository with controlled commit dates. */
export class GitFixture {
  constructor(readonly root: string) {
    mkdirSync(root, { recursive: true });
    this.git(['init', '-q', '-b', 'main']);
  }

  /** git runs a git command in the repository and returns its trimmed output. */
  git(args: string[], date?: string): string {
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: this.root,
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    };
    return execFileSync('git', args, { cwd: this.root, env, encoding: 'utf8' }).trim();
  }

  /** commit writes files and commits them at date (ISO), returning the commit id. */
  commit(date: string, files: Record<string, string | Uint8Array>, message = `change at ${date}`): string {
    writeTree(this.root, files);
    this.git(['add', '-A']);
    this.git(['commit', '-q', '--allow-empty', '-m', message], date);
    return this.git(['rev-parse', 'HEAD']);
  }

  /** merge merges branch into the current branch with a merge commit at date. */
  merge(branch: string, date: string): string {
    this.git(['merge', '-q', '--no-ff', '-m', `merge ${branch}`, branch], date);
    return this.git(['rev-parse', 'HEAD']);
  }
}
