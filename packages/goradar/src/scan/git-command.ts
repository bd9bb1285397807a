import { execFile } from 'node:child_process';

/** GitError is a failed git invocation, with git's own message. */
export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

/**
 * gitArgs prefixes git arguments with the configuration every goradar git call uses: repositories
 * owned by another user are still read (the scan only reads).
 */
export function gitArgs(root: string, args: readonly string[]): string[] {
  return ['-c', 'safe.directory=*', '-C', root, ...args];
}

/** runGit runs git in root and returns its standard output; it rejects with git's stderr. */
export function runGit(root: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', gitArgs(root, args), { maxBuffer: 1 << 30, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) reject(new GitError(`git ${args[0] ?? ''}: ${(stderr || err.message).trim()}`));
      else resolve(stdout);
    });
  });
}

/** isGitWorkTreeRoot reports whether root is the top directory of a git working tree. */
export async function isGitWorkTreeRoot(root: string): Promise<boolean> {
  try {
    const top = (await runGit(root, ['rev-parse', '--show-toplevel'])).trim();
    const { realpath } = await import('node:fs/promises');
    return (await realpath(top)) === (await realpath(root));
  } catch {
    return false;
  }
}

/** headCommit returns HEAD's commit id and committer date, or undefined for a repo without commits. */
export async function headCommit(root: string): Promise<{ commit: string; time: string } | undefined> {
  try {
    const out = (await runGit(root, ['log', '-1', '--format=%H %ct', 'HEAD'])).trim();
    const [commit, seconds] = out.split(' ');
    if (!commit || !seconds) return undefined;
    return { commit, time: new Date(Number(seconds) * 1000).toISOString() };
  } catch {
    return undefined;
  }
}
