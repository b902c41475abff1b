// The fictional sample corpus (samples/, see samples/corpus/README.md) ingested as `npm start`
// ingests it, for the tests that need a store of it.

import { join } from 'node:path'
import type { Store } from '../store/store.js'
import { type IngestOptions, type IngestSummary, ingest } from './ingest.js'
import { loadRegistry } from './registry.js'

const ROOT = new URL('../../', import.meta.url).pathname

/** Every sample input and the samples' registry, into `store`; `batchSize` as ingest() takes it. */
export function ingestSamples(store: Store, options: Pick<IngestOptions, 'batchSize'> = {}): Promise<IngestSummary> {
  return ingest([join(ROOT, 'samples/{briefs,corpus}/**/*.{txt,html,xml,json,jsonl}')], {
    store,
    registry: loadRegistry(join(ROOT, 'samples/registry.json')),
    ...options,
  })
}
