// `--lang` on search and documents, and Russian and Ukrainian words found in any of their forms,
// run in-process against a real SQLite file: the query commands' English documents
// (query-fixtures.ts) and a Russian and a Ukrainian one (store/lang-fixtures.ts), all fictional.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DocumentSummary, type SearchHit, openSqliteStore } from '../index.js'
import { langFixtures } from '../store/lang-fixtures.js'
import { buildQueryStore } from './query-fixtures.js'
import { runCli } from './run-in-process.js'

let tmp: string
let db: string
const { russian, ukrainian } = langFixtures()

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'wirewatch-lang-'))
  db = join(tmp, 'lang.db')
  await buildQueryStore(db)
  const store = await openSqliteStore(db)
  for (const d of [russian, ukrainian]) await store.putDocument(d.document, d.provenance)
  await store.close()
})

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

async function json<T>(argv: string[]): Promise<T> {
  const r = await runCli([...argv, '--db', db, '--json'])
  expect(r.code, r.stderr).toBe(0)
  return JSON.parse(r.stdout) as T
}

const statementIds = async (argv: string[]) => (await json<SearchHit[]>(['search', ...argv])).map((h) => h.statement.id).sort()
const documentIds = async (argv: string[]) => (await json<DocumentSummary[]>(['documents', ...argv])).map((d) => d.id)

describe('wirewatch search', () => {
  it('finds "переговоров" by "переговоры" and "переговорам", and "переговорів" by "переговори"', async () => {
    const [ru1] = russian.document.statements
    const [uk1] = ukrainian.document.statements
    const both = [ru1!.id, uk1!.id].sort()
    expect(await statementIds(['переговоры'])).toEqual(both)
    expect(await statementIds(['переговорам'])).toEqual(both)
    expect(await statementIds(['переговори'])).toEqual(both)
    const r = await runCli(['search', 'переговоры', '--lang', 'ru', '--db', db])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/^1\. Ленна Корвиш, министр иностранных дел Вальдории — indirect — 2025-05-16\n {3}итоги переговоров в Тальмаре будут известны через неделю\n/)
    expect(r.stdout).not.toContain('2. ')
  })

  it('--lang keeps to statements from documents in that language, and says so in --json', async () => {
    const ru = russian.document.statements.map((s) => s.id).sort()
    expect(await statementIds(['--lang', 'ru'])).toEqual(ru)
    expect(await statementIds(['переговори', '--lang', 'uk'])).toEqual([ukrainian.document.statements[0]!.id])
    const english = await json<SearchHit[]>(['search', '--lang', 'en', '--limit', '100'])
    expect(english.length).toBeGreaterThan(0)
    expect(english.every((h) => h.document.lang === 'en')).toBe(true)
    expect(await statementIds(['harbour', '--lang', 'ru'])).toEqual([])
    expect((await json<SearchHit[]>(['search', '--lang', 'uk']))[0]?.document).toMatchObject({ id: ukrainian.document.id, lang: 'uk' })
  })

  it('refuses a language it has no rules for', async () => {
    const r = await runCli(['search', '--lang', 'de', '--db', db])
    expect(r.code).toBe(2)
    expect(r.stderr.split('\n')[0]).toBe("wirewatch: option '--lang <code>' argument 'de' is invalid. Allowed choices are en, ru, uk.")
  })
})

describe('wirewatch documents', () => {
  it('--lang lists the documents in that language, by words in any form too', async () => {
    expect(await documentIds(['--lang', 'uk'])).toEqual([ukrainian.document.id])
    expect(await documentIds(['переговорам', '--lang', 'ru'])).toEqual([russian.document.id])
    expect((await documentIds(['переговоры'])).sort()).toEqual([russian.document.id, ukrainian.document.id].sort())
    const english = await json<DocumentSummary[]>(['documents', '--lang', 'en'])
    expect(english.map((d) => d.id)).toEqual(['doc-0312', 'doc-0310', 'doc-0301'])
    expect(english.every((d) => d.lang === 'en')).toBe(true)
    const r = await runCli(['documents', '--lang', 'english', '--db', db])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^wirewatch: option '--lang <code>' argument 'english' is invalid\. Allowed choices are en, ru, uk\.\n/)
  })
})
