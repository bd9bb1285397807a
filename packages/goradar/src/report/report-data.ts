import type { Severity } from '../store/types.js';

/** REPORT_SCHEMA names the version of the ReportData shape written to report.json. */
export const REPORT_SCHEMA = 'goradar-report/1';

/** FigureInfo is what every figure carries: a title and a caption saying how it was computed. */
export interface FigureInfo {
  title: string;
  caption: string;
}

/** Overview is the fleet in numbers (latest snapshot of each repository). */
export interface Overview extends FigureInfo {
  repos: number;
  snapshots: number;
  points: string[];
  modules: number;
  unparseableModules: number;
  workspaces: number;
  requirementLines: number;
  distinctModules: number;
  goFiles: number;
  problems: number;
  findingsBySeverity: Record<Severity, number>;
}

/** ReuseRow is one required module and how many repositories require it. */
export interface ReuseRow {
  path: string;
  repos: number;
  /** share is repos / all repositories, rounded to 4 decimals. */
  share: number;
  /** directRepos require it directly in some module; indirectRepos only through `// indirect` lines. */
  directRepos: number;
  indirectRepos: number;
}

/** ReuseFigure lists the most reused modules. */
export interface ReuseFigure extends FigureInfo {
  totalRepos: number;
  distinctModules: number;
  rows: ReuseRow[];
}

/** SkewRow is one module required at several versions, each with its repository count. */
export interface SkewRow {
  path: string;
  newest: string;
  versions: Array<{ version: string; repos: number }>;
  /** reposBehind counts repositories requiring some version older than newest. */
  reposBehind: number;
}

/** SkewFigure is the version-skew heatmap: module × version × repositories. */
export interface SkewFigure extends FigureInfo {
  skewedModules: number;
  rows: SkewRow[];
}

/** VersionCount is how many modules declare one Go language version. */
export interface VersionCount {
  version: string;
  modules: number;
}

/** GoVersionFigure is the spread of go and toolchain lines. */
export interface GoVersionFigure extends FigureInfo {
  go: VersionCount[];
  toolchain: VersionCount[];
  goMedian: string;
  toolchainMedian: string;
  missingGo: number;
  noToolchain: number;
  outliers: Array<{ repo: string; moduleDir: string; directive: string; version: string }>;
}

/** TrendSeries is one code signal's adoption over the history points. */
export interface TrendSeries {
  id: string;
  label: string;
  /** repos[i] counts repositories showing the signal at points[i]; shares[i] divides by reposPerPoint[i]. */
  repos: number[];
  shares: number[];
}

/** TrendFigure is the adoption of code signals over time. */
export interface TrendFigure extends FigureInfo {
  points: string[];
  reposPerPoint: number[];
  series: TrendSeries[];
}

/** EmergingRow is a module whose reuse grew over the history points. */
export interface EmergingRow {
  path: string;
  shares: number[];
  growth: number;
}

/** EmergingFigure lists the modules whose reuse grew fastest. */
export interface EmergingFigure extends FigureInfo {
  points: string[];
  rows: EmergingRow[];
}

/** ReplaceItem is one replace directive and its classification. */
export interface ReplaceItem {
  repo: string;
  moduleDir: string;
  file: string;
  line: number;
  old: string;
  new: string;
  class: 'local-inside' | 'local-outside' | 'fork' | 'pin';
}

/** ReplacesFigure lists the replace directives of the fleet. */
export interface ReplacesFigure extends FigureInfo {
  counts: Record<ReplaceItem['class'], number>;
  items: ReplaceItem[];
}

/** FindingItem is one finding as the report shows it. */
export interface FindingItem {
  severity: Severity;
  kind: string;
  repo: string;
  file: string | null;
  line: number | null;
  commit: string | null;
  message: string;
}

/** FindingsFigure is the findings by severity and kind, and the most severe ones. */
export interface FindingsFigure extends FigureInfo {
  total: number;
  bySeverity: Record<Severity, number>;
  byKind: Array<{ kind: string; title: string; count: number }>;
  top: FindingItem[];
}

/** RepoModule is one module of a repository section. */
export interface RepoModule {
  dir: string;
  path: string;
  go: string | null;
  toolchain: string | null;
  direct: number;
  indirect: number;
  replaces: number;
  buildList: number;
  goFiles: number;
  error: string | null;
}

/** RepoSection is the per-repository part of the report. */
export interface RepoSection {
  name: string;
  point: string;
  commit: string | null;
  commitTime: string | null;
  modules: RepoModule[];
  signals: string[];
  findingsBySeverity: Record<Severity, number>;
  findings: FindingItem[];
}

/** ReportData is every figure of the report; report.json is exactly this object. */
export interface ReportData {
  schema: typeof REPORT_SCHEMA;
  title: string;
  generatedAt: string;
  overview: Overview;
  findings: FindingsFigure;
  reuse: ReuseFigure;
  skew: SkewFigure;
  goVersions: GoVersionFigure;
  trends: TrendFigure;
  emerging: EmergingFigure;
  replaces: ReplacesFigure;
  repos: RepoSection[];
}
