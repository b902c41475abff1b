import type { Document } from '../core/records.js'

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD): the reference for relative dates. */
  date?: string
  /** ISO 639-1 language; detected when absent. */
  lang?: string
}

/** Placeholder until the pipeline lands: returns a document with no findings. */
export function extract(text: string, options: ExtractOptions = {}): Document {
  return {
    id: '',
    lang: options.lang ?? 'en',
    ...(options.date ? { date: options.date } : {}),
    text,
    sources: [],
    entities: [],
    statements: [],
    events: [],
    diagnostics: [],
  }
}
