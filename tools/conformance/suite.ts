/** ConformanceOptions control one conformance run. */
export interface ConformanceOptions {
  /** full is true for `npm run conformance` (thousands of inputs), false for the default test sample. */
  full: boolean;
  /** seed makes generated inputs reproducible. */
  seed: number;
  log: (line: string) => void;
}

/** ConformanceResult counts how often goradar agreed with the go command. */
export interface ConformanceResult {
  total: number;
  agreed: number;
  /** skipped counts inputs that could not be compared (say why in disagreements' neighbour, notes). */
  skipped: number;
  /** disagreements holds one short description per disagreement (the first ones, for the report). */
  disagreements: string[];
  notes?: string[];
}

/** ConformanceSuite is one differential comparison of goradar against the go command. */
export interface ConformanceSuite {
  name: string;
  run(options: ConformanceOptions): Promise<ConformanceResult>;
}
