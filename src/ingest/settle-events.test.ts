import { describe, expect, it } from 'vitest'
import type { Document, Event } from '../core/records.js'
import { extract } from '../extract/extract.js'
import { openSqliteStore } from '../store/sqlite/index.js'
import type { Store } from '../store/store.js'
import { Resolver } from './resolve.js'
import { settleEvents } from './settle-events.js'

// Fictional people and places only. Events are given by hand, so that the test is about grouping.

const provenance = { origin: 'test', reader: 'text', ingestedAt: '2026-01-01T00:00:00Z' }

function told(text: string, date: string, events: Omit<Event, 'id' | 'mentions'>[]): Document {
  const doc = extract(text, { date })
  doc.events = events.map((e, k) => ({ ...e, id: `${doc.id}:e${k + 1}`, mentions: [] }))
  // The first statement concerns the document's last event, so that a statement follows its own report.
  if (doc.statements[0]) doc.statements[0].event = doc.events.at(-1)!.id
  return doc
}

const meeting = (participants: string[], status: Event['status'], date?: string): Omit<Event, 'id' | 'mentions'> => ({
  type: 'meeting',
  participants,
  status,
  ...(date ? { date } : {}),
})

const ALDAMAR = 'person:corin-aldamar'
const KORVATH = 'person:anselm-korvath'
const VARGA = 'person:ilsa-varga'

const documents = [
  told('Corin Aldamar said that he would meet Anselm Korvath.', '2026-05-01', [meeting([ALDAMAR, KORVATH], 'planned')]),
  // Vague: it fits the meeting above and the one below alike, and must not make them one.
  told('Corin Aldamar said that the meeting had gone well.', '2026-05-02', [meeting([ALDAMAR], 'unknown')]),
  told('Ilsa Varga said that she had met Corin Aldamar on Sunday.', '2026-05-04', [meeting([ALDAMAR, VARGA], 'held', '2026-05-03')]),
  told('Anselm Korvath said that the meeting with Corin Aldamar on Monday was useful.', '2026-05-05', [
    meeting([ALDAMAR, VARGA], 'held', '2026-05-03'),
    meeting([ALDAMAR, KORVATH], 'held', '2026-05-04'),
  ]),
]

/** Each document resolved and stored in the order given, events settled after each (or once, at the end). */
async function fill(order: readonly number[], settleEach: boolean): Promise<string[]> {
  const store: Store = await openSqliteStore(':memory:')
  let resolver = new Resolver(store)
  for (const k of order) {
    await store.putDocument(await resolver.resolve(structuredClone(documents[k]!)), provenance)
    if (settleEach) {
      await settleEvents(store)
      resolver = new Resolver(store)
    }
  }
  await settleEvents(store)
  const events = await store.findEvents({ limit: 100 })
  const lines = events.map((e) => `${e.event.id} ${e.event.status} ${e.event.date ?? '-'} ${e.reports.map((r) => r.documentId).sort().join(',')}`)
  for (const doc of documents) {
    const stored = (await store.getDocument(doc.id))!
    lines.push(`${doc.id} ${stored.document.events.map((e) => e.id).join(',')} ${stored.document.statements.map((s) => s.event ?? '-').join(',')}`)
  }
  expect(await store.pendingEvents()).toEqual([])
  await store.close()
  return lines.sort()
}

function permutations(n: number): number[][] {
  if (n === 0) return [[]]
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, k) => [...p.slice(0, k), n - 1, ...p.slice(k)]))
}

describe('settleEvents: events whatever the order', () => {
  it('groups the reports the same way, under the same ids, in every order and however often it settles', async () => {
    const expected = await fill([0, 1, 2, 3], true)
    const [a, b, c, d] = documents.map((doc) => doc.id)
    // The planned meeting, the vague report and the held one; the meeting with Varga apart.
    expect(expected.filter((line) => line.startsWith('event:'))).toEqual(
      [`event:meeting-anselm-korvath-corin-aldamar held 2026-05-04 ${[a, b, d].sort().join(',')}`, `event:meeting-corin-aldamar-ilsa-varga-2026-05-03 held 2026-05-03 ${[c, d].sort().join(',')}`].sort(),
    )
    // The document telling of both meetings keeps them apart, its statement with its own report's event.
    expect(expected).toContain(`${d} event:meeting-corin-aldamar-ilsa-varga-2026-05-03,event:meeting-anselm-korvath-corin-aldamar event:meeting-anselm-korvath-corin-aldamar`)
    for (const order of permutations(4)) {
      expect(await fill(order, true), order.join('')).toEqual(expected)
      expect(await fill(order, false), `${order.join('')} settled once`).toEqual(expected)
    }
  })
})
