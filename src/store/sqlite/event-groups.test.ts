import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ingestDocuments } from '../../ingest/ingest.js'
import { settleEvents } from '../../ingest/settle-events.js'
import { openSqliteStore } from './sqlite-store.js'
import { asVersion4 } from './schema-fixtures.js'

// Fictional places and ministries only.

const work = mkdtempSync(join(tmpdir(), 'wirewatch-event-groups-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('migration 8: event reports keep their own account', () => {
  it('fills each report from its document, marks every event pending, and settling keeps the events', async () => {
    const path = join(work, 'events.db')
    const store = await openSqliteStore(path)
    await ingestDocuments(
      [
        { text: 'Valdoria and Kestrania began talks in Port Meren on Friday, the foreign ministry said.', date: '2026-03-13', origin: 'began.txt', reader: 'text' },
        { text: 'The talks between Valdoria and Kestrania in Port Meren ended on Thursday, the foreign ministry said.', date: '2026-03-20', origin: 'ended.txt', reader: 'text' },
      ],
      { store },
    )
    const before = await store.findEvents({ limit: 10 })
    const reports = await store.findEventReports({ events: before.map((e) => e.event.id) })
    expect(before).toHaveLength(1)
    expect(reports).toHaveLength(2)
    await store.close()

    asVersion4(path)
    const migrated = await openSqliteStore(path)
    expect((await migrated.pendingEvents()).map((e) => e.id)).toEqual(before.map((e) => e.event.id))
    expect(await migrated.findEventReports({ events: before.map((e) => e.event.id) })).toEqual(reports)
    expect(await settleEvents(migrated)).toBe(0)
    expect(await migrated.pendingEvents()).toEqual([])
    expect(await migrated.findEvents({ limit: 10 })).toEqual(before)
    await migrated.close()
  })
})
