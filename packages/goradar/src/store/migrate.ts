import type Database from 'better-sqlite3';
import { GoradarError } from '../errors.js';
import { migrations as allMigrations, type Migration } from './schema.js';

/**
 * migrateDatabase brings db to the newest schema: it creates schema_version when missing and
 * applies each pending migration in order, each in its own transaction, so an interrupted
 * migration leaves the store at the previous level. It returns the level reached.
 */
export function migrateDatabase(db: Database.Database, migrations: readonly Migration[] = allMigrations): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)');
  let current = currentSchemaVersion(db);
  const newest = migrations[migrations.length - 1]?.version ?? 0;
  if (current > newest) {
    throw new GoradarError('ERR_STORE_TOO_NEW', `store schema version ${current} is newer than this goradar understands (${newest})`, {
      hint: 'upgrade goradar or use another --db',
    });
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.description,
        new Date().toISOString(),
      );
    })();
    current = migration.version;
  }
  return current;
}

/** currentSchemaVersion returns the highest applied migration (0 for an empty store). */
export function currentSchemaVersion(db: Database.Database): number {
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null } | undefined;
  return row?.v ?? 0;
}
