import type Database from 'better-sqlite3'
import { WirewatchError } from '../../core/errors.js'
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations.js'

/** A migration about to run on a database that had data before it. */
export interface MigrationStep {
  version: number
  name: string
}

/** The highest migration applied to the database, 0 for a new one. */
export function schemaVersion(db: Database.Database): number {
  const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get()
  if (!table) return 0
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }
  return row.v ?? 0
}

/**
 * Brings the database to the latest schema: each missing migration runs once, in its own
 * IMMEDIATE transaction (the version is read again inside it, so two processes opening the same
 * new file do not both migrate). A database newer than this code is refused, untouched.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS, onMigration?: (step: MigrationStep) => void): number[] {
  const latest = migrations === MIGRATIONS ? LATEST_VERSION : migrations.reduce((v, m) => Math.max(v, m.version), 0)
  const applied: number[] = []
  const current = schemaVersion(db)
  refuseNewer(db, current, latest)
  if (current === latest) return applied
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`)
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    // A new database migrates in no time; an older one's may take minutes (a rebuilt index).
    if (current > 0 && m.version > current) onMigration?.({ version: m.version, name: m.name })
    db.transaction(() => {
      if (schemaVersion(db) >= m.version) return
      db.exec(m.sql)
      m.run?.(db)
      record.run(m.version, m.name, new Date().toISOString())
      applied.push(m.version)
    }).immediate()
  }
  return applied
}

function refuseNewer(db: Database.Database, current: number, latest: number): void {
  if (current <= latest) return
  throw new WirewatchError(
    'E_STORE',
    `database ${db.name} has schema version ${current}, newer than this Wirewatch knows (${latest}): upgrade Wirewatch to open it`,
  )
}

/** For a read-only connection, which cannot migrate: the schema must be exactly the current one. */
export function requireCurrent(db: Database.Database): void {
  const current = schemaVersion(db)
  refuseNewer(db, current, LATEST_VERSION)
  if (current < LATEST_VERSION) {
    throw new WirewatchError('E_STORE', `database ${db.name} has schema version ${current}, older than this Wirewatch's (${LATEST_VERSION}): open it once for writing to migrate it`)
  }
}
