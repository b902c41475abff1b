import { describe, expect, it } from 'vitest'
import type { Document, Event } from '../core/records.js'
import { extract } from '../extract/extract.js'
import { openSqliteStore } from '../store/sqlite/index.js'
import type { Store } from '../store/store.js'
import { parseRegistry } from './registry.js'
import type { InputDocument } from './input.js'
import { ingestDocuments } from './ingest.js'
import { Resolver } from './resolve.js'
import { sameEvent } from './event-links.js'

// Fictional people, outlets and places only.

async function put(store: Store, resolver: Resolver, text: string, date: string): Promise<Document> {
  const doc = await resolver.resolve(extract(text, { date }))
  await store.putDocument(doc, { origin: 'test', reader: 'text', ingestedAt: '2026-01-01T00:00:00Z' })
  return doc
}

const speakerIds = (doc: Document) => doc.statements.map((s) => s.speaker.entity)

describe('Resolver: people across documents', () => {
  it('gives a bare last name to the person the store knows by that full name', async () => {
    const store = await openSqliteStore(':memory:')
    const first = await put(store, new Resolver(store), 'Trade Minister Ilsa Varga said that the grain corridor would reopen.', '2026-03-02')
    expect(speakerIds(first)).toEqual(['person:ilsa-varga'])
    // A new run: what it knows comes from the store.
    const later = await put(store, new Resolver(store), 'Varga said on Tuesday that the first ships had left.', '2026-03-04')
    expect(speakerIds(later)).toEqual(['person:ilsa-varga'])
    expect(later.statements[0]!.speaker.name).toBe('Ilsa Varga')
    expect((await store.getEntity('person:ilsa-varga'))!.entity.aliases).toEqual(expect.arrayContaining(['Ilsa Varga', 'Varga']))
    expect(await store.getEntity('person:varga')).toBeUndefined()
  })

  it('keeps two people who share a last name apart, and leaves a bare name alone when neither stands out', async () => {
    const store = await openSqliteStore(':memory:')
    const resolver = new Resolver(store)
    await put(store, resolver, 'Trade Minister Ilsa Varga said that the corridor would reopen.', '2026-03-02')
    await put(store, resolver, 'Petr Varga, a harbour pilot, said that the channel was too shallow.', '2026-03-03')
    expect((await store.getEntity('person:ilsa-varga'))!.entity.name).toBe('Ilsa Varga')
    expect((await store.getEntity('person:petr-varga'))!.entity.name).toBe('Petr Varga')
    // Neither Varga is named in more documents than the other: the speaker stays unnamed.
    const bare = await put(store, resolver, 'Varga said the ships were late.', '2026-03-04')
    expect(bare.statements.map((s) => s.speaker.name)).toEqual([null])
    // Once one of them is far better known, a bare "Varga" is taken to be her.
    await put(store, resolver, 'Ilsa Varga said the ships had reached Caldris.', '2026-03-05')
    const later = await put(store, resolver, 'Varga said the quays were full.', '2026-03-06')
    expect(speakerIds(later)).toEqual(['person:ilsa-varga'])
  })

  it('reads one person written in Cyrillic and in Latin letters as one entity', async () => {
    const store = await openSqliteStore(':memory:')
    const resolver = new Resolver(store)
    await put(store, resolver, 'Foreign Minister Dmitri Orlovsky said that the talks would resume.', '2026-03-02')
    const doc = await resolver.resolve({ ...extract('Orlovsky said nothing.', { date: '2026-03-03' }) })
    expect(speakerIds(doc)).toEqual(['person:dmitri-orlovsky'])
    const cyrillic = await resolver.resolve({
      ...extract('Nothing.', { date: '2026-03-03' }),
      entities: [{ id: 'person:дмитрий-орловский', type: 'person', name: 'Дмитрий Орловский', aliases: ['Дмитрий Орловский'], roles: [], mentions: [] }],
    })
    expect(cyrillic.entities.map((e) => e.id)).toEqual(['person:dmitri-orlovsky'])
    expect(cyrillic.entities[0]!.aliases).toContain('Дмитрий Орловский')
  })

  it('applies the registry first: its names, aliases, roles and merges', async () => {
    const store = await openSqliteStore(':memory:')
    const registry = parseRegistry({
      entities: [{ name: 'Ilsa Varga', type: 'person', aliases: ['Ильза Варга'], roles: ['Trade Minister of Valdoria'] }],
      merges: { 'person:varga-ilsa': 'person:ilsa-varga' },
    })
    const resolver = new Resolver(store, registry)
    const doc = await put(store, resolver, 'Ilsa Varga said that the corridor would reopen.', '2026-03-02')
    expect(speakerIds(doc)).toEqual(['person:ilsa-varga'])
    const stored = (await store.getEntity('person:ilsa-varga'))!
    expect(stored.entity.roles).toContain('Trade Minister of Valdoria')
    expect(stored.entity.aliases).toEqual(expect.arrayContaining(['Ilsa Varga', 'Ильза Варга']))
    const merged = await resolver.resolve({
      ...extract('Nothing.', { date: '2026-03-03' }),
      entities: [{ id: 'person:varga-ilsa', type: 'person', name: 'Varga Ilsa', aliases: ['Varga Ilsa'], roles: [], mentions: [] }],
    })
    expect(merged.entities.map((e) => e.id)).toEqual(['person:ilsa-varga'])
  })

  it('refuses a malformed registry with the entry named', () => {
    expect(() => parseRegistry({ entities: [{ name: 'X', type: 'alien' }] }, 'reg.json')).toThrow(/reg\.json: entities\[0\] \(X\): "type" must be one of/)
    expect(() => parseRegistry({ merges: { 'person:a': 'person:b', 'person:b': 'person:a' } })).toThrow(/cycle/)
  })
})

describe('Resolver: events across documents', () => {
  const meeting = (over: Partial<Event>): Event => ({
    id: 'x:e1',
    type: 'meeting',
    participants: ['person:corin-aldamar', 'person:anselm-korvath'],
    status: 'planned',
    mentions: [],
    ...over,
  })

  it('matches reports of one meeting and keeps others apart', () => {
    expect(sameEvent(meeting({}), meeting({ type: 'talks', status: 'held', date: '2026-05-04' }))).toBeGreaterThan(0)
    expect(sameEvent(meeting({ date: '2026-05-04' }), meeting({ date: '2026-06-20' }))).toBe(0)
    expect(sameEvent(meeting({ status: 'held', date: '2026-05-04' }), meeting({ status: 'held', date: '2026-05-09' }))).toBe(0)
    // An undated report months after the event happened is another round.
    const held = meeting({ status: 'held', date: '2026-05-04' })
    expect(sameEvent(meeting({ status: 'planned' }), held, '2026-08-01')).toBe(0)
    expect(sameEvent(meeting({ status: 'planned' }), held, '2026-05-02')).toBeGreaterThan(0)
    // Talks that began on one day and ended days later are one event.
    expect(sameEvent(meeting({ status: 'began', date: '2026-05-04' }), meeting({ status: 'ended', date: '2026-05-11' }))).toBeGreaterThan(0)
    expect(sameEvent(meeting({ place: 'place:caldris' }), meeting({ place: 'place:port-meren' }))).toBe(0)
    expect(sameEvent(meeting({}), meeting({ participants: ['person:corin-aldamar', 'person:ilsa-varga', 'person:brin-tallow'] }))).toBe(0)
    expect(sameEvent(meeting({}), meeting({ type: 'call' }))).toBe(0)
    // No participants: the same place within a few days, or nothing.
    const unnamed = meeting({ participants: [], place: 'place:caldris', date: '2026-05-04' })
    expect(sameEvent(unnamed, meeting({ place: 'place:caldris', date: '2026-05-05' }))).toBeGreaterThan(0)
    expect(sameEvent(unnamed, meeting({ date: '2026-05-05' }))).toBe(0)
  })

  it('gives the same event from two documents one id, in the store and in their statements', async () => {
    const store = await openSqliteStore(':memory:')
    const resolver = new Resolver(store)
    const withEvent = (text: string, date: string, event: Event): Document => {
      const doc = extract(text, { date })
      doc.events = [event]
      for (const s of doc.statements) s.event = event.id
      return doc
    }
    const provenance = { origin: 'test', reader: 'text', ingestedAt: '2026-01-01T00:00:00Z' }
    const a = await resolver.resolve(withEvent('Corin Aldamar said that he would meet Anselm Korvath.', '2026-05-01', meeting({ id: 'a:e1', status: 'planned' })))
    await store.putDocument(a, provenance)
    const b = await new Resolver(store).resolve(
      withEvent('Anselm Korvath said the meeting with Corin Aldamar had been useful.', '2026-05-05', meeting({ id: 'b:e1', status: 'held', date: '2026-05-04' })),
    )
    await store.putDocument(b, provenance)
    expect(a.events[0]!.id).toBe(b.events[0]!.id)
    expect(b.statements.every((s) => s.event === b.events[0]!.id)).toBe(true)
    const stored = (await store.getEvent(a.events[0]!.id))!
    expect(stored.event.status).toBe('held')
    expect(stored.event.date).toBe('2026-05-04')
    expect(stored.reports.map((r) => r.status)).toEqual(['planned', 'held'])
    expect(stored.statementCount).toBe(2)
  })
})

describe('registry: outlets', () => {
  it('extends the shipped outlet registry, and ingest recognises the new outlet with its kind', async () => {
    const { ingestDocuments } = await import('./ingest.js')
    const registry = parseRegistry({ outlets: [{ name: 'Harbor Bell Weekly', kind: 'newspaper', labels: ['independent'] }] })
    expect(registry.outlets.byName.get('harbor bell weekly')?.kind).toBe('newspaper')
    expect(registry.outlets.byName.get('tass')?.kind).toBe('news agency')
    const store = await openSqliteStore(':memory:')
    await ingestDocuments(
      [{ origin: 'test', reader: 'text', text: 'Trade Minister Ilsa Varga told Harbor Bell Weekly that the corridor would reopen.', date: '2026-03-02' }],
      { store, registry },
    )
    const [outlet] = await store.findEntities('Harbor Bell Weekly', 1)
    expect(outlet?.entity).toMatchObject({ type: 'outlet', kind: 'newspaper', labels: ['independent'] })
    expect(() => parseRegistry({ outlets: [{ name: 'No Kind' }] }, 'reg.json')).toThrow(/reg\.json/)
  })
})

describe('Resolver: events across commits', () => {
  // Talks reported as they began, then as ended by an undated report, then as ended by a dated
  // one: one event, whether each document is committed alone (POST /documents, one at a time) or
  // all three together (a bulk ingest).
  const reports: InputDocument[] = [
    { text: 'Valdoria and Kestrania began talks in Port Meren on Friday, the foreign ministry said.', date: '2026-03-13', origin: 'began.txt', reader: 'text' },
    { text: 'The talks between Valdoria and Kestrania in Port Meren ended on 20 March 2026, the foreign ministry said.', origin: 'undated.txt', reader: 'text' },
    { text: 'The talks between Valdoria and Kestrania in Port Meren ended on Thursday, the foreign ministry said.', date: '2026-03-20', origin: 'ended.txt', reader: 'text' },
  ]
  const eventsAfter = async (batchSize: number) => {
    const store = await openSqliteStore(':memory:')
    await ingestDocuments(reports, { store, batchSize })
    const events = (await store.findEvents({ limit: 100 })).map((e) => ({ id: e.event.id, status: e.event.status, date: e.event.date, documents: e.documentCount }))
    await store.close()
    return events
  }

  it('merges the reports into one event, dated with its furthest stage, however the commits fall', async () => {
    const together = await eventsAfter(256)
    expect(together).toEqual([{ id: 'event:talks-kestrania-2026-03-13', status: 'ended', date: '2026-03-19', documents: 3 }])
    expect(await eventsAfter(1)).toEqual(together)
  })
})
