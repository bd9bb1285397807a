import { gover } from '@goradar/gomod';

/** OUTLIER_MINOR_GAP is how many minor releases below the fleet median a go/toolchain line must be to be an outlier. */
export const OUTLIER_MINOR_GAP = 3;

/** goLineLang is the language version (`1.21`) of a `go` line, '' when invalid. */
export function goLineLang(version: string | null): string {
  return version !== null && gover.isValid(version) ? gover.lang(version) : '';
}

/** toolchainLang is the language version of a `toolchain` name (`go1.22.3` → `1.22`), '' when invalid or `default`. */
export function toolchainLang(name: string | null): string {
  if (name === null) return '';
  const version = gover.fromToolchain(name);
  return version === '' ? '' : gover.lang(version);
}

/** lowerMedian is the lower median of Go versions in Go order, '' for an empty list. */
export function lowerMedian(versions: readonly string[]): string {
  if (versions.length === 0) return '';
  const sorted = [...versions].sort(gover.compare);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? '';
}

function splitLang(lang: string): [number, number] | undefined {
  const m = /^(\d+)(?:\.(\d+))?/.exec(lang);
  return m ? [Number(m[1]), Number(m[2] ?? '0')] : undefined;
}

/**
 * minorsBehind counts the minor releases from lang up to reference (0 when lang is not older);
 * a different major counts as Infinity.
 */
export function minorsBehind(lang: string, reference: string): number {
  const a = splitLang(lang);
  const b = splitLang(reference);
  if (!a || !b) return 0;
  if (a[0] !== b[0]) return a[0] < b[0] ? Infinity : 0;
  return Math.max(0, b[1] - a[1]);
}
