// What POST /documents does with the documents of one request, apart from HTTP: reads each one as
// `wirewatch ingest` reads a file, then extracts and stores them all through ingestDocuments. It is
// run by an ingest worker (./ingest-worker.ts), on that worker's own connection to the store, so
// that the CPU work of reading and extracting never holds up the server's event loop.

import { type InputDocument, type ReadProblem, type Store, ingestDocuments, readBytes } from '../index.js'

/** One document as the request gives it (validated by the route's schema). */
export interface PostedDocument {
  text: string
  title?: string | undefined
  date?: string | undefined
  url?: string | undefined
  outlet?: string | undefined
  lang?: string | undefined
}

export interface IngestedDocument {
  /** Which document of the request it came from (0 for a single one). */
  index: number
  id: string
  outcome: 'new' | 'unchanged' | 'duplicate'
  statements: number
}

export interface IngestProblem {
  index: number
  code: string
  message: string
  /** "warning" when the document was stored all the same (bad bytes replaced, a field left out). */
  severity?: 'warning'
}

export interface IngestRequestResult {
  documents: IngestedDocument[]
  problems: IngestProblem[]
  statementsAdded: number
}

/** The origin API documents are stored with ("http-api#0"); readers of feeds add "#<item id>". */
const ORIGIN = 'http-api'

/** Reads, extracts and stores the documents of one request; `now` is the request's time, for provenance. */
export async function ingestRequest(items: readonly PostedDocument[], store: Store, now: Date): Promise<IngestRequestResult> {
  const problems: (ReadProblem & { index: number })[] = []
  const inputs: InputDocument[] = []
  items.forEach((item, index) => {
    const read = readBytes(Buffer.from(item.text, 'utf8'), `${ORIGIN}#${index}`, item.url ? { url: item.url } : {})
    for (const p of read.problems) problems.push({ ...p, index })
    for (const doc of read.documents) {
      inputs.push({
        ...doc,
        ...(item.title !== undefined ? { title: item.title } : {}),
        ...(item.date !== undefined ? { date: item.date } : {}),
        ...(item.url !== undefined ? { url: item.url } : {}),
        ...(item.outlet !== undefined ? { outlet: item.outlet } : {}),
        ...(item.lang !== undefined ? { lang: item.lang } : {}),
      })
    }
  })
  const documents: IngestedDocument[] = []
  const summary = await ingestDocuments(inputs, {
    store,
    now: () => now,
    onEvent: (event) => {
      if (event.type === 'document') documents.push({ index: indexOf(event.origin), id: event.id, outcome: event.outcome, statements: event.statements })
      else if (event.type === 'problem') problems.push({ ...event.problem, index: indexOf(event.problem.origin) })
    },
  })
  documents.sort((a, b) => a.index - b.index)
  problems.sort((a, b) => a.index - b.index)
  return {
    documents,
    problems: problems.map(({ index, code, message, severity }) => ({ index, code, message, ...(severity ? { severity } : {}) })),
    statementsAdded: summary.statementsAdded,
  }
}

function indexOf(origin: string): number {
  const m = /^http-api#(\d+)/.exec(origin)
  return m ? Number(m[1]) : 0
}
