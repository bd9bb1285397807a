/** BenchMeasurement is one measured figure of one tool. */
export interface BenchMeasurement {
  value: number;
  unit: string;
  /** higherIsBetter is true for throughput (MB/s), false for time (ms). */
  higherIsBetter: boolean;
}

/** BenchRow compares goradar with its anchor (usually the go command) measured in the same run. */
export interface BenchRow {
  name: string;
  goradar: BenchMeasurement;
  anchor?: BenchMeasurement & { label: string };
  /** goal is the ratio the issue asks for, expressed as goradar-relative-to-anchor (e.g. ">= 1.0x throughput"). */
  goal?: string;
  extra?: Record<string, string | number>;
}

/** BenchSuite is one benchmark; it logs progress and returns its rows. */
export interface BenchSuite {
  name: string;
  run(log: (line: string) => void): Promise<BenchRow[]>;
}

/** ratio returns goradar's speed relative to the anchor: >1 means goradar is faster. */
export function ratio(row: BenchRow): number | undefined {
  if (!row.anchor) return undefined;
  return row.goradar.higherIsBetter ? row.goradar.value / row.anchor.value : row.anchor.value / row.goradar.value;
}
