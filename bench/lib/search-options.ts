// Settings of the search benchmark: flags, then the documented defaults.
import { parseArgs } from 'node:util'
import { wholeFlag } from './flags.js'

export interface SearchBenchOptions {
  /** Statements to generate. */
  statements: number
  /** Measured queries of each kind (after a warm-up). */
  queries: number
  /** Seed of the generator and of the query sampler. */
  seed: number
  /** Keep the database file instead of deleting it. */
  keep: boolean
  /** Where to build the database (default: a fresh file in the OS temp folder). */
  db: string | null
  /** Measure an existing database (--db) built by an earlier run instead of building one. */
  reuse: boolean
  /** Documents per bulk transaction. */
  batch: number
  /** Skip the FTS merge and ANALYZE after loading, to see what an un-optimised store does. */
  optimize: boolean
  json: boolean
  help: boolean
}

export const SEARCH_USAGE = `usage: npm run bench:search -- [options]

  --statements N     statements to generate (default 1000000)
  --queries N        measured queries of each kind (default 300)
  --seed N           generator and query seed (default 42)
  --batch N          documents per bulk transaction (default 2000)
  --no-optimize      skip the FTS merge and ANALYZE after loading
  --db FILE          build here instead of a temporary file (implies --keep)
  --reuse            with --db: measure the database an earlier run built there
  --keep             keep the database file
  --json             print one JSON object instead of the table
  -h, --help         show this help`

export function parseSearchOptions(argv: string[]): SearchBenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      statements: { type: 'string' },
      queries: { type: 'string' },
      seed: { type: 'string' },
      batch: { type: 'string' },
      'no-optimize': { type: 'boolean', default: false },
      db: { type: 'string' },
      keep: { type: 'boolean', default: false },
      reuse: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.reuse && values.db === undefined) throw new Error('--reuse needs --db FILE')
  return {
    statements: wholeFlag('--statements', values.statements ?? '1000000', 1),
    queries: wholeFlag('--queries', values.queries ?? '300', 1),
    seed: wholeFlag('--seed', values.seed ?? '42', 0),
    batch: wholeFlag('--batch', values.batch ?? '2000', 1),
    optimize: !values['no-optimize'],
    db: values.db ?? null,
    keep: values.keep === true || values.db !== undefined,
    reuse: values.reuse === true,
    json: values.json === true,
    help: values.help === true,
  }
}
