// The HTTP API in-process: app.request() against a real SQLite store filled through POST /documents
// with short fictional items (fixtures.ts). No socket is opened here.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchHit, StoredDocument, StoredEntity, StoredEvent } from '../index.js'
import { type FixtureApp, openFixtureApp } from './fixtures.js'

interface Page<T> {
  items: T[]
  limit: number
  offset: number
  next?: number
}
interface ErrorBody {
  error: { code: string; message: string }
}

let f: FixtureApp

beforeAll(async () => {
  f = await openFixtureApp()
})
afterAll(async () => {
  await f?.close()
})

async function get<T = unknown>(path: string): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await f.app.request(path)
  return { status: response.status, body: (await response.json()) as T, headers: response.headers }
}

async function getOk<T>(path: string): Promise<T> {
  const { status, body } = await get<T>(path)
  expect(status, `${path}: ${JSON.stringify(body)}`).toBe(200)
  return body
}

async function expectError(path: string, status: number, code: string, mentions: string[] = []): Promise<string> {
  const r = await get<ErrorBody>(path)
  expect(r.status, `${path}: ${JSON.stringify(r.body)}`).toBe(status)
  expect(r.body.error.code).toBe(code)
  for (const word of mentions) expect(r.body.error.message).toContain(word)
  return r.body.error.message
}

const all = () => getOk<Page<SearchHit>>('/search?limit=100')

describe('the store, filled through POST /documents', () => {
  it('took the three documents', () => {
    expect(f.filled.status).toBe(201)
    const body = f.filled.body as { documents: { index: number; outcome: string; statements: number }[]; problems: unknown[]; statementsAdded: number }
    expect(body.documents.map((d) => [d.index, d.outcome])).toEqual([
      [0, 'new'],
      [1, 'new'],
      [2, 'new'],
    ])
    expect(body.problems).toEqual([])
    expect(body.statementsAdded).toBe(body.documents.reduce((n, d) => n + d.statements, 0))
  })
})

describe('GET /search', () => {
  it('answers a page of every statement without filters', async () => {
    const page = await all()
    const stats = await getOk<{ statements: number; documents: number }>('/stats')
    expect(stats.documents).toBe(3)
    expect(page.items.length).toBe(stats.statements)
    expect(page).toMatchObject({ limit: 100, offset: 0 })
    expect(page.next).toBeUndefined()
  })

  it('finds words, best first', async () => {
    const page = await getOk<Page<SearchHit>>('/search?q=ferry')
    expect(page.items.length).toBeGreaterThan(0)
    for (const hit of page.items) expect(hit.score).toBeGreaterThan(0)
    expect(page.items.some((h) => h.statement.content.some((c) => /ferr/i.test(c.text)))).toBe(true)
  })

  it('filters by speaker, by name or last name', async () => {
    const page = await getOk<Page<SearchHit>>('/search?speaker=Brannock&limit=100')
    expect(page.items.length).toBeGreaterThanOrEqual(3)
    for (const hit of page.items) expect(hit.statement.speaker.entity).toBe('person:teodor-brannock')
    const byFullName = await getOk<Page<SearchHit>>(`/search?speaker=${encodeURIComponent('Teodor Brannock')}&limit=100`)
    expect(byFullName.items.map((h) => h.statement.id)).toEqual(page.items.map((h) => h.statement.id))
  })

  it('filters by outlet', async () => {
    const page = await getOk<Page<SearchHit>>(`/search?outlet=${encodeURIComponent('Corvane Courier')}&limit=100`)
    expect(page.items.length).toBeGreaterThan(0)
    for (const hit of page.items) expect(hit.statement.via).toContain('outlet:corvane-courier')
  })

  it('filters by date, kind and stance, and orders by date', async () => {
    const may = await getOk<Page<SearchHit>>('/search?from=2026-05-01&to=2026-05-31&limit=100')
    expect(may.items.length).toBeGreaterThan(0)
    for (const hit of may.items) expect(hit.statement.date! >= '2026-05-01' && hit.statement.date! <= '2026-05-31').toBe(true)
    const april = await getOk<Page<SearchHit>>('/search?to=2026-04&limit=100')
    for (const hit of april.items) expect(hit.statement.date!.startsWith('2026-04')).toBe(true)

    const direct = await getOk<Page<SearchHit>>('/search?kind=direct&limit=100')
    expect(direct.items.length).toBeGreaterThan(0)
    for (const hit of direct.items) expect(hit.statement.kind).toBe('direct')

    const everything = (await all()).items
    for (const stance of ['support', 'oppose', 'skeptical', 'neutral'] as const) {
      const page = await getOk<Page<SearchHit>>(`/search?stance=${stance}&limit=100`)
      expect(page.items.length).toBe(everything.filter((h) => h.statement.stance === stance).length)
      for (const hit of page.items) expect(hit.statement.stance).toBe(stance)
    }

    const dated = await getOk<Page<SearchHit>>('/search?order=date&limit=100')
    const dates = dated.items.map((h) => h.statement.date ?? '9999')
    expect(dates).toEqual([...dates].sort())
  })

  it('pages with limit and offset, saying where the next page starts', async () => {
    const whole = (await all()).items.map((h) => h.statement.id)
    expect(whole.length).toBeGreaterThan(4)
    const seen: string[] = []
    let offset: number | undefined = 0
    while (offset !== undefined) {
      const page: Page<SearchHit> = await getOk<Page<SearchHit>>(`/search?limit=3&offset=${offset}`)
      expect(page.limit).toBe(3)
      expect(page.offset).toBe(offset)
      expect(page.items.length).toBeLessThanOrEqual(3)
      seen.push(...page.items.map((h) => h.statement.id))
      if (page.next !== undefined) expect(page.next).toBe(offset + 3)
      offset = page.next
    }
    expect(seen).toEqual(whole)
    const beyond = await getOk<Page<SearchHit>>('/search?offset=500')
    expect(beyond.items).toEqual([])
    expect(beyond.next).toBeUndefined()
    expect((await getOk<Page<SearchHit>>('/search')).limit).toBe(20)
  })

  it('refuses bad input with a 400 that names the parameter', async () => {
    await expectError('/search?from=2026-02-30', 400, 'E_VALIDATION', ['"from"', 'YYYY-MM-DD', '2026-02-30'])
    await expectError('/search?to=19%2F03%2F2026', 400, 'E_VALIDATION', ['"to"'])
    await expectError('/search?from=2026-05-01&to=2026-04-01', 400, 'E_VALIDATION', ['"from" (2026-05-01) is after "to" (2026-04-01)'])
    await expectError('/search?limit=0', 400, 'E_VALIDATION', ['"limit"', 'at least 1'])
    await expectError('/search?limit=1000', 400, 'E_VALIDATION', ['"limit"', 'at most 100'])
    await expectError('/search?limit=ten', 400, 'E_VALIDATION', ['"limit"', 'whole number'])
    await expectError('/search?offset=-1', 400, 'E_VALIDATION', ['"offset"'])
    await expectError('/search?stance=angry', 400, 'E_VALIDATION', ['"stance"', 'oppose', '"angry"'])
    await expectError('/search?kind=rumour', 400, 'E_VALIDATION', ['"kind"'])
    await expectError('/search?order=random', 400, 'E_VALIDATION', ['"order"'])
    await expectError('/search?q=', 400, 'E_VALIDATION', ['"q"', 'empty'])
    await expectError('/search?speaker=a&speaker=b', 400, 'E_VALIDATION', ['"speaker"', 'more than once'])
    const unknown = await expectError('/search?speakr=Brannock', 400, 'E_VALIDATION', ['unknown query parameter "speakr"'])
    expect(unknown).toContain('speaker')
  })
})

describe('GET by id', () => {
  it('GET /statements/{id}: the statement and its document; 404 for an unknown id', async () => {
    const first = (await all()).items[0]!
    const hit = await getOk<SearchHit>(`/statements/${encodeURIComponent(first.statement.id)}`)
    expect(hit.statement).toEqual(first.statement)
    expect(hit.document.id).toBe(first.document.id)
    await expectError('/statements/nope%3As1', 404, 'E_NOT_FOUND', ['"nope:s1"'])
  })

  it('GET /documents/{id}: the document with its records and provenance, without the signature', async () => {
    const { documents } = f.filled.body as { documents: { id: string }[] }
    const stored = await getOk<StoredDocument>(`/documents/${documents[0]!.id}`)
    expect(stored.document.title).toBe('Brannock says harbour talks in Dovrin will resume')
    expect(stored.document.url).toBe('https://lantern.example/2026/04/14/harbour-talks')
    expect(stored.document.date).toBe('2026-04-14')
    expect(stored.document.outlet).toBe('outlet:lantern-daily')
    expect(stored.document.statements.length).toBeGreaterThan(0)
    for (const s of stored.document.statements) for (const c of s.content) expect(stored.document.text.slice(c.start, c.end)).toBe(c.text)
    expect(stored.provenance).toMatchObject({ origin: 'http-api#0', ingestedAt: '2026-06-01T12:00:00.000Z' })
    expect(stored.provenance).not.toHaveProperty('signature')
    await expectError('/documents/0000000000000000', 404, 'E_NOT_FOUND')
  })

  it('GET /documents: a page of summaries, newest first; by words, dates and outlet; 400 for bad input', async () => {
    const { documents } = f.filled.body as { documents: { id: string }[] }
    const page = await getOk<Page<{ id: string; date?: string; outlet?: string; statements: number; origin: string }>>('/documents')
    expect(page.items.map((d) => d.id).sort()).toEqual(documents.map((d) => d.id).sort())
    const dates = page.items.map((d) => d.date ?? '')
    expect(dates).toEqual([...dates].sort().reverse())
    const lantern = page.items.find((d) => d.id === documents[0]!.id)!
    expect(lantern).toMatchObject({ outlet: 'Lantern Daily', origin: 'http-api#0' })
    expect(lantern.statements).toBeGreaterThan(0)
    expect(lantern).not.toHaveProperty('text')
    expect((await getOk<Page<{ id: string }>>('/documents?q=harbour%20talks')).items[0]?.id).toBe(documents[0]!.id)
    // The first and third fixture items are Lantern Daily's.
    expect((await getOk<Page<{ id: string }>>('/documents?outlet=lantern%20daily')).items.map((d) => d.id).sort()).toEqual([documents[0]!.id, documents[2]!.id].sort())
    expect((await getOk<Page<{ id: string }>>('/documents?from=2030-01-01')).items).toEqual([])
    const first = await getOk<Page<{ id: string }>>('/documents?limit=1')
    expect(first.items).toHaveLength(1)
    expect(first.next).toBe(1)
    await expectError('/documents?from=yesterday', 400, 'E_VALIDATION', ['from'])
    await expectError('/documents?limit=0', 400, 'E_VALIDATION', ['limit'])
    await expectError('/documents?sort=title', 400, 'E_VALIDATION', ['"sort"'])
  })

  it('refuses query parameters on endpoints that take none', async () => {
    await expectError('/documents/x?full=1', 400, 'E_VALIDATION', ['unknown query parameter "full"', 'takes none'])
    await expectError('/stats?verbose=true', 400, 'E_VALIDATION', ['"verbose"'])
  })
})

describe('entities and outlets', () => {
  it('GET /entities?name= finds people by last name, and filters by type', async () => {
    const page = await getOk<Page<StoredEntity>>('/entities?name=Brannock')
    expect(page.items[0]?.entity).toMatchObject({ id: 'person:teodor-brannock', type: 'person', name: 'Teodor Brannock' })
    expect(page.items[0]!.statementCount).toBeGreaterThanOrEqual(3)
    const outlets = await getOk<Page<StoredEntity>>('/entities?name=Lantern&type=outlet')
    expect(outlets.items.map((s) => s.entity.id)).toEqual(['outlet:lantern-daily'])
    expect((await getOk<Page<StoredEntity>>('/entities?name=Lantern&type=person')).items).toEqual([])
    expect((await getOk<Page<StoredEntity>>('/entities?name=Zzyzx')).items).toEqual([])
    await expectError('/entities?name=', 400, 'E_VALIDATION', ['"name"', 'empty'])
    await expectError('/entities?name=x&type=ship', 400, 'E_VALIDATION', ['"type"'])
  })

  it('GET /entities without a name lists them, by type, a page at a time', async () => {
    const stats = await getOk<{ entities: Record<string, number> }>('/stats')
    const people = await getOk<Page<StoredEntity>>('/entities?type=person&limit=100')
    expect(people.items.length).toBe(stats.entities.person)
    for (const s of people.items) expect(s.entity.type).toBe('person')
    expect(people.items.map((s) => s.entity.id)).toEqual(expect.arrayContaining(['person:teodor-brannock', 'person:alva-renquist']))
    const everyone = await getOk<Page<StoredEntity>>('/entities?limit=100')
    expect(everyone.items.length).toBe(Object.values(stats.entities).reduce((a, b) => a + b, 0))
    const first = await getOk<Page<StoredEntity>>('/entities?limit=2')
    const second = await getOk<Page<StoredEntity>>(`/entities?limit=2&offset=${first.next}`)
    expect([...first.items, ...second.items].map((s) => s.entity.id)).toEqual(everyone.items.slice(0, 4).map((s) => s.entity.id))
  })

  it('GET /entities/{id}: one entity; 404 for an unknown id', async () => {
    const stored = await getOk<StoredEntity>('/entities/person%3Aalva-renquist')
    expect(stored.entity).toMatchObject({ id: 'person:alva-renquist', name: 'Alva Renquist' })
    expect(stored.statementCount).toBeGreaterThan(0)
    await expectError('/entities/person%3Anobody-here', 404, 'E_NOT_FOUND', ['person:nobody-here'])
  })

  it('GET /outlets: every outlet, in most documents first; with name, those it matches', async () => {
    const page = await getOk<Page<StoredEntity>>('/outlets')
    const ids = page.items.map((s) => s.entity.id)
    expect(ids).toEqual(['outlet:lantern-daily', 'outlet:corvane-courier'])
    for (const s of page.items) expect(s.entity.type).toBe('outlet')
    const second = await getOk<Page<StoredEntity>>('/outlets?limit=1&offset=1')
    expect(second.items.map((s) => s.entity.id)).toEqual(['outlet:corvane-courier'])
    expect(second.next).toBeUndefined()
    expect((await getOk<Page<StoredEntity>>('/outlets?name=corvane')).items.map((s) => s.entity.id)).toEqual(['outlet:corvane-courier'])
    await expectError('/outlets?type=person', 400, 'E_VALIDATION', ['unknown query parameter "type"'])
  })
})

describe('events and timelines', () => {
  let events: (StoredEvent & { entities: { id: string; name: string }[] })[]

  beforeAll(async () => {
    events = (await getOk<Page<StoredEvent & { entities: { id: string; name: string }[] }>>('/events?limit=100')).items
  })

  it('GET /events lists events, by participant (id or name) and type', async () => {
    const meeting = events.find((e) => e.event.participants.includes('person:teodor-brannock') && e.event.participants.includes('person:alva-renquist'))
    expect(meeting, JSON.stringify(events.map((e) => e.event))).toBeDefined()
    expect(meeting!.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Teodor Brannock', 'Alva Renquist']))
    for (const participant of ['Renquist', 'person%3Aalva-renquist']) {
      const page = await getOk<Page<StoredEvent>>(`/events?participant=${participant}`)
      expect(page.items.map((e) => e.event.id)).toContain(meeting!.event.id)
      for (const e of page.items) expect(e.event.participants).toContain('person:alva-renquist')
    }
    const typed = await getOk<Page<StoredEvent>>(`/events?type=${meeting!.event.type}`)
    for (const e of typed.items) expect(e.event.type).toBe(meeting!.event.type)
    expect((await getOk<Page<StoredEvent>>('/events?participant=Nobody%20Atall')).items).toEqual([])
    await expectError('/events?type=party', 400, 'E_VALIDATION', ['"type"'])
  })

  it('GET /events/{id}: one event with the names of its participants; 404 for an unknown id', async () => {
    const first = events[0]!
    const stored = await getOk<StoredEvent & { entities: unknown[] }>(`/events/${encodeURIComponent(first.event.id)}`)
    expect(stored.event).toEqual(first.event)
    expect(stored.reports.length).toBeGreaterThan(0)
    await expectError('/events/event%3Anone', 404, 'E_NOT_FOUND')
  })

  it('GET /timeline: a speaker by name or id, oldest first', async () => {
    for (const subject of ['Brannock', 'person%3Ateodor-brannock']) {
      const t = await getOk<{ reading: string; subject: { id: string }; items: SearchHit[] }>(`/timeline?subject=${subject}`)
      expect(t.reading).toBe('speaker')
      expect(t.subject.id).toBe('person:teodor-brannock')
      expect(t.items.length).toBeGreaterThanOrEqual(3)
      for (const hit of t.items) expect(hit.statement.speaker.entity).toBe('person:teodor-brannock')
      const dates = t.items.map((h) => h.statement.date ?? '9999')
      expect(dates).toEqual([...dates].sort())
    }
    const may = await getOk<{ items: SearchHit[] }>('/timeline?subject=Brannock&from=2026-05-01')
    for (const hit of may.items) expect(hit.statement.date! >= '2026-05-01').toBe(true)
    const paged = await getOk<{ items: SearchHit[]; next?: number }>('/timeline?subject=Brannock&limit=1')
    expect(paged.items.length).toBe(1)
    expect(paged.next).toBe(1)
  })

  it('GET /timeline: an outlet, statements about someone, an event', async () => {
    const outlet = await getOk<{ reading: string; items: SearchHit[] }>(`/timeline?subject=${encodeURIComponent('Corvane Courier')}`)
    expect(outlet.reading).toBe('outlet')
    for (const hit of outlet.items) expect(hit.statement.via).toContain('outlet:corvane-courier')
    const about = await getOk<{ reading: string }>('/timeline?subject=Renquist&about=true')
    expect(about.reading).toBe('about')
    const withStatements = (await all()).items.find((h) => h.statement.event)
    if (withStatements) {
      const t = await getOk<{ reading: string; subject: { id: string }; items: SearchHit[] }>(`/timeline?subject=${encodeURIComponent(withStatements.statement.event!)}`)
      expect(t.reading).toBe('event')
      expect(t.items.map((h) => h.statement.id)).toContain(withStatements.statement.id)
    }
  })

  it('GET /timeline: 404 for an unknown subject, 400 without one', async () => {
    await expectError('/timeline?subject=Nobody%20Atall', 404, 'E_NOT_FOUND', ['Nobody Atall', '/search'])
    await expectError('/timeline', 400, 'E_VALIDATION', ['"subject" is required'])
    await expectError('/timeline?subject=Brannock&about=yes', 400, 'E_VALIDATION', ['"about"'])
  })
})

describe('GET /stats, GET /health, unknown paths', () => {
  it('counts what the store holds', async () => {
    const stats = await getOk<{ documents: number; statements: number; outlets: number; firstDate: string; lastDate: string }>('/stats')
    expect(stats).toMatchObject({ documents: 3, outlets: 2, firstDate: '2026-04-14', lastDate: '2026-05-04' })
  })

  it('says it is up', async () => {
    expect(await getOk('/health')).toEqual({ status: 'ok', store: 'sqlite' })
  })

  it('answers unknown paths and methods with a JSON 404', async () => {
    await expectError('/briefz', 404, 'E_NOT_FOUND', ['GET /briefz'])
    const r = await f.app.request('/stats', { method: 'DELETE' })
    expect(r.status).toBe(404)
    expect(((await r.json()) as ErrorBody).error.code).toBe('E_NOT_FOUND')
  })
})
