// JSON lines: one document per line, `{"text", "date", "url", "outlet", "title", "lang"}`.
// A bad line is one problem naming its number; the other lines are still read.

import { fromUnixSeconds, normalizeDate } from '../dates.js'
import { languageOf } from '../html/metadata.js'
import type { InputDocument, ReadProblem, ReadResult } from '../input.js'
import { documentOf, problemOf, reasonOf } from './result.js'

const OPTIONAL_STRINGS = ['title', 'url', 'outlet'] as const

export function readJsonLines(text: string, origin: string): ReadResult {
  const documents: InputDocument[] = []
  const problems: ReadProblem[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    const n = i + 1
    const where = `${origin}#${n}`
    const fail = (message: string): void => void problems.push(problemOf(where, 'E_INPUT_MALFORMED', message))
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      fail(`line ${n} is not valid JSON (${reasonOf(error)})`)
      continue
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      fail(`line ${n} is not a JSON object`)
      continue
    }
    const record = value as Record<string, unknown>
    if (typeof record.text !== 'string' || record.text.trim() === '') {
      fail(`line ${n} has no "text"`)
      continue
    }
    const fields: Record<string, string | undefined> = {}
    for (const key of OPTIONAL_STRINGS) {
      const v = record[key]
      if (typeof v === 'string') fields[key] = v.trim()
      else if (v !== undefined && v !== null) fail(`line ${n}: "${key}" is not a string; read without it`)
    }
    const date = dateOf(record.date)
    if (date === null) problems.push(problemOf(where, 'E_BAD_DATE', `line ${n}: "date" ${JSON.stringify(record.date)} is not a date; read without it`))
    documents.push(documentOf('jsonl', where, record.text, { ...fields, date: date ?? undefined, lang: typeof record.lang === 'string' ? languageOf(record.lang) : undefined }))
  }
  return { documents, problems }
}

/** An ISO date, undefined when there is none, null when there is one that cannot be read. */
function dateOf(value: unknown): string | undefined | null {
  if (value === undefined || value === null || value === '') return undefined
  // Numbers are Unix times: seconds, or milliseconds when that large.
  if (typeof value === 'number') return fromUnixSeconds(value > 1e12 ? value / 1000 : value) ?? null
  return typeof value === 'string' ? normalizeDate(value) ?? null : null
}
