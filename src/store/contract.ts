import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Document, Entity, Event, Statement } from '../core/records.js'
import { nameKey } from './names.js'
import { lshBands } from '../core/minhash.js'
import { type Fixtures, fixtures } from './contract-fixtures.js'
import { type LangFixtures, langFixtures } from './lang-fixtures.js'
import type { SearchHit, SearchQuery, Store, StoredDocument } from './store.js'

// The contract every Store passes: SQLite always, PostgreSQL when it exists. Expectations are
// computed from the fixture documents themselves, so the suite states the rules, not the
// extractor's current output.

export interface StoreContractOptions {
  /** Opens the same database again once `closed` has been closed; omit for stores that cannot (in-memory). */
  reopen?: (closed: Store) => Promise<Store>
}

interface Placed {
  statement: Statement
  doc: Document
  duplicate: boolean
}

const HOSTILE = ['"', '*', 'NEAR(', 'OR', "'", ';--', 'steel"', 'steel*', '"steel" OR "grain"', 'NEAR(steel grain, 2)', 'NOT steel', 'AND', '{content}: steel', 'keys:s1', '^steel', '(', ')', '\\', '%', '_', "x'); DROP TABLE statements;--", '\u0000', '\u{1F600}']

export function describeStoreContract(name: string, open: () => Promise<Store>, options: StoreContractOptions = {}): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store
    let f: Fixtures

    beforeEach(async () => {
      store = await open()
      f = fixtures()
    })
    afterEach(async () => {
      await store.close()
    })

    async function putAll(): Promise<void> {
      for (const d of f.all) expect(await store.putDocument(d.document, d.provenance)).toBe('new')
    }
    /** Every fixture statement with its document, in storing order. */
    function placed(): Placed[] {
      return f.all.flatMap((d) => d.document.statements.map((statement) => ({ statement, doc: d.document, duplicate: d.provenance.nearDuplicateOf !== undefined })))
    }
    /** The ids a search should return, given a rule, near-duplicates left out. */
    function expected(rule: (p: Placed) => boolean, includeDuplicates = false): string[] {
      return placed()
        .filter((p) => (includeDuplicates || !p.duplicate) && rule(p))
        .map((p) => p.statement.id)
    }
    async function ids(query: SearchQuery): Promise<string[]> {
      return (await store.search({ limit: 1000, ...query })).map((h) => h.statement.id)
    }
    const contentHas = (word: string) => (p: Placed) =>
      new RegExp(`\\b${word}\\b`, 'i').test(p.statement.content.map((c) => c.text).join(' ')) || new RegExp(`\\b${word}\\b`, 'i').test(p.statement.speaker.name ?? '')
    const spokenBy = (id: string) => (p: Placed) => p.statement.speaker.entity === id
    /** The first word of four letters or more in a fixture statement's content. */
    const firstWord = (id: string) => placed().find((p) => p.statement.id === id)!.statement.content.map((c) => c.text).join(' ').match(/\p{L}{4,}/u)![0]

    describe('documents', () => {
      it('lists documents newest first, without near-duplicate copies unless asked', async () => {
        await putAll()
        const listed = await store.listDocuments({ limit: 100 })
        const originals = f.all.filter((d) => !d.provenance.nearDuplicateOf)
        expect(listed.map((d) => d.id).sort()).toEqual(originals.map((d) => d.document.id).sort())
        const dates = listed.map((d) => d.date ?? '')
        expect(dates).toEqual([...dates].sort().reverse())
        const news = listed.find((d) => d.id === f.news.document.id)!
        expect(news).toMatchObject({ outlet: 'Northgate Courier', outletId: f.news.document.outlet, statements: f.news.document.statements.length, origin: f.news.provenance.origin })
        const all = await store.listDocuments({ limit: 100, includeDuplicates: true })
        expect(all).toHaveLength(f.all.length)
        expect(all.find((d) => d.id === f.republished.document.id)?.nearDuplicateOf).toBe(f.brief.document.id)
      })

      it('lists documents by words (best first), dates, publisher and page', async () => {
        await putAll()
        const ids = async (q: Parameters<Store['listDocuments']>[0]) => (await store.listDocuments(q)).map((d) => d.id)
        expect(await ids({ text: 'fishermen harbour' })).toEqual([f.visit.document.id])
        expect(await ids({ text: 'FISHERMEN' })).toEqual([f.visit.document.id])
        expect(await ids({ text: 'zeppelin' })).toEqual([])
        for (const hostile of HOSTILE) expect(Array.isArray(await store.listDocuments({ text: hostile }))).toBe(true)
        expect(await ids({ from: '2025-04', to: '2025-04' })).toEqual([f.news.document.id, f.brief.document.id])
        expect(await ids({ from: '2025-03-05', to: '2025-03-31' })).toEqual([f.roundup.document.id])
        expect(await ids({ outlet: 'northgate courier' })).toEqual([f.news.document.id])
        expect(await ids({ outlet: f.visit.document.outlet! })).toEqual([f.visit.document.id])
        expect(await ids({ outlet: 'Nobody Gazette' })).toEqual([])
        const pages = [...(await ids({ limit: 2 })), ...(await ids({ limit: 2, offset: 2 })), ...(await ids({ limit: 2, offset: 4 }))]
        expect(pages).toEqual(await ids({ limit: 100 }))
        await expect(store.listDocuments({ from: 'March' })).rejects.toThrow(RangeError)
      })

      it('gives back exactly the document and provenance that were put', async () => {
        await putAll()
        for (const d of f.all) {
          const got = await store.getDocument(d.document.id)
          expect(got).toEqual(d)
          // Exact, key order included: what went in is what comes out.
          expect(JSON.stringify(got)).toBe(JSON.stringify(d))
        }
        expect(await store.getDocument('no-such-document')).toBeUndefined()
      })

      it('does not change the document it is given', async () => {
        const before = JSON.stringify(f.brief)
        await store.putDocument(f.brief.document, f.brief.provenance)
        expect(JSON.stringify(f.brief)).toBe(before)
      })

      it('stores a document once: putting it again is unchanged and writes nothing', async () => {
        expect(await store.putDocument(f.brief.document, f.brief.provenance)).toBe('new')
        const stats = await store.stats()
        const again = { ...f.brief.provenance, origin: 'elsewhere.txt', ingestedAt: '2030-01-01T00:00:00.000Z' }
        expect(await store.putDocument(f.brief.document, again)).toBe('unchanged')
        expect(await store.stats()).toEqual(stats)
        expect((await store.getDocument(f.brief.document.id))?.provenance).toEqual(f.brief.provenance)
        expect(await store.hasDocument(f.brief.document.id)).toBe(true)
        expect(await store.hasDocument(f.news.document.id)).toBe(false)
      })

      it('counts the statements of a stored document, and of no other', async () => {
        await store.putDocument(f.brief.document, f.brief.provenance)
        expect(f.brief.document.statements.length).toBeGreaterThan(0)
        expect(await store.statementCountOf(f.brief.document.id)).toBe(f.brief.document.statements.length)
        expect(await store.statementCountOf(f.news.document.id)).toBeUndefined()
      })

      it('finds documents sharing MinHash bands, with their signatures', async () => {
        await putAll()
        const found = await store.documentsSharingBands(lshBands(f.republished.provenance.signature!))
        expect(found).toContainEqual({ id: f.brief.document.id, signature: f.brief.provenance.signature })
        expect(found.map((d) => d.id)).not.toContain(f.ranking.document.id)
        expect(await store.documentsSharingBands([])).toEqual([])
        expect(await store.documentsSharingBands(['no-such-band'])).toEqual([])
      })
    })

    describe('statements', () => {
      it('gives back a statement by its global id, with its document', async () => {
        await putAll()
        const s = f.news.document.statements[0]!
        const hit = await store.getStatement(s.id)
        expect(hit?.statement).toEqual(s)
        expect(hit?.document).toMatchObject({ id: f.news.document.id, date: f.news.document.date, outlet: 'Northgate Courier' })
        expect(await store.getStatement(`${f.news.document.id}:s999`)).toBeUndefined()
      })

      it('finds statements by the words of their content, every word required', async () => {
        await putAll()
        const grain = expected(contentHas('grain'))
        expect(grain.length).toBeGreaterThan(1)
        expect((await ids({ text: 'grain' })).sort()).toEqual([...grain].sort())
        expect((await ids({ text: 'GRAIN' })).sort()).toEqual([...grain].sort())
        const both = expected((p) => contentHas('grain')(p) && contentHas('timber')(p))
        expect(both.length).toBeGreaterThan(0)
        expect((await ids({ text: 'grain timber' })).sort()).toEqual([...both].sort())
        expect(await ids({ text: 'zeppelin' })).toEqual([])
      })

      it('ranks the better match first and scores it higher', async () => {
        await putAll()
        const hits = await store.search({ text: 'steel' })
        const best = f.ranking.document.statements.find((s) => /steel, steel/i.test(s.content[0]!.text))!
        expect(hits[0]?.statement.id).toBe(best.id)
        expect(hits.length).toBe(expected(contentHas('steel')).length)
        for (let k = 1; k < hits.length; k++) expect(hits[k]!.score).toBeLessThanOrEqual(hits[k - 1]!.score)
        expect(hits[0]!.score).toBeGreaterThan(hits[hits.length - 1]!.score)
      })

      it('filters by speaker: full name, surname alone, any alias, any case', async () => {
        await putAll()
        const varga = expected(spokenBy('person:ilsa-varga'))
        expect(varga.length).toBeGreaterThan(2)
        for (const speaker of ['Ilsa Varga', 'Varga', 'varga', 'ILSA VARGA', 'Trade Minister Ilsa Varga', '  ilsa   varga ']) {
          expect((await ids({ speaker })).sort(), speaker).toEqual([...varga].sort())
        }
        expect(await ids({ speaker: 'Ilsa' })).toEqual([])
        expect(await ids({ speaker: 'Nobody Known' })).toEqual([])
      })

      it('finds a speaker known only by name (no entity) by that name', async () => {
        const s = f.roundup.document.statements[0]!
        delete s.speaker.entity
        const name = s.speaker.name!
        const word = s.content[0]!.text.split(/\W+/).find((w) => w.length > 4)!
        await putAll()
        expect(await ids({ speaker: name })).toEqual([s.id])
        expect(await ids({ speaker: name.toUpperCase(), text: word })).toEqual([s.id])
        expect(await ids({ speaker: name, text: 'zeppelin' })).toEqual([])
      })

      it('filters by speaker across documents, newest first without text', async () => {
        await putAll()
        const korvath = expected(spokenBy('person:anselm-korvath'))
        const docs = new Set(placed().filter((p) => korvath.includes(p.statement.id)).map((p) => p.doc.id))
        expect(docs.size).toBeGreaterThan(1)
        const hits = await store.search({ speaker: 'Korvath' })
        expect(hits.map((h) => h.statement.id).sort()).toEqual([...korvath].sort())
        expectNewestFirst(hits)
        for (const h of hits) expect(h.score).toBe(0)
      })

      it('filters by outlet: the publisher, or an outlet the statement came through, by name or alias', async () => {
        await putAll()
        const viaAster = expected((p) => p.statement.via.includes('outlet:aster-news') || p.doc.outlet === 'outlet:aster-news')
        expect(viaAster.length).toBeGreaterThan(0)
        expect((await ids({ outlet: 'Aster News' })).sort()).toEqual([...viaAster].sort())
        const viaGlas = expected((p) => p.statement.via.includes('outlet:glas-severa'))
        expect((await ids({ outlet: 'voice of the north' })).sort()).toEqual([...viaGlas].sort())
        const courier = expected((p) => p.doc.outlet === 'outlet:northgate-courier')
        expect(courier.length).toBe(f.news.document.statements.length)
        expect((await ids({ outlet: 'Northgate Courier' })).sort()).toEqual([...courier].sort())
        expect(await ids({ outlet: 'Courier' })).toEqual([])
      })

      it('filters by the entity a statement is about', async () => {
        await putAll()
        const norland = expected((p) => p.statement.about.includes('place:norland'))
        expect(norland.length).toBeGreaterThan(1)
        expect((await ids({ about: 'Norland' })).sort()).toEqual([...norland].sort())
        expect((await ids({ about: 'norland', text: 'farmers' })).sort()).toEqual(
          norland.filter((id) => expected(contentHas('farmers')).includes(id)).sort(),
        )
      })

      it('filters by date, bounds inclusive, and by month', async () => {
        await putAll()
        const inRange = (from: string, to: string) => expected((p) => p.statement.date !== undefined && p.statement.date >= from && p.statement.date <= to)
        const april = inRange('2025-04-01', '2025-04-07')
        expect(april.length).toBeGreaterThan(0)
        expect((await ids({ from: '2025-04-01', to: '2025-04-07' })).sort()).toEqual([...april].sort())
        expect((await ids({ from: '2025-04', to: '2025-04' })).sort()).toEqual([...inRange('2025-04-01', '2025-04-31')].sort())
        const withText = expected((p) => inRange('2025-03-01', '2025-04-02').includes(p.statement.id) && contentHas('steel')(p))
        expect(withText.length).toBeGreaterThan(0)
        expect((await ids({ text: 'steel', from: '2025-03-01', to: '2025-04-02' })).sort()).toEqual([...withText].sort())
        // Wide and open-ended ranges, with text, and ranges outside every stored date.
        const steelSince = expected((p) => p.statement.date !== undefined && p.statement.date >= '2025-02-11' && contentHas('steel')(p))
        expect((await ids({ text: 'steel', from: '2025-02-11' })).sort()).toEqual([...steelSince].sort())
        const steelUntil = expected((p) => p.statement.date !== undefined && p.statement.date <= '2025-03-31' && contentHas('steel')(p))
        expect((await ids({ text: 'steel', to: '2025-03' })).sort()).toEqual([...steelUntil].sort())
        expect(await ids({ text: 'steel', from: '2031' })).toEqual([])
        expect(await ids({ text: 'steel', to: '1999' })).toEqual([])
        expect(await ids({ text: 'steel', from: '2025-04-05', to: '2025-04-01' })).toEqual([])
        expect(await ids({ from: '2030-01-01' })).toEqual([])
        await expect(store.search({ from: 'last week' })).rejects.toThrow(/from/)
      })

      it('filters by kind, with and without text', async () => {
        await putAll()
        const direct = expected((p) => p.statement.kind === 'direct')
        expect(direct.length).toBeGreaterThan(1)
        expect((await ids({ kind: 'direct' })).sort()).toEqual([...direct].sort())
        const directGrain = expected((p) => p.statement.kind === 'direct' && contentHas('grain')(p))
        expect((await ids({ kind: 'direct', text: 'grain' })).sort()).toEqual([...directGrain].sort())
      })

      it('combines every filter with AND', async () => {
        await putAll()
        const want = expected((p) => spokenBy('person:ilsa-varga')(p) && contentHas('grain')(p))
        expect(want.length).toBeGreaterThan(0)
        expect((await ids({ text: 'grain', speaker: 'Varga' })).sort()).toEqual([...want].sort())
        const narrower = expected((p) => want.includes(p.statement.id) && p.statement.via.includes('outlet:aster-news'))
        expect((await ids({ text: 'grain', speaker: 'Varga', outlet: 'Aster News' })).sort()).toEqual([...narrower].sort())
        expect(await ids({ text: 'grain', speaker: 'Varga', outlet: 'Harbour Gazette' })).toEqual([])
      })

      it('pages through results without gaps or repeats, limit 20 by default', async () => {
        await putAll()
        for (const query of [{ speaker: 'Varga' }, { text: 'the' }, {}] as SearchQuery[]) {
          const all = await ids(query)
          const pages: string[] = []
          for (let offset = 0; offset < all.length + 2; offset += 2) pages.push(...(await ids({ ...query, limit: 2, offset })))
          expect(pages).toEqual(all)
        }
        const total = expected(() => true).length
        expect(total).toBeGreaterThan(20)
        expect(await store.search({})).toHaveLength(20)
        expect(await store.search({ limit: 5000 })).toHaveLength(total)
        expect(await store.search({ limit: 0 })).toEqual([])
      })

      it('leaves out statements of near-duplicate documents unless asked', async () => {
        await putAll()
        const timber = expected(contentHas('timber'))
        const timberAll = expected(contentHas('timber'), true)
        expect(timberAll.length).toBeGreaterThan(timber.length)
        expect((await ids({ text: 'timber' })).sort()).toEqual([...timber].sort())
        expect((await ids({ text: 'timber', includeDuplicates: true })).sort()).toEqual([...timberAll].sort())
        const dupIds = new Set(f.republished.document.statements.map((s) => s.id))
        expect((await ids({ speaker: 'Varga' })).some((id) => dupIds.has(id))).toBe(false)
        expect((await ids({ speaker: 'Varga', includeDuplicates: true })).some((id) => dupIds.has(id))).toBe(true)
      })

      it('takes FTS-hostile input as plain words: results or nothing, never an error', async () => {
        await putAll()
        const stats = await store.stats()
        for (const s of HOSTILE) {
          for (const query of [{ text: s }, { speaker: s }, { outlet: s }, { about: s }, { text: `grain ${s}`, speaker: s }] as SearchQuery[]) {
            await expect(store.search(query), JSON.stringify(query)).resolves.toBeInstanceOf(Array)
          }
          await expect(store.findEntities(s)).resolves.toBeInstanceOf(Array)
        }
        // Quotes and operators are not syntax: 'steel"' and 'steel*' are the word steel.
        expect((await ids({ text: 'steel"' })).sort()).toEqual((await ids({ text: 'steel' })).sort())
        expect(await store.stats()).toEqual(stats)
      })
    })

    describe('entities', () => {
      it('merges an entity seen in several documents: aliases and roles unite, nothing twice', async () => {
        await putAll()
        const id = 'person:ilsa-varga'
        const seen = f.all.filter((d) => d.document.entities.some((e) => e.id === id))
        expect(seen.length).toBeGreaterThan(1)
        const merged = mergedFromFixtures(f.all.map((d) => d.document), id)
        const stored = await store.getEntity(id)
        expect(stored?.entity).toEqual({ ...merged, mentions: [] })
        expect(new Set(stored!.entity.aliases).size).toBe(stored!.entity.aliases.length)
        expect(stored!.entity.aliases.length).toBeGreaterThan(f.brief.document.entities.find((e) => e.id === id)!.aliases.length)
        expect(stored!.statementCount).toBe(expected(spokenBy(id)).length)
        // Optional in the interface; when a store gives it, it counts the documents that name the entity.
        if (stored!.documentCount !== undefined) expect(stored!.documentCount).toBe(seen.length)
        const dates = seen.map((d) => d.document.date!.slice(0, 10)).sort()
        expect(stored!.firstSeen).toBe(dates[0])
        expect(stored!.lastSeen).toBe(dates[dates.length - 1])
        expect(await store.getEntity('person:nobody')).toBeUndefined()
        // The record alone is the same entity, without the counts.
        expect(await store.getEntityRecord(id)).toEqual(stored!.entity)
        expect(await store.getEntityRecord('person:nobody')).toBeUndefined()
      })

      it("counts each outlet that carried a speaker's statements once per statement: the publisher and every channel", async () => {
        // A publisher also named among a statement's channels (as ingest names it) still counts once.
        const published = f.all.find((d) => d.document.outlet && d.document.statements.some((s) => s.speaker.entity))!.document
        for (const s of published.statements) if (!s.via.includes(published.outlet!)) s.via.push(published.outlet!)
        await putAll()
        for (const id of new Set(placed().flatMap((p) => (p.statement.speaker.entity ? [p.statement.speaker.entity] : [])))) {
          const counts = new Map<string, number>()
          for (const p of placed().filter((p) => !p.duplicate && spokenBy(id)(p))) {
            for (const outlet of new Set([...(p.doc.outlet ? [p.doc.outlet] : []), ...p.statement.via])) counts.set(outlet, (counts.get(outlet) ?? 0) + 1)
          }
          const stored = await store.getEntity(id)
          expect(new Map(stored!.outlets!.map((o) => [o.id, o.statements])), id).toEqual(counts)
          // Asked without them, the rest is the same.
          const { outlets: _, ...rest } = stored!
          expect(await store.getEntity(id, { outlets: false })).toEqual(rest)
        }
      })

      it('counts what an entity is about, and keeps outlet kind, labels and translation', async () => {
        await putAll()
        const norland = await store.getEntity('place:norland')
        expect(norland?.aboutCount).toBe(expected((p) => p.statement.about.includes('place:norland')).length)
        const glas = await store.getEntity('outlet:glas-severa')
        expect(glas?.entity).toMatchObject({ type: 'outlet', kind: 'telegram channel', translation: 'Voice of the North' })
        expect(glas?.entity.aliases).toContain('Voice of the North')
        const aster = await store.getEntity('outlet:aster-news')
        expect(aster?.entity.labels).toEqual(['State-owned'])
      })

      it('finds entities by name: exact alias first, then surname and prefix', async () => {
        await putAll()
        expect((await store.findEntities('Varga'))[0]?.entity.id).toBe('person:ilsa-varga')
        expect((await store.findEntities('ilsa varga'))[0]?.entity.id).toBe('person:ilsa-varga')
        expect((await store.findEntities('Ils')).map((e) => e.entity.id)).toContain('person:ilsa-varga')
        const norland = await store.findEntities('Norland')
        expect(norland[0]?.entity.id).toBe('place:norland')
        expect(norland.map((e) => e.entity.id)).toContain('organization:norland-farmers-union')
        expect(await store.findEntities('Zzyzx')).toEqual([])
        expect(await store.findEntities('Norland', 1)).toHaveLength(1)
        const outlets = await store.listEntities({ type: 'outlet', limit: 100 })
        expect(outlets.length).toBeGreaterThan(1)
        expect(outlets.every((o) => o.entity.type === 'outlet')).toBe(true)
        const counts = outlets.map((o) => o.documentCount ?? 0)
        expect(counts).toEqual([...counts].sort((a, b) => b - a))
        expect(await store.listEntities({ type: 'outlet', limit: 1, offset: 1 })).toEqual([outlets[1]])
      })
    })

    describe('events', () => {
      /** The fixtures with one visit told by two documents, a month apart, and statements about it. */
      function withVisit(): { id: string; told: string[] } {
        const id = 'event:visit-corin-aldamar-norland'
        const visit: Event = { id, type: 'visit', participants: ['person:corin-aldamar', 'place:norland'], place: 'place:norland', status: 'planned', mentions: [] }
        const told: string[] = []
        for (const d of f.all) {
          d.document.events = []
          for (const st of d.document.statements) delete st.event
        }
        f.visit.document.events = [visit]
        f.news.document.events = [{ ...visit, participants: ['person:corin-aldamar', 'person:anselm-korvath'], status: 'held', date: '2025-04-07' }]
        for (const d of [f.visit, f.news]) {
          const st = d.document.statements[0]!
          st.event = id
          st.stance = 'support'
          told.push(st.id)
        }
        return { id, told }
      }

      it('merges one event told by several documents: participants unite, the latest status wins, each report is kept', async () => {
        const { id } = withVisit()
        await putAll()
        const stored = (await store.getEvent(id))!
        expect(stored.event).toMatchObject({ id, type: 'visit', place: 'place:norland', status: 'held', date: '2025-04-07' })
        expect(stored.event.participants).toEqual(['person:anselm-korvath', 'person:corin-aldamar', 'place:norland'])
        expect(stored.reports.map((r) => [r.documentId, r.status])).toEqual([
          [f.visit.document.id, 'planned'],
          [f.news.document.id, 'held'],
        ])
        expect(stored.statementCount).toBe(2)
        expect(stored.documentCount).toBe(2)
        expect(await store.getEvent('event:nothing')).toBeUndefined()
        expect((await store.findEvents({ participants: ['person:anselm-korvath'] })).map((e) => e.event.id)).toEqual([id])
        expect(await store.findEvents({ participants: ['person:anselm-korvath'], type: 'call' })).toEqual([])
        expect((await store.findEvents({ place: 'place:norland' })).map((e) => e.event.id)).toEqual([id])
        expect(await store.findEvents({ place: 'place:nowhere' })).toEqual([])
      })

      it('finds the statements about an event, with a stance, in date order', async () => {
        const { id, told } = withVisit()
        await putAll()
        const byDate = (ids: string[]) => ids.map((x) => placed().find((p) => p.statement.id === x)!).sort((a, b) => (a.statement.date ?? '').localeCompare(b.statement.date ?? '')).map((p) => p.statement.id)
        expect(await ids({ event: id, order: 'date' })).toEqual(byDate(told))
        expect(await ids({ event: id, stance: 'support' })).toHaveLength(2)
        expect(await ids({ event: id, stance: 'oppose' })).toEqual([])
        expect(await ids({ event: 'event:nothing' })).toEqual([])
        const word = f.visit.document.statements[0]!.content[0]!.text.match(/\p{L}{5,}/u)![0]
        expect(await ids({ text: word, event: id })).toContain(told[0])
        await expect(store.search({ stance: 'angry' as never })).rejects.toThrow(RangeError)
      })

      it('keeps each report as its document told it, marks events pending, and regroups reports under new ids', async () => {
        const { id, told } = withVisit()
        await putAll()
        const reports = await store.findEventReports({ anchors: ['person:anselm-korvath'] })
        expect(reports.map((r) => [r.documentId, r.index, r.eventId, r.status, r.participants]).sort()).toEqual(
          [
            [f.visit.document.id, 0, id, 'planned', ['person:corin-aldamar', 'place:norland']],
            [f.news.document.id, 0, id, 'held', ['person:corin-aldamar', 'person:anselm-korvath']],
          ].sort(),
        )
        expect(await store.findEventReports({ anchors: ['place:norland'], limit: 1 })).toHaveLength(2)
        expect(await store.findEventReports({ anchors: ['place:norland'], reportsPerEvent: 1 })).toHaveLength(1)
        expect(await store.findEventReports({ anchors: ['place:norland'], reportsPerEvent: 2 })).toHaveLength(2)
        expect(await store.findEventReports({ events: ['event:nothing'] })).toEqual([])
        const pending = await store.pendingEvents()
        expect(pending.map((e) => e.id)).toEqual([id])

        // The held visit becomes an event of its own; the planned one keeps the id.
        const apart = 'event:visit-corin-aldamar-2025-04-07'
        expect(await store.regroupEvents([{ documentId: f.news.document.id, index: 0, eventId: apart }], pending)).toEqual({ documents: 1 })
        expect(await store.pendingEvents()).toEqual([])
        const planned = (await store.getEvent(id))!
        expect(planned.event).toMatchObject({ status: 'planned', participants: ['person:corin-aldamar', 'place:norland'] })
        expect(planned.event.date).toBeUndefined()
        expect([planned.documentCount, planned.statementCount]).toEqual([1, 1])
        const held = (await store.getEvent(apart))!
        expect(held.event).toMatchObject({ status: 'held', date: '2025-04-07', place: 'place:norland', participants: ['person:anselm-korvath', 'person:corin-aldamar'] })
        expect((await store.getStatement(told[1]!))!.statement.event).toBe(apart)
        expect((await store.getDocument(f.news.document.id))!.document.events.map((e) => e.id)).toEqual([apart])
        expect(await ids({ event: apart })).toEqual([told[1]])

        // Back under one id: the event left without reports is gone.
        await store.regroupEvents([{ documentId: f.news.document.id, index: 0, eventId: id }], [])
        expect(await store.getEvent(apart)).toBeUndefined()
        expect((await store.getEvent(id))!.event).toMatchObject({ status: 'held', date: '2025-04-07' })
      })
    })

    describe('identity', () => {
      it('matches names across scripts and by last name, and gives merged-away ids their new home', async () => {
        await putAll()
        const { candidates } = await store.matchNames([nameKey('Ильса Варга'), nameKey('Varga')], [])
        expect(candidates).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ id: 'person:ilsa-varga', by: 'alias', key: nameKey('Ilsa Varga') }),
            expect.objectContaining({ id: 'person:ilsa-varga', by: 'surname', key: 'varga' }),
          ]),
        )
        expect((await store.matchNames([], ['person:ilsa-varga'])).redirects).toEqual({})
      })

      it('merges two entities into one: statements, aliases and later lookups follow', async () => {
        await putAll()
        const korvath = expected(spokenBy('person:anselm-korvath'))
        const aldamar = expected(spokenBy('person:corin-aldamar'))
        expect(korvath.length).toBeGreaterThan(0)
        expect(aldamar.length).toBeGreaterThan(0)
        const { statements } = await store.mergeEntities('person:anselm-korvath', ['person:corin-aldamar'])
        expect(statements).toBeGreaterThanOrEqual(aldamar.length)
        expect(await store.getEntity('person:corin-aldamar')).toBeUndefined()
        const merged = (await store.getEntity('person:anselm-korvath'))!
        expect(merged.entity.aliases).toEqual(expect.arrayContaining(['Anselm Korvath', 'Corin Aldamar']))
        expect(merged.statementCount).toBe(korvath.length + aldamar.length)
        expect((await ids({ speaker: 'Aldamar' })).sort()).toEqual([...korvath, ...aldamar].sort())
        for (const id of aldamar) expect((await store.getStatement(id))!.statement.speaker.entity).toBe('person:anselm-korvath')
        // Text searches by speaker follow as well.
        const word = firstWord(aldamar[0]!)
        expect(await ids({ text: word, speaker: 'Anselm Korvath' })).toContain(aldamar[0])
        expect((await store.matchNames([], ['person:corin-aldamar'])).redirects).toEqual({ 'person:corin-aldamar': 'person:anselm-korvath' })
        await expect(store.mergeEntities('person:anselm-korvath', ['person:nobody'])).rejects.toMatchObject({ code: 'E_NOT_FOUND' })
        await expect(store.mergeEntities('person:anselm-korvath', ['place:norland'])).rejects.toMatchObject({ code: 'E_USAGE' })
      })

      it('splits off an entity by alias, with the statements written so, and adds aliases', async () => {
        await putAll()
        await store.mergeEntities('person:anselm-korvath', ['person:corin-aldamar'])
        const aldamar = expected(spokenBy('person:corin-aldamar'))
        const split = await store.splitEntity('person:anselm-korvath', ['Corin Aldamar', 'Aldamar'])
        expect(split).toEqual({ id: 'person:corin-aldamar', statements: aldamar.length })
        expect((await ids({ speaker: 'Corin Aldamar' })).sort()).toEqual([...aldamar].sort())
        const word = firstWord(aldamar[0]!)
        expect(await ids({ text: word, speaker: 'Corin Aldamar' })).toContain(aldamar[0])
        expect(await ids({ text: word, speaker: 'Anselm Korvath' })).not.toContain(aldamar[0])
        expect((await store.getEntity('person:anselm-korvath'))!.entity.aliases).not.toContain('Corin Aldamar')
        expect(await store.addAliases('person:corin-aldamar', ['Корин Алдамар', 'Aldamar'])).toEqual({ added: 1 })
        expect((await store.findEntities('Корин Алдамар'))[0]?.entity.id).toBe('person:corin-aldamar')
      })
    })

    describe('languages', () => {
      let l: LangFixtures
      /** The English fixtures, then a Russian and a Ukrainian document (lang-fixtures.ts). */
      async function putWithSlavic(): Promise<void> {
        await putAll()
        l = langFixtures()
        for (const d of [l.russian, l.ukrainian]) expect(await store.putDocument(d.document, d.provenance)).toBe('new')
      }
      const sorted = (list: string[]) => [...list].sort()

      it('finds a Russian or Ukrainian word in any of its forms: stems in the index and in the query', async () => {
        await putWithSlavic()
        const [ru1, ru2] = l.russian.document.statements.map((s) => s.id) as [string, string]
        const [uk1, uk2] = l.ukrainian.document.statements.map((s) => s.id) as [string, string]
        expect(l.russian.document.statements[0]!.content[0]!.text).toContain('переговоров')
        expect(l.ukrainian.document.statements[0]!.content[0]!.text).toContain('переговорів')
        // "переговоров" (ru) and "переговорів" (uk) by the nominative and the dative, in any case.
        for (const text of ['переговоры', 'переговорам', 'ПЕРЕГОВОРОВ', 'Переговори', 'переговорів']) expect(sorted(await ids({ text })), text).toEqual(sorted([ru1, uk1]))
        // Several words, all required; other forms of the other words too.
        expect(await ids({ text: 'итогам переговоры' })).toEqual([ru1])
        expect(await ids({ text: 'результатами переговорів' })).toEqual([uk1])
        expect(await ids({ text: 'соглашения' })).toEqual([ru2])
        expect(await ids({ text: 'зустріч' })).toEqual([uk2])
        // Words joined by a hyphen are a phrase: the stems in their order.
        expect(await ids({ text: 'итогами-переговоров' })).toEqual([ru1])
        expect(await ids({ text: 'переговоров-итогами' })).toEqual([])
        // By the speaker's name in another case, and with a speaker filter (the speaker pairs).
        expect(sorted(await ids({ text: 'Корвиша' }))).toEqual(sorted([ru1, ru2]))
        expect(await ids({ text: 'переговоры', speaker: 'Ленна Корвиш' })).toEqual([ru1])
        expect(await ids({ text: 'переговоры', speaker: 'Амберло' })).toEqual([uk1])
        // Ranked as any text search: scores set, larger first.
        const hits = await store.search({ text: 'переговоры' })
        expect(hits.every((h) => h.score > 0)).toBe(true)
        // English words are searched as before.
        expect(sorted(await ids({ text: 'grain' }))).toEqual(sorted(expected(contentHas('grain'))))
      })

      it('finds documents by the words of their title and text in any form', async () => {
        await putWithSlavic()
        const docIds = async (q: Parameters<Store['listDocuments']>[0]) => sorted((await store.listDocuments(q)).map((d) => d.id))
        const both = sorted([l.russian.document.id, l.ukrainian.document.id])
        expect(await docIds({ text: 'переговоры' })).toEqual(both)
        expect(await docIds({ text: 'Тальмар' })).toEqual(both)
        expect(await docIds({ text: 'журналистов' })).toEqual([l.russian.document.id])
        expect(await docIds({ text: 'fishermen' })).toEqual([f.visit.document.id])
      })

      it("filters statements by their document's language, with and without text", async () => {
        await putWithSlavic()
        const ru = l.russian.document.statements.map((s) => s.id)
        const uk = l.ukrainian.document.statements.map((s) => s.id)
        expect(sorted(await ids({ lang: 'ru' }))).toEqual(sorted(ru))
        expect(sorted(await ids({ lang: 'uk' }))).toEqual(sorted(uk))
        expect(sorted(await ids({ lang: 'RU' }))).toEqual(sorted(ru))
        expect(sorted(await ids({ lang: 'en' }))).toEqual(sorted(expected(() => true)))
        expect(sorted(await ids({ lang: 'en', includeDuplicates: true }))).toEqual(sorted(expected(() => true, true)))
        expect(await ids({ text: 'переговоры', lang: 'uk' })).toEqual([uk[0]])
        expect(await ids({ text: 'переговоры', lang: 'en' })).toEqual([])
        expect(await ids({ text: 'grain', lang: 'ru' })).toEqual([])
        expect(sorted(await ids({ text: 'grain', lang: 'en' }))).toEqual(sorted(expected(contentHas('grain'))))
        expect(await ids({ speaker: 'Корвиш', lang: 'ru', order: 'date' })).toEqual(ru)
        expect(await ids({ speaker: 'Корвиш', lang: 'uk' })).toEqual([])
        expect(sorted(await ids({ speaker: 'Varga', lang: 'en' }))).toEqual(sorted(expected(spokenBy('person:ilsa-varga'))))
        expect(await ids({ about: 'Norland', lang: 'ru' })).toEqual([])
        expect(await ids({ from: '2025-05-17', lang: 'ru' })).toEqual([])
        expect(await ids({ lang: 'de' })).toEqual([])
        expect(await ids({ lang: '  ' })).toEqual(await ids({}))
        // Each hit says its document's language.
        for (const h of await store.search({ limit: 1000 })) expect(h.document.lang).toBe(h.document.id === l.russian.document.id ? 'ru' : h.document.id === l.ukrainian.document.id ? 'uk' : 'en')
        expect((await store.getStatement(uk[0]!))?.document.lang).toBe('uk')
        await expect(store.search({ lang: 'Russian' })).rejects.toThrow(RangeError)
        await expect(store.search({ lang: 'ru"' })).rejects.toThrow(/lang/)
      })

      it('lists documents by language, each with its language', async () => {
        await putWithSlavic()
        const docIds = async (q: Parameters<Store['listDocuments']>[0]) => (await store.listDocuments(q)).map((d) => d.id)
        expect(await docIds({ lang: 'uk' })).toEqual([l.ukrainian.document.id])
        expect(await docIds({ lang: 'ru', text: 'переговорам' })).toEqual([l.russian.document.id])
        expect(await docIds({ lang: 'ru', text: 'fishermen' })).toEqual([])
        expect((await docIds({ lang: 'en', limit: 100 })).sort()).toEqual(f.all.filter((d) => !d.provenance.nearDuplicateOf).map((d) => d.document.id).sort())
        expect(await docIds({ lang: 'de' })).toEqual([])
        const listed = await store.listDocuments({ limit: 100 })
        expect(listed.find((d) => d.id === l.russian.document.id)).toMatchObject({ lang: 'ru', statements: 2 })
        expect(listed.filter((d) => d.lang === 'en')).toHaveLength(f.all.length - 1)
        await expect(store.listDocuments({ lang: 'ukrainian' })).rejects.toThrow(RangeError)
      })
    })

    describe('stats', () => {
      it('counts documents, near-duplicates, statements, entities by type and the date span', async () => {
        await putAll()
        const docs = f.all.map((d) => d.document)
        const entityIds = new Map<string, Entity['type']>()
        for (const d of docs) for (const e of d.entities) entityIds.set(e.id, e.type)
        const byType = { person: 0, organization: 0, place: 0, outlet: 0 }
        for (const type of entityIds.values()) byType[type]++
        const dates = docs.map((d) => d.date!.slice(0, 10)).sort()
        expect(await store.stats()).toEqual({
          documents: docs.length,
          nearDuplicates: 1,
          statements: docs.reduce((n, d) => n + d.statements.length, 0),
          entities: byType,
          outlets: byType.outlet,
          firstDate: dates[0],
          lastDate: dates[dates.length - 1],
        })
      })

      it('counts nothing in an empty store', async () => {
        expect(await store.stats()).toEqual({ documents: 0, nearDuplicates: 0, statements: 0, entities: { person: 0, organization: 0, place: 0, outlet: 0 }, outlets: 0 })
        expect(await store.search({})).toEqual([])
        expect(await store.search({ text: 'grain' })).toEqual([])
      })
    })

    describe('failures', () => {
      /** Everything a reader could see, to compare before and after a failed put. */
      async function snapshot(): Promise<unknown> {
        return {
          stats: await store.stats(),
          varga: await store.getEntity('person:ilsa-varga'),
          korvath: await store.getEntity('person:anselm-korvath'),
          all: await ids({ includeDuplicates: true }),
          grain: await ids({ text: 'grain', includeDuplicates: true }),
        }
      }

      it('a put that fails halfway (a statement id stored twice) leaves nothing behind', async () => {
        await store.putDocument(f.brief.document, f.brief.provenance)
        const before = await snapshot()
        // The last statement repeats the first one's id: the store has written the document, its
        // entities (Varga gains an alias and a role) and earlier statements when the key clashes.
        const broken: StoredDocument = structuredClone(f.news)
        const statements = broken.document.statements
        expect(statements.length).toBeGreaterThan(2)
        statements[statements.length - 1]!.id = statements[0]!.id
        await expect(store.putDocument(broken.document, broken.provenance)).rejects.toMatchObject({ code: 'E_STORE' })
        expect(await snapshot()).toEqual(before)
        expect(await store.hasDocument(f.news.document.id)).toBe(false)
        expect(await store.getStatement(statements[0]!.id)).toBeUndefined()
        expect(await ids({ text: 'stalled' })).toEqual([])
        // The store goes on working, and the good document goes in whole.
        expect(await store.putDocument(f.news.document, f.news.provenance)).toBe('new')
        expect(await store.getDocument(f.news.document.id)).toEqual(f.news)
      })

      it('a put that fails on its last entity (an unknown entity type) leaves nothing behind', async () => {
        await store.putDocument(f.brief.document, f.brief.provenance)
        const before = await snapshot()
        const broken: StoredDocument = structuredClone(f.news)
        broken.document.entities.push({ id: 'alien:zorg', type: 'alien' as Entity['type'], name: 'Zorg', aliases: ['Zorg'], roles: [], mentions: [] })
        await expect(store.putDocument(broken.document, broken.provenance)).rejects.toMatchObject({ code: 'E_STORE' })
        expect(await snapshot()).toEqual(before)
        expect(await store.getEntity('alien:zorg')).toBeUndefined()
        expect(await store.findEntities('Zorg')).toEqual([])
      })

      it('refuses a near-duplicate of a document it does not hold', async () => {
        const orphan = { ...f.republished.provenance, nearDuplicateOf: 'not-stored-anywhere' }
        await expect(store.putDocument(f.republished.document, orphan)).rejects.toMatchObject({ code: 'E_STORE' })
        expect(await store.stats()).toMatchObject({ documents: 0, statements: 0 })
      })
    })

    if (options.reopen) {
      const reopen = options.reopen
      it('keeps everything when closed and opened again', async () => {
        await putAll()
        const before = { stats: await store.stats(), hits: await store.search({ text: 'grain' }), varga: await store.getEntity('person:ilsa-varga') }
        await store.close()
        store = await reopen(store)
        expect({ stats: await store.stats(), hits: await store.search({ text: 'grain' }), varga: await store.getEntity('person:ilsa-varga') }).toEqual(before)
        for (const d of f.all) expect(await store.getDocument(d.document.id)).toEqual(d)
        expect(await store.putDocument(f.brief.document, f.brief.provenance)).toBe('unchanged')
      })
    }
  })
}

function expectNewestFirst(hits: SearchHit[]): void {
  const dates = hits.map((h) => h.statement.date ?? '')
  expect(dates).toEqual([...dates].sort().reverse())
}

/** The entity as the documents describe it, merged in storing order: what a store must hold. */
function mergedFromFixtures(docs: Document[], id: string): Omit<Entity, 'mentions'> {
  let merged: Omit<Entity, 'mentions'> | undefined
  for (const d of docs) {
    for (const e of d.entities.filter((x) => x.id === id)) {
      if (!merged) {
        const { mentions: _, ...rest } = e
        merged = { ...rest, aliases: [...new Set([e.name, ...e.aliases])], roles: [...new Set(e.roles)] }
      } else {
        merged.aliases = [...new Set([...merged.aliases, e.name, ...e.aliases])]
        merged.roles = [...new Set([...merged.roles, ...e.roles])]
      }
    }
  }
  if (!merged) throw new Error(`no fixture document names ${id}`)
  return merged
}
