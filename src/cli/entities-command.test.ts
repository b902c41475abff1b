// `wirewatch entities merge|split|alias`, in-process against a real SQLite file built from the
// query fixtures (fictional people, outlets and places only).

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSqliteStore } from '../index.js'
import { runCli } from './run-in-process.js'
import { buildQueryStore } from './query-fixtures.js'

let tmp: string
let db: string

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli([...argv, '--db', db])
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'wirewatch-entities-'))
  db = join(tmp, 'entities.db')
  await buildQueryStore(db)
})
afterAll(() => rm(tmp, { recursive: true, force: true }))

describe('wirewatch entities', () => {
  it('merges, splits and aliases, and says what changed', async () => {
    const merged = await run(['entities', 'merge', 'person:ilsa-varga', 'person:petr-varga'])
    expect(merged.stderr).toBe('')
    expect(merged.stdout).toMatch(/^merged person:petr-varga into person:ilsa-varga: \d+ statements? changed\n$/)
    const store = await openSqliteStore(db)
    expect(await store.getEntity('person:petr-varga')).toBeUndefined()
    expect((await store.getEntity('person:ilsa-varga'))!.entity.aliases).toContain('Petr Varga')
    await store.close()

    const split = await run(['entities', 'split', 'person:ilsa-varga', '--alias', 'Petr Varga'])
    expect(split.stdout).toMatch(/^split person:petr-varga off person:ilsa-varga: \d+ statements? moved\n$/)

    expect((await run(['entities', 'alias', 'person:petr-varga', 'Пётр Варга'])).stdout).toBe('1 new alias for person:petr-varga\n')
    const again = await openSqliteStore(db)
    expect((await again.findEntities('Пётр Варга'))[0]?.entity.id).toBe('person:petr-varga')
    await again.close()
  })

  it('refuses unknown ids and mismatched types with one line', async () => {
    const unknown = await run(['entities', 'merge', 'person:ilsa-varga', 'person:nobody'])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toBe('wirewatch: no entity with id person:nobody\n')
    const types = await run(['entities', 'merge', 'person:ilsa-varga', 'place:lenmark'])
    expect(types.code).not.toBe(0)
    expect(types.stderr).toMatch(/cannot merge place:lenmark \(place\) into person:ilsa-varga \(person\)/)
    const noAlias = await run(['entities', 'split', 'person:ilsa-varga'])
    expect(noAlias.code).toBe(2)
  })
})
