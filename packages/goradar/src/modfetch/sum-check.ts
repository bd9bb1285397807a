/**
 * Checking downloaded hashes as cmd/go's checkModSum does: a hash recorded in go.sum must match;
 * otherwise the checksum database is asked (unless GOSUMDB=off or GONOSUMDB/GOPRIVATE matches).
 * A mismatch is a security error (ERR_CHECKSUM_MISMATCH) naming module, version, expected and got.
 */
import { matchPrefixPatterns, type ModuleVersion } from '@goradar/gomod';
import { GoradarError } from '../errors.js';
import type { GoSum } from './go-sum.js';

/** SumdbLookup returns the checksum-database lines for path@version (version may end in /go.mod). */
export interface SumdbLookup {
  readonly name: string;
  lookup(path: string, version: string): Promise<string[]>;
}

/** SumVerifier checks the hash of a module zip (version) or go.mod (version + /go.mod). */
export interface SumVerifier {
  check(mod: ModuleVersion, hash: string): Promise<void>;
}

const GO_SUM_MISMATCH = `

SECURITY ERROR
This download does NOT match an earlier download recorded in go.sum.
The bits may have been replaced on the origin server, or an attacker may
have intercepted the download attempt.

For more information, see 'go help module-auth'.`;

const SUMDB_MISMATCH = `

SECURITY ERROR
This download does NOT match the one reported by the checksum server.
The bits may have been replaced on the origin server, or an attacker may
have intercepted the download attempt.

For more information, see 'go help module-auth'.`;

const HINT = 'do not use this download; find out why the bytes differ (a tampered proxy or an edited go.sum) before trusting either';

/** SumCheckerOptions configure a SumChecker. */
export interface SumCheckerOptions {
  /** goSum holds the recorded hashes (go.sum of the main module), if any. */
  goSum?: GoSum;
  /** goSumName is the file named in mismatch messages ('go.sum' or 'go.work.sum'). */
  goSumName?: string;
  /** sumdb is the checksum database, or undefined when GOSUMDB=off. */
  sumdb?: SumdbLookup;
  /** gonosumdb lists the path globs never checked against the database. */
  gonosumdb?: string;
}

function splitGoModSuffix(mod: ModuleVersion): { base: ModuleVersion; noun: string } {
  return mod.version.endsWith('/go.mod')
    ? { base: { path: mod.path, version: mod.version.slice(0, -'/go.mod'.length) }, noun: 'go.mod' }
    : { base: mod, noun: 'module' };
}

/** SumChecker is the SumVerifier of go.sum plus checksum database. */
export class SumChecker implements SumVerifier {
  constructor(private readonly options: SumCheckerOptions = {}) {}

  /** usesSumdb reports whether path is checked against the checksum database. */
  usesSumdb(path: string): boolean {
    return this.options.sumdb !== undefined && !matchPrefixPatterns(this.options.gonosumdb ?? '', path);
  }

  async check(mod: ModuleVersion, hash: string): Promise<void> {
    const recorded = this.options.goSum?.get(`${mod.path} ${mod.version}`) ?? [];
    if (recorded.includes(hash)) return;
    const conflicting = recorded.find((h) => h.startsWith('h1:'));
    if (conflicting !== undefined) {
      const name = this.options.goSumName ?? 'go.sum';
      throw new GoradarError(
        'ERR_CHECKSUM_MISMATCH',
        `verifying ${mod.path}@${mod.version}: checksum mismatch\n\tdownloaded: ${hash}\n\t${name}:     ${conflicting}${GO_SUM_MISMATCH}`,
        { hint: HINT },
      );
    }
    if (this.usesSumdb(mod.path)) await this.checkSumdb(mod, hash);
  }

  private async checkSumdb(mod: ModuleVersion, hash: string): Promise<void> {
    const sumdb = this.options.sumdb as SumdbLookup;
    const { base, noun } = splitGoModSuffix(mod);
    let lines: string[];
    try {
      lines = await sumdb.lookup(mod.path, mod.version);
    } catch (err) {
      if (err instanceof GoradarError) throw err;
      throw new GoradarError('ERR_SUMDB', `${base.path}@${base.version}: verifying ${noun}: ${(err as Error).message}`, { cause: err });
    }
    const have = `${mod.path} ${mod.version} ${hash}`;
    const prefix = `${mod.path} ${mod.version} h1:`;
    for (const line of lines) {
      if (line === have) return;
      if (line.startsWith(prefix)) {
        const expected = line.slice(prefix.length - 3);
        throw new GoradarError(
          'ERR_CHECKSUM_MISMATCH',
          `${base.path}@${base.version}: verifying ${noun}: checksum mismatch\n\tdownloaded: ${hash}\n\t${sumdb.name}: ${expected}${SUMDB_MISMATCH}`,
          { hint: HINT },
        );
      }
    }
  }
}
