import * as semver from '../semver/semver.js';
import type { Retraction } from './summary.js';

/**
 * retractionsOf returns the retract directives whose closed interval contains version (the go
 * command consults those of the module's latest version's go.mod).
 * https://go.dev/ref/mod#go-mod-file-retract
 */
export function retractionsOf(version: string, retracts: readonly Retraction[]): Retraction[] {
  return retracts.filter((r) => semver.compare(r.low, version) <= 0 && semver.compare(version, r.high) <= 0);
}

/** isRetracted reports whether some retract interval contains version. */
export function isRetracted(version: string, retracts: readonly Retraction[]): boolean {
  return retractionsOf(version, retracts).length > 0;
}
