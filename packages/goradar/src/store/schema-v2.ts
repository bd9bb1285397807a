/**
 * Migration 2: the vertices of module graphs (which go.mod files a graph read, what replaces each
 * version), the module graphs of go.work workspaces, and every line of go.sum and go.work.sum, so
 * findings can name missing and stale checksums exactly. Published: never edit, append a new one.
 */
export const v2 = `
ALTER TABLE workspaces ADD COLUMN graph_error TEXT;
CREATE TABLE graph_modules (
  module_id INTEGER NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  version TEXT NOT NULL,
  loaded INTEGER NOT NULL,
  replacement TEXT,
  PRIMARY KEY (module_id, path, version)
) WITHOUT ROWID;
CREATE TABLE go_sum_entries (
  module_id INTEGER NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
  line INTEGER NOT NULL,
  path TEXT NOT NULL,
  version TEXT NOT NULL,
  is_go_mod INTEGER NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (module_id, line)
) WITHOUT ROWID;
CREATE TABLE workspace_build_lists (
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  path TEXT NOT NULL,
  version TEXT NOT NULL,
  replacement TEXT,
  PRIMARY KEY (workspace_id, position)
);
CREATE TABLE workspace_graph_edges (
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  from_path TEXT NOT NULL,
  from_version TEXT NOT NULL,
  to_path TEXT NOT NULL,
  to_version TEXT NOT NULL,
  PRIMARY KEY (workspace_id, from_path, from_version, to_path, to_version)
);
CREATE TABLE workspace_graph_modules (
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  version TEXT NOT NULL,
  loaded INTEGER NOT NULL,
  replacement TEXT,
  PRIMARY KEY (workspace_id, path, version)
) WITHOUT ROWID;
CREATE TABLE workspace_sum_entries (
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  line INTEGER NOT NULL,
  path TEXT NOT NULL,
  version TEXT NOT NULL,
  is_go_mod INTEGER NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (workspace_id, line)
) WITHOUT ROWID;
`;
