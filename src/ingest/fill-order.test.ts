// One store however it was filled: PolNeAR train ingested clean, in two halves in either order or
// both at once (two connections, commits interleaved), and killed (a real child process) after its
// first commit then run again, gives the same entities, statement speakers and events. Reads
// ../shared/polnear/train at run time; skipped where that folder is absent.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { openSqliteStore } from '../store/sqlite/index.js'
import type { Store } from '../store/store.js'
import { ingest } from './ingest.js'
import { ingestKilledAfter } from './killed-ingest.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const TRAIN = join(ROOT, '../shared/polnear/train/text')
const present = existsSync(TRAIN)
const files = present ? readdirSync(TRAIN).filter((f) => f.endsWith('.txt')).sort().map((f) => join(TRAIN, f)) : []
const half = Math.ceil(files.length / 2)
const work = mkdtempSync(join(tmpdir(), 'wirewatch-fill-order-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Two ingests at once, each on its own connection to the file, their commits interleaving. */
async function filledAtOnce(name: string, ...runs: string[][]): Promise<string> {
  const file = join(work, `${name}.db`)
  const stores = await Promise.all(runs.map(() => openSqliteStore(file)))
  try {
    await Promise.all(runs.map((inputs, k) => ingest(inputs, { store: stores[k]!, batchSize: 64 })))
  } finally {
    await Promise.all(stores.map((s) => s.close()))
  }
  return file
}

async function filled(name: string, ...runs: string[][]): Promise<string> {
  const file = join(work, `${name}.db`)
  for (const inputs of runs) {
    const store = await openSqliteStore(file)
    try {
      await ingest(inputs, { store })
    } finally {
      await store.close()
    }
  }
  return file
}

/** What must not depend on the order: every entity's id, type and name; every event; every statement's speaker. */
async function identities(file: string) {
  const store: Store = await openSqliteStore(file)
  try {
    const entities: string[] = []
    for (let offset = 0; ; offset += 1000) {
      const page = await store.listEntities({ limit: 1000, offset })
      entities.push(...page.map((e) => `${e.entity.id} ${e.entity.type} ${e.entity.name}`))
      if (page.length < 1000) break
    }
    const speakers: string[] = []
    for (let offset = 0; ; offset += 1000) {
      const page = await store.search({ limit: 1000, offset, includeDuplicates: true })
      speakers.push(...page.map((h) => `${h.statement.id} ${h.statement.speaker.entity ?? '-'} ${h.statement.event ?? '-'}`))
      if (page.length < 1000) break
    }
    const events = (await store.findEvents({ limit: 1000 })).map((e) => `${e.event.id} ${e.event.participants.join(',')} ${e.documentCount}`)
    return { entities: entities.sort(), speakers: speakers.sort(), events: events.sort(), statements: (await store.stats()).statements }
  } finally {
    await store.close()
  }
}

/** Runs `wirewatch ingest` on the train texts and kills it once its first group of documents is committed (and its names settled). */
async function killedAfterFirstCommit(file: string): Promise<void> {
  expect(await ingestKilledAfter(TRAIN, file)).toBe('SIGKILL')
}

describe.skipIf(!present)('one store however PolNeAR train is filled', () => {
  it('gives the same entities, speakers and events clean, in halves either way, and killed then resumed', async () => {
    const clean = await identities(await filled('clean', [TRAIN]))
    expect(clean.entities.length).toBeGreaterThan(9000)
    expect(clean.statements).toBeGreaterThan(14_000)

    const killed = join(work, 'killed.db')
    await killedAfterFirstCommit(killed)
    const partial = await openSqliteStore(killed)
    const stored = (await partial.stats()).documents
    await partial.close()
    expect(stored).toBeGreaterThanOrEqual(256)
    expect(stored).toBeLessThan(files.length - 1)
    const resumed = await identities(await filled('killed', [TRAIN]))
    expect(resumed).toEqual(clean)

    for (const [name, fill] of [
      ['a-then-b', () => filled('a-then-b', files.slice(0, half), files.slice(half))],
      ['b-then-a', () => filled('b-then-a', files.slice(half), files.slice(0, half))],
      ['at-once', () => filledAtOnce('at-once', files.slice(0, half), files.slice(half))],
    ] as const) {
      const other = await identities(await fill())
      expect(other.entities, name).toEqual(clean.entities)
      expect(other.speakers, name).toEqual(clean.speakers)
      expect(other.events, name).toEqual(clean.events)
      expect(other.statements, name).toBe(clean.statements)
    }
  }, 600_000)
})
