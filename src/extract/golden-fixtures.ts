// The extractor's output on the fictional sample world (samples/briefs, samples/corpus), read as
// ingest reads it (the readers, then toDocument with the sample registry's outlets), and a digest
// of its output on the seed brief. `npm run golden` writes them to src/extract/golden/;
// golden.test.ts compares: a change to the extractor's output shows up there, file by file, and
// is either a regression or a change a commit explains (regenerate and commit the files with it).

import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Document } from '../core/records.js'
import { readBytes } from '../ingest/read.js'
import { loadRegistry } from '../ingest/registry.js'
import { toDocument } from '../ingest/to-document.js'

export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url))
export const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url))
export const SEED_FILE = fileURLToPath(new URL('../../../shared/seeds/000_1f2eece8fa9ed85a.txt', import.meta.url))

/** Every sample input: the briefs and the corpus, paths relative to samples/. */
export function sampleInputs(): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (/\.(txt|html|xml|json|jsonl)$/.test(name)) out.push(relative(SAMPLES_DIR, path))
    }
  }
  walk(join(SAMPLES_DIR, 'briefs'))
  walk(join(SAMPLES_DIR, 'corpus'))
  return out
}

/** The documents an input gives, as ingest extracts them before it resolves names against a store. */
export function extractSample(relativePath: string): Document[] {
  const outlets = loadRegistry(join(SAMPLES_DIR, 'registry.json')).outlets
  const read = readBytes(readFileSync(join(SAMPLES_DIR, relativePath)), relativePath)
  return read.documents.map((input) => toDocument(input, outlets))
}

/** The golden file of a sample input: its path with "/" as "__", and ".json". */
export function goldenFileOf(relativePath: string): string {
  return join(GOLDEN_DIR, `${relativePath.replaceAll('/', '__')}.json`)
}

export function goldenJson(documents: readonly Document[]): string {
  return `${JSON.stringify(documents, null, 1)}\n`
}

/**
 * The seed's output without its text (the seed is not ours to copy into the repository): a hash
 * of the whole Document, and a line per statement of offsets, kinds, speakers and dates that says
 * where a difference lies.
 */
export function seedDigest(text: string): { sha256: string; statements: string[] } {
  const doc = extractSeed(text)
  return {
    sha256: createHash('sha256').update(JSON.stringify(doc)).digest('hex'),
    statements: doc.statements.map((s) =>
      [s.kind, s.speaker.name ?? '?', s.cue ? `${s.cue.start}-${s.cue.end}` : 'no cue', s.content.map((c) => `${c.start}-${c.end}`).join(','), s.date ?? '', s.via.join(',')].join(' '),
    ),
  }
}

function extractSeed(text: string): Document {
  return toDocument({ text, origin: 'seed', reader: 'brief' })
}
