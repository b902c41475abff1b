// The search benchmarks' store and queries: build() fills a SQLite store with the synthetic
// corpus, counted() reads what an earlier run built, and queriesOf() draws the queries of each
// kind. Shared by bench:search (in process) and bench:api (over HTTP), so both measure the same
// store with the same queries.
import type { SearchQuery, StoredDocument } from '../../src/store/store.js'
import { openSqliteStore } from '../../src/store/sqlite/index.js'
import { num } from './format.js'
import { collectGarbage } from './memory.js'
import { between, seededRandom } from './random.js'
import { syntheticDocuments, type World } from './synthetic.js'

export const KINDS = ['text', 'text + speaker', 'speaker', 'text + dates'] as const
export type QueryKind = (typeof KINDS)[number]

/** What build() needs of the settings (bench:search's options satisfy it). */
export interface BuildSettings {
  /** Statements to generate. */
  statements: number
  /** Seed of the generator: the documents come from seed + 1. */
  seed: number
  /** Documents per bulk transaction. */
  batch: number
  /** Merge the full-text segments and ANALYZE after loading. */
  optimize: boolean
}

export interface Built {
  documents: number
  nearDuplicates: number
  statements: number
  /** Seconds inside the store's bulk writes (generation not counted); NaN when reused. */
  seconds: number
  optimizeSeconds: number
}

/** Build figures are unknown for a database built earlier: only its counts are read. */
export async function counted(path: string): Promise<Built> {
  const store = await openSqliteStore(path)
  const stats = await store.stats()
  await store.close()
  return { documents: stats.documents, nearDuplicates: stats.nearDuplicates, statements: stats.statements, seconds: Number.NaN, optimizeSeconds: Number.NaN }
}

export async function build(path: string, world: World, options: BuildSettings, progress: (line: string) => void): Promise<Built> {
  const store = await openSqliteStore(path)
  let documents = 0
  let nearDuplicates = 0
  let statements = 0
  let seconds = 0
  let batch: StoredDocument[] = []
  let reported = 0
  const flush = async () => {
    const start = performance.now()
    await store.putDocuments(batch)
    seconds += (performance.now() - start) / 1000
    batch = []
  }
  progress(`building ${num(options.statements)} statements in ${path}…`)
  // Generation is not timed: only the store's work is.
  for (const d of syntheticDocuments(world, options.statements, options.seed + 1)) {
    batch.push(d)
    documents++
    statements += d.document.statements.length
    if (d.provenance.nearDuplicateOf) nearDuplicates++
    if (batch.length >= options.batch) await flush()
    if (statements - reported >= 100_000) {
      reported = statements
      progress(`  ${num(statements)} statements, ${num(seconds, 1)} s in the store`)
    }
  }
  if (batch.length) await flush()
  let optimizeSeconds = 0
  if (options.optimize) {
    progress('merging full-text segments and analysing…')
    const start = performance.now()
    await store.optimize()
    optimizeSeconds = (performance.now() - start) / 1000
  }
  await store.close()
  collectGarbage()
  return { documents, nearDuplicates, statements, seconds, optimizeSeconds }
}

/**
 * The queries of each kind, drawn with their own seed: words by corpus frequency, speakers by
 * popularity. The benches draw kind number k (its index in KINDS) with seed × 100 + k.
 */
export function queriesOf(world: World, kind: QueryKind, count: number, seed: number): SearchQuery[] {
  const random = seededRandom(seed)
  const text = () => (random() < 0.7 ? world.queryWord(random) : `${world.queryWord(random)} ${world.queryWord(random)}`)
  const speaker = () => {
    const p = world.person(random)
    return random() < 0.5 ? p.surname : p.name
  }
  const range = () => {
    const start = Date.UTC(2023, 5 + between(0, 21, random), 1)
    const end = new Date(start)
    end.setUTCMonth(end.getUTCMonth() + between(1, 3, random))
    end.setUTCDate(0)
    return { from: new Date(start).toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) }
  }
  return Array.from({ length: count }, (): SearchQuery => {
    switch (kind) {
      case 'text':
        return { text: text() }
      case 'text + speaker':
        return { text: world.queryWord(random), speaker: speaker() }
      case 'speaker':
        return { speaker: speaker() }
      case 'text + dates':
        return { text: world.queryWord(random), ...range() }
    }
  })
}
