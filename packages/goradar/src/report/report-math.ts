import type { Severity } from '../store/types.js';

/** round4 rounds a ratio to 4 decimals, so report figures are stable text. */
export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** share is part / whole rounded to 4 decimals, 0 when whole is 0. */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : round4(part / whole);
}

/** zeroSeverities returns a count per severity, all 0. */
export function zeroSeverities(): Record<Severity, number> {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}

/** compareStrings orders strings by UTF-16 code units, locale-independently. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
