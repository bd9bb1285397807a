import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { GoradarError } from '../errors.js';
import { migrateDatabase } from './migrate.js';
import { orderBy, toColumn, toInsert, toRow, toSqlValue } from './row-mapping.js';
import { writeSnapshotRows } from './write-snapshot.js';
import type {
  FileSignalsRow,
  NewFinding,
  ProblemData,
  RepoRow,
  RowFilter,
  RunStatus,
  SnapshotData,
  SnapshotRow,
  Store,
  TableName,
  TableRows,
  Without,
} from './types.js';

/** SqlInsert runs one prepared INSERT for a row of a table and returns the new rowid. */
export type SqlInsert = (table: TableName, row: object) => number;

/**
 * SqliteStore is the embedded Store: one SQLite file in WAL mode. Every write is one transaction,
 * so a process killed at any point leaves either the old or the new state.
 */
export class SqliteStore implements Store {
  readonly schemaVersion: number;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(db: Database.Database) {
    this.db = db;
    this.schemaVersion = migrateDatabase(db);
  }

  beginRun(argsJson: string, startedAt: string): number {
    return this.insert('scan_runs', { startedAt, finishedAt: null, status: 'running', argsJson, statsJson: null });
  }

  finishRun(runId: number, status: Exclude<RunStatus, 'running'>, statsJson: string, finishedAt: string): void {
    this.run('UPDATE scan_runs SET status = ?, stats_json = ?, finished_at = ? WHERE id = ?', [status, statsJson, finishedAt, runId]);
  }

  upsertRepo(repo: Without<RepoRow, 'id' | 'name'>): number {
    return this.db.transaction(() => {
      const found = this.statement('SELECT id FROM repos WHERE root = ?').get(repo.root) as { id: number } | undefined;
      if (found) {
        this.run('UPDATE repos SET kind = ? WHERE id = ?', [repo.kind, found.id]);
        return found.id;
      }
      return this.insert('repos', { root: repo.root, name: this.uniqueName(repo.root), kind: repo.kind });
    })();
  }

  findSnapshot(repoId: number, point: string): SnapshotRow | undefined {
    return this.select('snapshots', { repoId, point })[0];
  }

  writeSnapshot(repoId: number, runId: number, data: SnapshotData): number {
    return this.db.transaction(() => {
      this.run('DELETE FROM snapshots WHERE repo_id = ? AND point = ?', [repoId, data.snapshot.point]);
      return writeSnapshotRows((table, row) => this.insert(table, row), { repoId, runId, data });
    })();
  }

  touchSnapshot(snapshotId: number, runId: number): void {
    this.run('UPDATE snapshots SET scan_run_id = ? WHERE id = ?', [runId, snapshotId]);
  }

  recordRepoProblems(repoId: number, problems: Array<Without<ProblemData, 'moduleDir'>>): void {
    this.db.transaction(() => {
      this.run('DELETE FROM problems WHERE repo_id = ? AND snapshot_id IS NULL', [repoId]);
      for (const p of problems) this.insert('problems', { ...p, repoId, snapshotId: null, moduleId: null });
    })();
  }

  // Asked once per file a scan meets: only the hashes are read, not the stored signals.
  knownContent(hashes: readonly string[], analyzer: string): Set<string> {
    const known = new Set<string>();
    if (hashes.length === 1) {
      const hash = hashes[0] as string;
      if (this.statement('SELECT 1 FROM file_signals WHERE content_hash = ? AND analyzer = ?').pluck().get(hash, analyzer) !== undefined) known.add(hash);
      return known;
    }
    for (const part of chunks(hashes)) {
      const sql = `SELECT content_hash FROM file_signals WHERE analyzer = ? AND content_hash IN (${part.map(() => '?').join(', ')})`;
      for (const hash of this.statement(sql).pluck().all(analyzer, ...part) as string[]) known.add(hash);
    }
    return known;
  }

  putFileSignals(rows: readonly FileSignalsRow[]): void {
    const sql =
      'INSERT OR REPLACE INTO file_signals (content_hash, analyzer, size, signals_json, error) VALUES (?, ?, ?, ?, ?)';
    this.db.transaction(() => {
      for (const r of rows) this.run(sql, [r.contentHash, r.analyzer, r.size, r.signalsJson, r.error]);
    })();
  }

  fileSignals(hashes: readonly string[], analyzer: string): Map<string, FileSignalsRow> {
    const found = new Map<string, FileSignalsRow>();
    for (const part of chunks(hashes)) {
      const sql = `SELECT * FROM file_signals WHERE analyzer = ? AND content_hash IN (${part.map(() => '?').join(', ')})`;
      for (const raw of this.statement(sql).all(analyzer, ...part) as Array<Record<string, unknown>>) {
        const row = toRow<FileSignalsRow>('file_signals', raw);
        found.set(row.contentHash, row);
      }
    }
    return found;
  }

  select<T extends TableName>(table: T, filter: RowFilter<T> = {}): Array<TableRows[T]> {
    return [...this.iterate(table, filter)];
  }

  *iterate<T extends TableName>(table: T, filter: RowFilter<T> = {}): IterableIterator<TableRows[T]> {
    const { where, values } = whereClause(filter as Record<string, unknown>);
    const sql = `SELECT * FROM ${table}${where} ORDER BY ${orderBy[table]}`;
    for (const raw of this.statement(sql).iterate(...values) as IterableIterator<Record<string, unknown>>) {
      yield toRow<TableRows[T]>(table, raw);
    }
  }

  replaceFindings(scope: readonly number[] | 'all', rows: readonly NewFinding[]): void {
    this.db.transaction(() => {
      if (scope === 'all') this.run('DELETE FROM findings', []);
      else for (const id of scope) this.run('DELETE FROM findings WHERE snapshot_id = ?', [id]);
      for (const row of rows) this.insert('findings', row);
    })();
  }

  close(): void {
    this.statements.clear();
    if (this.db.open) this.db.close();
  }

  // A repository is named by its directory; when another repository has that name, by as many of
  // the parent directories as tell them apart (`acme/app`, `other/app`); a number only when even
  // the whole path is taken.
  private uniqueName(root: string): string {
    const parts = root.split(/[\\/]/).filter(Boolean);
    const taken = this.statement('SELECT 1 FROM repos WHERE name = ?');
    for (let k = 1; k <= parts.length; k++) {
      const name = parts.slice(-k).join('/');
      if (!taken.get(name)) return name;
    }
    const base = parts.join('/') || 'root';
    for (let n = 2; ; n++) if (!taken.get(`${base}-${n}`)) return `${base}-${n}`;
  }

  private insert(table: TableName, row: object): number {
    const { sql, values } = toInsert(table, row as Record<string, unknown>);
    return Number(this.statement(sql).run(...values).lastInsertRowid);
  }

  private run(sql: string, values: unknown[]): void {
    this.statement(sql).run(...values);
  }

  private statement(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }
}

function whereClause(filter: Record<string, unknown>): { where: string; values: unknown[] } {
  const parts: string[] = [];
  const values: unknown[] = [];
  for (const [field, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    if (!/^[A-Za-z]+$/.test(field)) throw new GoradarError('ERR_INTERNAL', `invalid column name ${JSON.stringify(field)}`);
    if (value === null) parts.push(`${toColumn(field)} IS NULL`);
    else {
      parts.push(`${toColumn(field)} = ?`);
      values.push(toSqlValue(value));
    }
  }
  return { where: parts.length ? ` WHERE ${parts.join(' AND ')}` : '', values };
}

/**
 * openSqliteStore opens (creating it and its directory when missing) the SQLite store at file,
 * switches it to WAL with foreign keys on, and migrates it to the newest schema.
 */
export function openSqliteStore(file: string): SqliteStore {
  let db: Database.Database;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 10000');
  } catch (err) {
    throw new GoradarError('ERR_STORE_OPEN', `cannot open store ${file}: ${(err as Error).message}`, {
      hint: 'choose another file with --db',
      cause: err,
    });
  }
  return new SqliteStore(db);
}

// chunks splits a list of query parameters into runs short enough for one IN (...) clause.
function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
