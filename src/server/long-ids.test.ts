// Every id the store makes can be asked for through the API: an outlet name of 200 characters (the
// most POST /documents takes) gives an id within MAX_ID_LENGTH, which /timeline?subject=,
// /search?outlet= and /entities/{id} all take. In-process, over a real SQLite store.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_ID_LENGTH, type SearchHit, type StoredDocument, type StoredEntity } from '../index.js'
import { type FixtureApp, openFixtureApp, postJson } from './fixtures.js'

// Fictional.
const OUTLET = 'Meridian Press Association of Independent Harbour Correspondents '.repeat(4).slice(0, 200).trim().padEnd(200, 'x')

let f: FixtureApp
let outletId: string

beforeAll(async () => {
  f = await openFixtureApp({}, [])
  const posted = await postJson(f.app, '/documents', {
    text: 'Trade Minister Ilsa Varga said that the corridor would reopen on Monday. "We are ready," she said.',
    date: '2026-04-27',
    outlet: OUTLET,
  })
  expect(posted.status, JSON.stringify(posted.body)).toBe(201)
  const id = (posted.body as { documents: { id: string }[] }).documents[0]!.id
  const stored = (await (await f.app.request(`/documents/${id}`)).json()) as StoredDocument
  outletId = stored.document.outlet!
})
afterAll(async () => {
  await f?.close()
})

async function getOk<T>(path: string): Promise<T> {
  const response = await f.app.request(path)
  const body = (await response.json()) as T
  expect(response.status, `${path.slice(0, 80)}…: ${JSON.stringify(body)}`).toBe(200)
  return body
}

describe('an outlet with a name of 200 characters', () => {
  it('has an id within the limit', () => {
    expect(OUTLET).toHaveLength(200)
    expect(outletId.startsWith('outlet:meridian-press-association-of-independent-harbour')).toBe(true)
    expect(outletId.length).toBeLessThanOrEqual(MAX_ID_LENGTH)
  })

  it('is found by that id in /entities/{id}, /search?outlet= and /timeline?subject=', async () => {
    const q = encodeURIComponent(outletId)
    const entity = await getOk<StoredEntity>(`/entities/${q}`)
    expect(entity.entity).toMatchObject({ id: outletId, type: 'outlet', name: OUTLET })
    const search = await getOk<{ items: SearchHit[] }>(`/search?outlet=${q}`)
    expect(search.items.length).toBeGreaterThan(0)
    expect(search.items.every((h) => h.document.outletId === outletId)).toBe(true)
    const timeline = await getOk<{ items: unknown[] }>(`/timeline?subject=${q}`)
    expect(timeline.items.length).toBeGreaterThan(0)
  })
})
