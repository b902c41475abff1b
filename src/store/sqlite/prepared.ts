import type Database from 'better-sqlite3'

/** Prepared statements, made once per SQL text: better-sqlite3 statements are reusable and cheap to run. */
export class Prepared {
  private readonly cache = new Map<string, Database.Statement>()
  constructor(readonly db: Database.Database) {}

  /** Rows as objects. */
  get(sql: string): Database.Statement {
    return this.prepare(sql, false)
  }

  /** Rows as their first column's value. */
  pluck(sql: string): Database.Statement {
    return this.prepare(sql, true)
  }

  private prepare(sql: string, pluck: boolean): Database.Statement {
    const key = pluck ? `pluck:${sql}` : sql
    let statement = this.cache.get(key)
    if (!statement) {
      // Search builds a handful of SQL shapes; bound the cache anyway.
      if (this.cache.size >= 500) this.cache.clear()
      statement = this.db.prepare(sql)
      if (pluck) statement.pluck()
      this.cache.set(key, statement)
    }
    return statement
  }
}
