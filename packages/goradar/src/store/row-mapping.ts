import type { TableName } from './types.js';

/** Columns whose TypeScript name is not the snake_case of the SQL name (SQL keywords). */
const renamed: Readonly<Record<string, string>> = { commit: 'commit_hash' };

/** Boolean columns, stored as 0/1 integers. */
const booleanColumns: Partial<Record<TableName, readonly string[]>> = {
  requirements: ['indirect'],
  module_files: ['isTest'],
  graph_modules: ['loaded'],
  go_sum_entries: ['isGoMod'],
  workspace_graph_modules: ['loaded'],
  workspace_sum_entries: ['isGoMod'],
};

/** Primary-key order for select and iterate, per table. */
export const orderBy: Readonly<Record<TableName, string>> = {
  scan_runs: 'id',
  repos: 'id',
  snapshots: 'id',
  workspaces: 'id',
  modules: 'id',
  requirements: 'module_id, line, path',
  replaces: 'module_id, line, old_path',
  excludes: 'module_id, line, path',
  retracts: 'module_id, line, low',
  build_lists: 'module_id, position',
  graph_edges: 'module_id, from_path, from_version, to_path, to_version',
  go_sums: 'module_id',
  go_sum_entries: 'module_id, line',
  graph_modules: 'module_id, path, version',
  workspace_build_lists: 'workspace_id, position',
  workspace_graph_edges: 'workspace_id, from_path, from_version, to_path, to_version',
  workspace_graph_modules: 'workspace_id, path, version',
  workspace_sum_entries: 'workspace_id, line',
  file_signals: 'content_hash, analyzer',
  module_files: 'module_id, rel_path',
  module_signals: 'module_id',
  module_imports: 'module_id, import_path',
  dependency_usage: 'module_id, path',
  problems: 'id',
  findings: 'id',
};

/** toColumn returns the SQL column name of a row field. */
export function toColumn(field: string): string {
  return renamed[field] ?? field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** toField returns the row field name of an SQL column. */
export function toField(column: string): string {
  for (const [field, col] of Object.entries(renamed)) if (col === column) return field;
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** toSqlValue converts a row value for binding (booleans become 0/1). */
export function toSqlValue(value: unknown): unknown {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

/** toRow converts an SQL result row into the table's row type. */
export function toRow<R>(table: TableName, raw: Record<string, unknown>): R {
  const bools = booleanColumns[table] ?? [];
  const row: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(raw)) {
    const field = toField(column);
    row[field] = bools.includes(field) ? value === 1 : value;
  }
  return row as R;
}

/** toInsert returns the SQL and values inserting row into table. */
export function toInsert(table: TableName, row: Record<string, unknown>): { sql: string; values: unknown[] } {
  const fields = Object.keys(row);
  const columns = fields.map(toColumn);
  return {
    sql: `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    values: fields.map((f) => toSqlValue(row[f])),
  };
}
