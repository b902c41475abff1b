// GET /search and GET /documents with `lang`, and Russian and Ukrainian words found in any of
// their forms: in-process, over a real SQLite store holding hand-written fictional documents in
// English (the CLI's query fixtures), Russian and Ukrainian (store/lang-fixtures.ts).

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentSummary, SearchHit } from '../index.js'
import { QUERY_DOCUMENTS } from '../cli/query-fixtures.js'
import { langFixtures } from '../store/lang-fixtures.js'
import { type FixtureApp, openFixtureApp } from './fixtures.js'

interface Page<T> {
  items: T[]
  next?: number
}
interface ErrorBody {
  error: { code: string; message: string }
}

let f: FixtureApp
const { russian, ukrainian } = langFixtures()

beforeAll(async () => {
  f = await openFixtureApp({}, [])
  for (const document of QUERY_DOCUMENTS) await f.store.putDocument(structuredClone(document), { origin: `fixtures/${document.id}.txt`, reader: 'text', ingestedAt: '2026-03-13T08:00:00.000Z' })
  for (const d of [russian, ukrainian]) await f.store.putDocument(d.document, d.provenance)
})
afterAll(async () => {
  await f?.close()
})

async function getOk<T>(path: string): Promise<T> {
  const response = await f.app.request(path)
  const body = (await response.json()) as T
  expect(response.status, `${path}: ${JSON.stringify(body)}`).toBe(200)
  return body
}

const statements = async (query: string) => (await getOk<Page<SearchHit>>(`/search?${query}`)).items.map((h) => h.statement.id).sort()
const documents = async (query: string) => (await getOk<Page<DocumentSummary>>(`/documents?${query}`)).items.map((d) => d.id)
const q = (words: string) => `q=${encodeURIComponent(words)}`

describe('GET /search', () => {
  it('finds a Russian or Ukrainian word in any of its forms', async () => {
    const both = [russian.document.statements[0]!.id, ukrainian.document.statements[0]!.id].sort()
    for (const words of ['переговоры', 'переговорам', 'переговорів', 'переговори']) expect(await statements(q(words)), words).toEqual(both)
  })

  it('keeps to one language with lang, and says each statement’s language', async () => {
    expect(await statements(`${q('переговоры')}&lang=uk`)).toEqual([ukrainian.document.statements[0]!.id])
    expect(await statements('lang=ru')).toEqual(russian.document.statements.map((s) => s.id).sort())
    const english = await getOk<Page<SearchHit>>('/search?lang=en&limit=100')
    expect(english.items.length).toBe(QUERY_DOCUMENTS.reduce((n, d) => n + d.statements.length, 0))
    expect(english.items.every((h) => h.document.lang === 'en')).toBe(true)
    const hit = (await getOk<Page<SearchHit>>(`/search?${q('переговоры')}&lang=ru`)).items[0]!
    expect(hit.document).toMatchObject({ id: russian.document.id, lang: 'ru' })
    // The text comes back as it was written, not in its stemmed form.
    expect(hit.statement.content[0]!.text).toBe(russian.document.statements[0]!.content[0]!.text)
  })

  it('refuses a language it does not read with a 400 that says which it does', async () => {
    for (const value of ['de', 'RU', 'russian', '']) {
      const response = await f.app.request(`/search?lang=${value}`)
      const body = (await response.json()) as ErrorBody
      expect(response.status, value).toBe(400)
      expect(body.error.code).toBe('E_VALIDATION')
      expect(body.error.message).toBe(`query parameter "lang": must be one of en, ru, uk (the languages Wirewatch reads), got "${value}"`)
    }
  })
})

describe('GET /documents', () => {
  it('lists the documents in one language, by words in any form too, each with its language', async () => {
    expect(await documents('lang=uk')).toEqual([ukrainian.document.id])
    expect(await documents(`${q('переговорам')}&lang=ru`)).toEqual([russian.document.id])
    expect((await documents(q('переговоры'))).sort()).toEqual([russian.document.id, ukrainian.document.id].sort())
    const english = await getOk<Page<DocumentSummary>>('/documents?lang=en')
    expect(english.items.map((d) => d.id)).toEqual(['doc-0312', 'doc-0310', 'doc-0301'])
    expect(english.items.every((d) => d.lang === 'en')).toBe(true)
    const response = await f.app.request('/documents?lang=fr')
    expect(response.status).toBe(400)
    expect(((await response.json()) as ErrorBody).error.message).toMatch(/^query parameter "lang": must be one of en, ru, uk/)
  })
})
