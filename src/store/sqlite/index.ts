export type { SqliteStoreOptions } from './connection.js'
export type { MigrationStep } from './migrate.js'
export { LATEST_VERSION as SQLITE_SCHEMA_VERSION } from './migrations.js'
export { SqliteStore, openSqliteStore } from './sqlite-store.js'
