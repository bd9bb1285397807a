import { v2 } from './schema-v2.js';

/**
 * Migration is one forward step of the SQLite schema. Migrations run in order, each in its own
 * transaction, and the level reached is recorded in schema_version (docs/store-schema.md).
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

const v1 = `
CREATE TABLE scan_runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL CHECK (status IN ('running', 'complete', 'failed')),
  args_json TEXT NOT NULL,
  stats_json TEXT
);
CREATE TABLE repos (
  id INTEGER PRIMARY KEY,
  root TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('git', 'dir'))
);
CREATE TABLE snapshots (
  id INTEGER PRIMARY KEY,
  repo_id INTEGER NOT NULL REFERENCES repos(id) ON DELETE CASCADE,
  point TEXT NOT NULL,
  cutoff TEXT,
  source TEXT NOT NULL CHECK (source IN ('worktree', 'commit')),
  commit_hash TEXT,
  commit_time TEXT,
  scan_run_id INTEGER NOT NULL REFERENCES scan_runs(id),
  UNIQUE (repo_id, point)
);
CREATE TABLE workspaces (
  id INTEGER PRIMARY KEY,
  snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  dir TEXT NOT NULL,
  go_version TEXT,
  toolchain TEXT,
  uses_json TEXT NOT NULL,
  manifest_error TEXT,
  UNIQUE (snapshot_id, dir)
);
CREATE TABLE modules (
  id INTEGER PRIMARY KEY,
  snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  dir TEXT NOT NULL,
  path TEXT NOT NULL,
  go_version TEXT,
  toolchain TEXT,
  deprecated TEXT,
  manifest_error TEXT,
  graph_error TEXT,
  workspace_id INTEGER REFERENCES workspaces(id) ON DELETE SET NULL,
  UNIQUE (snapshot_id, dir)
);
CREATE INDEX modules_path ON modules(path);
CREATE TABLE requirements (
  module_id INTEGER NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  version TEXT NOT NULL,
  indirect INTEGER NOT NULL,
  line INTEGER NOT NULL,
  PRIMARY KEY (module_id, line, path)
);
CREATE INDEX requirements_path ON requirements(path, version);
CREATE TABLE replaces (
  module_id INTEGER NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
  old_path TEXT NOT NULL,
  old_version TEXT,
  new_path TEXT NOT NULL,
  new_version TEXT,
  line INTEGER NOT NULL,
  PRIMARY KEY (module_id, line, old_path)
);
CREATE TABLE excludes (
  module_id INTEGER NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  version TEXT NOT NULL,
  line INTEGER NOT NULL,
  PRIMARY KEY (module_id, line, path)
);
CREATE TABLE retracts (
  module_id INTEGER NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
  low TEXT NOT NULL,
  high TEXT NOT NULL,
  rationale TEXT NOT NULL,
  line INTEGER NOT NULL,
  PRIMARY KEY (module_id, line, low)
);
CREATE TABLE build_lists (
  module_id INTEGER NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  path TEXT NOT NULL,
  version TEXT NOT NULL,
  replacement TEXT,
  PRIMARY KEY (module_id, position)
);
CREATE INDEX build_lists_path ON build_lists(path, version);
CREATE TABLE graph_edges (
  module_id INTEGER NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
  from_path TEXT NOT NULL,
  from_version TEXT NOT NULL,
  to_path TEXT NOT NULL,
  to_version TEXT NOT NULL,
  PRIMARY KEY (module_id, from_path, from_version, to_path, to_version)
);
CREATE TABLE go_sums (
  module_id INTEGER PRIMARY KEY REFERENCES modules(id) ON DELETE CASCADE,
  lines INTEGER NOT NULL,
  modules INTEGER NOT NULL,
  go_mod_only INTEGER NOT NULL,
  parse_error TEXT
);
CREATE TABLE file_signals (
  content_hash TEXT NOT NULL,
  analyzer TEXT NOT NULL,
  size INTEGER NOT NULL,
  signals_json TEXT,
  error TEXT,
  PRIMARY KEY (content_hash, analyzer)
);
CREATE TABLE module_files (
  module_id INTEGER NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
  rel_path TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  is_test INTEGER NOT NULL,
  PRIMARY KEY (module_id, rel_path)
);
CREATE INDEX module_files_hash ON module_files(content_hash);
CREATE TABLE module_signals (
  module_id INTEGER PRIMARY KEY REFERENCES modules(id) ON DELETE CASCADE,
  files INTEGER NOT NULL,
  test_files INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  failed_files INTEGER NOT NULL,
  aggregate_json TEXT NOT NULL
);
CREATE TABLE module_imports (
  module_id INTEGER NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
  import_path TEXT NOT NULL,
  provider TEXT NOT NULL CHECK (provider IN ('std', 'main', 'dependency', 'unknown')),
  provider_path TEXT,
  files INTEGER NOT NULL,
  test_files INTEGER NOT NULL,
  PRIMARY KEY (module_id, import_path)
);
CREATE TABLE dependency_usage (
  module_id INTEGER NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  requirement TEXT NOT NULL CHECK (requirement IN ('direct', 'indirect', 'none')),
  version TEXT,
  imported_files INTEGER NOT NULL,
  imported_test_files INTEGER NOT NULL,
  PRIMARY KEY (module_id, path)
);
CREATE TABLE problems (
  id INTEGER PRIMARY KEY,
  repo_id INTEGER NOT NULL REFERENCES repos(id) ON DELETE CASCADE,
  snapshot_id INTEGER REFERENCES snapshots(id) ON DELETE CASCADE,
  module_id INTEGER REFERENCES modules(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  file TEXT NOT NULL,
  line INTEGER,
  message TEXT NOT NULL
);
CREATE INDEX problems_snapshot ON problems(snapshot_id);
CREATE TABLE findings (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('info', 'low', 'medium', 'high', 'critical')),
  repo_id INTEGER NOT NULL REFERENCES repos(id) ON DELETE CASCADE,
  snapshot_id INTEGER REFERENCES snapshots(id) ON DELETE CASCADE,
  module_id INTEGER REFERENCES modules(id) ON DELETE CASCADE,
  file TEXT,
  line INTEGER,
  commit_hash TEXT,
  message TEXT NOT NULL,
  evidence_json TEXT NOT NULL
);
CREATE INDEX findings_snapshot ON findings(snapshot_id);
CREATE INDEX findings_kind ON findings(kind);
`;

/** migrations lists every schema migration in order; append, never edit a published one. */
export const migrations: readonly Migration[] = [
  { version: 1, description: 'initial schema', sql: v1 },
  { version: 2, description: 'graph vertices, workspace graphs, go.sum and go.work.sum lines', sql: v2 },
];

/** latestSchemaVersion is the version a freshly migrated store has. */
export const latestSchemaVersion = migrations[migrations.length - 1]?.version ?? 0;
