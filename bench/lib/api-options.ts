// Settings of the API benchmark: flags, then the documented defaults.
import { parseArgs } from 'node:util'
import { secondsFlag, wholeFlag } from './flags.js'

export interface ApiBenchOptions {
  /** Statements to generate (when building). */
  statements: number
  /** Where to build the database (default: a fresh file in the OS temp folder). */
  db: string | null
  /** Measure an existing database (--db) built by an earlier bench:search or bench:api run. */
  reuse: boolean
  /** Keep the database file instead of deleting it. */
  keep: boolean
  /** Requests in flight at any time. */
  concurrency: number
  /** Measured requests of each query kind (and, with --seconds, the size of the query pool cycled). */
  requests: number
  /** Measure each query kind for this long instead of a fixed number of requests (null: use requests). */
  seconds: number | null
  /** Unmeasured requests of each kind sent first, at the same concurrency. */
  warmUp: number
  /** Server processes (wirewatch serve --workers N). */
  workers: number
  /** Seed of the generator and of the query sampler (as bench:search). */
  seed: number
  json: boolean
  help: boolean
}

export const API_USAGE = `usage: npm run bench:api -- [options]

Builds (or reuses) a synthetic store, starts \`wirewatch serve\` on it as a second process on
127.0.0.1, and measures GET /search from this process with a fixed number of requests in flight.

  --statements N     statements to generate (default 1000000)
  --db FILE          build here instead of a temporary file (implies --keep)
  --reuse            with --db: measure the database an earlier bench:search or bench:api run built
                     there (e.g. npm run bench:search -- --db /tmp/ww-1m.db --keep)
  --keep             keep the database file
  --concurrency N    requests in flight at any time (default 50)
  --requests N       measured requests of each query kind (default 5000)
  --seconds S        measure each query kind for S seconds instead (cycling --requests queries)
  --warm-up N        unmeasured requests of each kind sent first (default 250)
  --workers N        server processes: wirewatch serve --workers N (default 1)
  --seed N           generator and query seed (default 42)
  --json             print one JSON object instead of the table
  -h, --help         show this help`

export function parseApiOptions(argv: string[]): ApiBenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      statements: { type: 'string' },
      db: { type: 'string' },
      reuse: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      concurrency: { type: 'string' },
      requests: { type: 'string' },
      seconds: { type: 'string' },
      'warm-up': { type: 'string' },
      workers: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.reuse && values.db === undefined) throw new Error('--reuse needs --db FILE')
  if (values.requests !== undefined && values.seconds !== undefined) throw new Error('give --requests or --seconds, not both')
  return {
    statements: wholeFlag('--statements', values.statements ?? '1000000', 1),
    db: values.db ?? null,
    reuse: values.reuse === true,
    keep: values.keep === true || values.db !== undefined,
    concurrency: wholeFlag('--concurrency', values.concurrency ?? '50', 1),
    requests: wholeFlag('--requests', values.requests ?? '5000', 1),
    seconds: values.seconds === undefined ? null : secondsFlag('--seconds', values.seconds),
    warmUp: wholeFlag('--warm-up', values['warm-up'] ?? '250', 0),
    workers: wholeFlag('--workers', values.workers ?? '1', 1),
    seed: wholeFlag('--seed', values.seed ?? '42', 0),
    json: values.json === true,
    help: values.help === true,
  }
}
