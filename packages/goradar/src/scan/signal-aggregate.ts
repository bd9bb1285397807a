type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Aggregate is the running total of many files' signals. */
export type Aggregate = { [key: string]: number | Aggregate };

/**
 * addSignals folds one file's signals into an aggregate, whatever their shape: numbers are summed,
 * true booleans counted, strings counted per value (`key.value`), arrays counted by length
 * (`keyCount`) with their string items counted per value, and objects folded recursively.
 * Names and positions (`name`, `line`, `column`, `offset`, lists of line numbers) are left out.
 */
export function addSignals(total: Aggregate, signals: unknown): Aggregate {
  if (!signals || typeof signals !== 'object' || Array.isArray(signals)) return total;
  for (const [key, value] of Object.entries(signals as Record<string, Json>)) addValue(total, key, value);
  return total;
}

/** Keys that identify or position rather than measure: never aggregated. */
const positional = new Set(['name', 'line', 'column', 'offset', 'pos', 'end']);

function addValue(total: Aggregate, key: string, value: Json): void {
  if (positional.has(key)) return;
  if (typeof value === 'number') bump(total, key, value);
  else if (value === true) bump(total, key, 1);
  else if (typeof value === 'string') bump(child(total, key), value, 1);
  else if (Array.isArray(value)) {
    // A list of numbers is a list of positions (evidence lines), not a measure.
    if (value.length > 0 && value.every((v) => typeof v === 'number')) return;
    bump(total, `${key}Count`, value.length);
    for (const item of value) {
      if (typeof item === 'string') bump(child(total, key), item, 1);
      else if (item && typeof item === 'object' && !Array.isArray(item)) addSignals(child(total, key), item);
    }
  } else if (value && typeof value === 'object') addSignals(child(total, key), value);
}

function bump(total: Aggregate, key: string, by: number): void {
  const current = total[key];
  if (typeof current === 'object') return;
  total[key] = (current ?? 0) + by;
}

function child(total: Aggregate, key: string): Aggregate {
  const current = total[key];
  if (typeof current === 'object') return current;
  const made: Aggregate = {};
  if (current === undefined) total[key] = made;
  return made;
}

/** sortedJson renders an aggregate with keys sorted, so equal aggregates give equal text. */
export function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
