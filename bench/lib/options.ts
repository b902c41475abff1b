// The benchmark's settings: command-line flags first, then WIREWATCH_BENCH_* environment
// variables, then the documented defaults.
import { parseArgs } from 'node:util'

export const STAGES = ['tokenize', 'extract', 'extract-ru', 'extract-uk', 'compromise'] as const
export type StageName = (typeof STAGES)[number]

export interface BenchOptions {
  /** Folder of *.txt articles; null means the default (../shared/polnear/train/text). */
  dir: string | null
  /** Print one JSON object on stdout instead of the table. */
  json: boolean
  /** Minimum measured time per stage, in seconds (after the warm-up pass). */
  minSeconds: number
  /** How many documents (the first, sorted by name) compromise reads. */
  compromiseDocs: number
  /** Use at most this many documents for every stage (0: all). */
  limit: number
  /** Stages to run, in this order. */
  stages: StageName[]
}

export const USAGE = `usage: npm run bench -- [DIR] [options]

  DIR                      folder of *.txt articles (or env WIREWATCH_BENCH_DIR);
                           default: ../shared/polnear/train/text beside the repository
  --json                   print one JSON object instead of the table
  --min-time SECONDS       measured time per stage, at least (env WIREWATCH_BENCH_MIN_TIME; default 3)
  --compromise-docs N      documents compromise reads (default 100)
  --limit N                use only the first N documents (default: all)
  --stages LIST            comma-separated subset of ${STAGES.join(',')} (default: all)
  -h, --help               show this help`

/** Parses `argv` (without node and the script). Throws an Error with a readable message on misuse. */
export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions & { help: boolean } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'min-time': { type: 'string' },
      'compromise-docs': { type: 'string' },
      limit: { type: 'string' },
      stages: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (positionals.length > 1) throw new Error(`expected at most one folder, got ${positionals.length}`)
  const stages = (values.stages ?? STAGES.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  for (const s of stages) {
    if (!(STAGES as readonly string[]).includes(s)) throw new Error(`unknown stage "${s}" (known: ${STAGES.join(', ')})`)
  }
  return {
    dir: positionals[0] ?? env.WIREWATCH_BENCH_DIR ?? null,
    json: values.json ?? false,
    minSeconds: positiveNumber('--min-time', values['min-time'] ?? env.WIREWATCH_BENCH_MIN_TIME ?? '3', true),
    compromiseDocs: positiveNumber('--compromise-docs', values['compromise-docs'] ?? '100', false),
    limit: values.limit === undefined ? 0 : positiveNumber('--limit', values.limit, false),
    stages: STAGES.filter((s) => stages.includes(s)),
    help: values.help ?? false,
  }
}

function positiveNumber(flag: string, raw: string, fractional: boolean): number {
  const n = Number(raw)
  if (!Number.isFinite(n) || n < 0 || (!fractional && !Number.isInteger(n))) {
    throw new Error(`${flag} expects a ${fractional ? 'non-negative number' : 'non-negative integer'}, got "${raw}"`)
  }
  return n
}
