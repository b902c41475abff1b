// Which database a command uses: --db, else WIREWATCH_DB, else ./wirewatch.db.

import { type Command, Option } from 'commander'
import { type Store, openSqliteStore } from '../index.js'
import type { CliIo } from './io.js'

export const DEFAULT_DB = 'wirewatch.db'

export function addDbOption(command: Command): Command {
  return command.addOption(new Option('--db <file>', `SQLite database file (default: $WIREWATCH_DB or ./${DEFAULT_DB})`))
}

export function dbPath(flag: string | undefined, io: CliIo): string {
  const env = io.env ?? process.env
  return flag ?? (env.WIREWATCH_DB || DEFAULT_DB)
}

/** Opens the store, runs `work`, and closes the store whatever happens. */
export async function withStore<T>(flag: string | undefined, io: CliIo, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openSqliteStore(dbPath(flag, io))
  try {
    return await work(store)
  } finally {
    await store.close()
  }
}
