// The round trip of a brief, for the tests: the statements, speakers, dates and sources a brief
// stands for (read from the store through the ids its sentences carry), and those Wirewatch's
// extractor reads back from the brief's text. Content is compared by its words (comparableWords:
// quotation marks, a leading "that" and end punctuation aside), since a quotation that ends a
// sentence ends with a period where it was read with a comma.

import { extract } from '../extract/extract.js'
import type { Document } from '../core/records.js'
import type { Store } from '../store/store.js'
import { type Brief, comparableWords } from './brief.js'
import { contentText } from './brief-prose.js'
import { inEnglish } from './subject.js'
import { englishName } from '../text/english-name.js'

export interface StatementKey {
  speaker: string | null
  date?: string
  words: string
}

export interface SourceKey {
  name: string
  descriptor?: string
  medium?: string
}

export interface RoundTrip {
  /** What the brief's sentences stand for, from the store. */
  stored: StatementKey[]
  /** What the extractor reads back from the brief's text. */
  read: StatementKey[]
  /** In the store's account and not read back, and the other way round. */
  missing: StatementKey[]
  extra: StatementKey[]
  storedSources: SourceKey[]
  readSources: SourceKey[]
  document: Document
}

export function keyText(k: StatementKey): string {
  return `${k.speaker ?? '(unknown)'} | ${k.date ?? 'undated'} | ${k.words}`
}

export async function roundTrip(store: Store, brief: Brief, text: string): Promise<RoundTrip> {
  const ids = [brief.lead, ...brief.details, ...brief.quotes, ...brief.background].flatMap((s) => s.statements)
  const stored: StatementKey[] = []
  for (const id of new Set(ids)) {
    const hit = await store.getStatement(id)
    if (!hit) throw new Error(`brief names a statement the store does not have: ${id}`)
    const s = hit.statement
    // A brief names everyone in English (a Latin alias, else romanised): the name it must read back.
    const entity = s.speaker.entity ? (await store.getEntity(s.speaker.entity))?.entity : undefined
    const speaker = entity ? inEnglish(entity).name : s.speaker.name !== null ? englishName(s.speaker.name) : null
    stored.push({ speaker, ...(s.date ? { date: s.date.slice(0, 10) } : {}), words: comparableWords(contentText(s)) })
  }
  const document = extract(text)
  const read: StatementKey[] = document.statements.map((s) => ({ speaker: s.speaker.name, ...(s.date ? { date: s.date.slice(0, 10) } : {}), words: comparableWords(contentText(s)) }))
  const storedSet = unique(stored)
  const readSet = unique(read)
  const storedSources: SourceKey[] = brief.source.outlets.map((o) => ({ name: o.name, ...(o.descriptor ? { descriptor: o.descriptor } : {}), ...(o.medium ? { medium: o.medium } : {}) }))
  const readSources: SourceKey[] = document.sources.map((c) => {
    const outlet = document.entities.find((e) => e.id === c.outlet)
    return { name: outlet?.name ?? c.span.text, ...(c.descriptor ? { descriptor: c.descriptor } : {}), ...(c.medium ? { medium: c.medium } : {}) }
  })
  return {
    stored: [...storedSet.values()],
    read: [...readSet.values()],
    missing: [...storedSet].filter(([k]) => !readSet.has(k)).map(([, v]) => v),
    extra: [...readSet].filter(([k]) => !storedSet.has(k)).map(([, v]) => v),
    storedSources,
    readSources,
    document,
  }
}

function unique(keys: readonly StatementKey[]): Map<string, StatementKey> {
  return new Map(keys.map((k) => [keyText(k), k]))
}
