/**
 * The go command's view of a go.mod / go.work file: `go mod edit -json` (or `go work edit -json`)
 * and the bytes `go mod edit -fmt` writes to a copy. Runs go in a small pool of workers, each with
 * its own scratch directory, so thousands of inputs fit in a few minutes.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findGo, hermeticGoEnv, type HermeticGo } from '../test-support/go-oracle.js';

/** ModfileInput is one file to compare: its base name (go.mod, go.work, vendor.mod …) and bytes. */
export interface ModfileInput {
  /** label says where the input came from (corpus path or generator and index). */
  label: string;
  name: string;
  bytes: Uint8Array;
}

/** GoVerdict is what go said about one input. */
export interface GoVerdict {
  /** status is go's exit status for the -json run; -1 when go could not be run (see failure). */
  status: number;
  /** failure says why go could not judge the input (spawn error, timeout, killed). */
  failure?: string;
  json: string;
  stderr: string;
  /** formatted is the file after `-fmt`, when go accepted it. */
  formatted?: Uint8Array;
}

/** isWorkFile reports whether a file name is read as go.work (the `.work` suffix). */
export function isWorkFile(name: string): boolean {
  return name.endsWith('.work');
}

/** GoModfileOracle runs go over inputs with `workers` processes at a time. */
export class GoModfileOracle {
  private readonly hermetic: HermeticGo;
  private readonly go: string;

  constructor(private readonly workers = 2) {
    const go = findGo();
    if (!go) throw new Error('go is not installed');
    this.go = go;
    this.hermetic = hermeticGoEnv();
  }

  /** judgeAll returns go's verdict for every input, in input order. */
  async judgeAll(inputs: readonly ModfileInput[], onProgress?: (done: number) => void): Promise<GoVerdict[]> {
    const verdicts: GoVerdict[] = new Array(inputs.length);
    let next = 0;
    let done = 0;
    const work = async (worker: number): Promise<void> => {
      const dir = join(this.hermetic.root, `w${worker}`);
      mkdirSync(dir, { recursive: true });
      while (next < inputs.length) {
        const i = next++;
        verdicts[i] = await this.judgeWithRetry(dir, inputs[i] as ModfileInput);
        done++;
        if (onProgress && done % 500 === 0) onProgress(done);
      }
    };
    await Promise.all(Array.from({ length: this.workers }, (_, w) => work(w)));
    return verdicts;
  }

  // judgeWithRetry runs go again when it could not run at all (a busy machine can fail a spawn).
  private async judgeWithRetry(dir: string, input: ModfileInput): Promise<GoVerdict> {
    let failure = '';
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        return await this.judge(dir, input);
      } catch (err) {
        failure = err instanceof Error ? err.message : String(err);
      }
    }
    return { status: -1, failure, json: '', stderr: '' };
  }

  private async judge(dir: string, input: ModfileInput): Promise<GoVerdict> {
    const file = join(dir, input.name);
    const sub = isWorkFile(input.name) ? 'work' : 'mod';
    writeFileSync(file, input.bytes);
    const json = await this.run(dir, [sub, 'edit', '-json', input.name]);
    if (json.status !== 0) return { status: json.status, json: json.stdout, stderr: json.stderr };
    const fmt = await this.run(dir, [sub, 'edit', '-fmt', input.name]);
    if (fmt.status !== 0) throw new Error(`go ${sub} edit -fmt failed after -json succeeded: ${fmt.stderr}`);
    return { status: 0, json: json.stdout, stderr: json.stderr, formatted: readFileSync(file) };
  }

  private run(cwd: string, args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.go, args, { cwd, env: { ...process.env, ...this.hermetic.env }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => err.push(b));
      child.on('error', reject);
      child.on('close', (code, signal) => {
        if (code === null) return reject(new Error(`go ${args.join(' ')} ended by ${signal ?? 'a signal'}`));
        // latin1 keeps every byte, so invalid UTF-8 in go's output survives for comparison.
        resolve({ status: code ?? -1, stdout: Buffer.concat(out).toString('latin1'), stderr: Buffer.concat(err).toString('latin1') });
      });
    });
  }

  /** dispose removes the scratch directories; a failure to remove them is reported, not thrown. */
  dispose(): void {
    try {
      this.hermetic.dispose();
    } catch (err) {
      process.stderr.write(`conformance: could not remove ${this.hermetic.root}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
}
