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

/** Opens the store at `path`, saying on stderr when an upgrade of an older store makes that slow. */
export function openCliStore(path: string, io: CliIo): Promise<Store> {
  return openSqliteStore(path, {
    onMigration: ({ version, name }) => io.stderr.write(`wirewatch: upgrading ${path} to schema version ${version} (${name})…\n`),
  })
}

/** Opens the store, runs `work`, and closes the store whatever happens. */
export async function withStore<T>(flag: string | undefined, io: CliIo, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openCliStore(dbPath(flag, io), io)
  try {
    return await work(store)
  } finally {
    await store.close()
  }
}
