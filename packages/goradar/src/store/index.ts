// The goradar store: the Store interface, its row types and the embedded SQLite implementation.
export type * from './types.js';
export { openSqliteStore, SqliteStore } from './sqlite-store.js';
export { canonicalDump } from './canonical-dump.js';
export { migrations, latestSchemaVersion, type Migration } from './schema.js';
export { migrateDatabase, currentSchemaVersion } from './migrate.js';
