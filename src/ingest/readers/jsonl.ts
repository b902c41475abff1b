// JSON lines: one document per line, `{"text", "date", "url", "outlet", "title", "lang"}`.
// A bad line is one problem naming its number; the other lines are still read. A bad field is a
// warning: the line is read without it.

import { normalizeDate } from '../dates.js'
import { absoluteUrl, languageOf } from '../html/metadata.js'
import type { InputDocument, ReadProblem, ReadResult } from '../input.js'
import { documentOf, problemOf, reasonOf, warningOf } from './result.js'

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
    const without = (code: 'E_INPUT_MALFORMED' | 'E_BAD_DATE', why: string): void => void problems.push(warningOf(where, code, `line ${n}: ${why}; read without it`))
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
      else if (v !== undefined && v !== null) without('E_INPUT_MALFORMED', `"${key}" is not a string`)
    }
    if (fields.url) {
      // Stored URLs become links in the web UI: "javascript:" and the like must never get there.
      const url = absoluteUrl(fields.url, undefined)
      if (url === undefined) without('E_INPUT_MALFORMED', `"url" ${JSON.stringify(shorten(fields.url))} is not an http(s) URL`)
      fields.url = url
    }
    const date = dateOf(record.date)
    if (typeof date === 'object') without('E_BAD_DATE', date.why)
    documents.push(documentOf('jsonl', where, record.text, { ...fields, date: typeof date === 'string' ? date : undefined, lang: typeof record.lang === 'string' ? languageOf(record.lang) : undefined }))
  }
  return { documents, problems }
}

/** An ISO date; undefined when there is none; why not, when there is one that cannot be used. */
function dateOf(value: unknown): string | undefined | { why: string } {
  if (value === undefined || value === null || value === '') return undefined
  // A number could be seconds, milliseconds or days since some epoch, and 12345 would be 1970: not guessed.
  if (typeof value === 'number') return { why: `"date" ${value} is a number, not a date written as text ("2026-03-13")` }
  if (typeof value !== 'string') return { why: `"date" is not a string` }
  return normalizeDate(value) ?? { why: `"date" ${JSON.stringify(shorten(value))} is not a date` }
}

function shorten(s: string): string {
  return s.length <= 80 ? s : `${s.slice(0, 79)}…`
}
