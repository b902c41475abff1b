// The seed brief (../shared/seeds, read at run time) ingested alone into an empty store, as the
// "who, where, when" issue asks: its events, dated statements, entities, outlets and stances as
// the store gives them back.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSqliteStore } from '../store/sqlite/index.js'
import type { Store, StoredEvent } from '../store/store.js'
import { ingest } from './ingest.js'

const SEED = new URL('../../../shared/seeds/000_1f2eece8fa9ed85a.txt', import.meta.url).pathname
const work = mkdtempSync(join(tmpdir(), 'wirewatch-seed-'))
let store: Store
let events: StoredEvent[]

beforeAll(async () => {
  store = await openSqliteStore(join(work, 'seed.db'))
  const summary = await ingest([SEED], { store })
  expect(summary.documents.new).toBe(1)
  events = await store.findEvents({ limit: 100 })
})
afterAll(async () => {
  await store.close()
  rmSync(work, { recursive: true, force: true })
})

const withParticipants = (...ids: string[]) => events.filter((e) => ids.every((id) => e.event.participants.includes(id)))

describe('the seed brief, ingested alone', () => {
  it('stores its three events with participants, places, dates and statuses', () => {
    expect(events).toHaveLength(3)
    const [summit] = withParticipants('person:vladimir-putin', 'person:donald-trump')
    expect(summit?.event).toMatchObject({ type: 'meeting', status: 'proposed' })
    const [istanbul] = withParticipants('place:turkiye', 'place:united-states', 'place:ukraine')
    expect(istanbul?.event).toMatchObject({ place: 'place:istanbul', date: '2025-05-16', status: 'began' })
    const [bilateral] = withParticipants('place:ukraine', 'place:russia').filter((e) => !e.event.participants.includes('place:turkiye'))
    expect(bilateral?.event).toMatchObject({ date: '2025-05-16', status: 'began' })
  })

  it('dates Trump’s statements and links statements to the events they concern', async () => {
    const trump = await store.search({ speaker: 'Donald Trump', order: 'date' })
    expect(trump.map((h) => h.statement.date)).toEqual(['2025-05-15', '2025-05-16'])
    const [summit] = withParticipants('person:vladimir-putin', 'person:donald-trump')
    const aboutSummit = await store.search({ event: summit!.event.id, limit: 100 })
    expect(aboutSummit.some((h) => h.statement.speaker.name === 'Dmitry Peskov')).toBe(true)
  })

  it('keeps Putin one entity with all his aliases', async () => {
    const putin = (await store.getEntity('person:vladimir-putin'))!
    expect(putin.entity.aliases).toEqual(expect.arrayContaining(['Putin', 'Vladimir Putin', 'Kremlin leader Vladimir Putin', 'Russian ruler Vladimir Putin']))
  })

  it('stores RIA Novosti and TASS as Kremlin-aligned news agencies and the channel as a Telegram channel', async () => {
    for (const name of ['RIA Novosti', 'TASS']) {
      const [agency] = await store.findEntities(name, 1)
      expect(agency?.entity).toMatchObject({ type: 'outlet', kind: 'news agency' })
      expect(agency?.entity.labels).toContain('Kremlin-aligned')
    }
    const [channel] = await store.findEntities('Vy slushali maiak', 1)
    expect(channel?.entity).toMatchObject({ type: 'outlet', kind: 'telegram channel' })
  })

  it('gives Peskov’s "necessary" support and Rubio’s doubt a skeptical stance', async () => {
    const peskov = await store.search({ speaker: 'Peskov', text: 'necessary' })
    expect(peskov.some((h) => h.statement.stance === 'support')).toBe(true)
    const rubio = await store.search({ speaker: 'Rubio' })
    expect(rubio.map((h) => h.statement.stance)).toEqual(['skeptical'])
  })
})
