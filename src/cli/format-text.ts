// The `--format text` view of a Document: a header, then one line per statement.
//   date 2026-03-13 · sources: Meridian Press, Valdoria Wire Service
//   Tomas Reivik — indirect — a meeting … is "essential" [cue: has said; date 2026-03-13]

import type { Document, Statement } from '../index.js'

export function formatDocumentText(doc: Document): string {
  const header = headerLine(doc)
  const lines = [...(header ? [header] : []), ...doc.statements.map(statementLine)]
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

function headerLine(doc: Document): string {
  const parts: string[] = []
  if (doc.date) parts.push(`date ${doc.date}`)
  const outlets = sourceNames(doc)
  if (outlets.length > 0) parts.push(`sources: ${outlets.join(', ')}`)
  return parts.join(' · ')
}

/** The outlets the document cites, by name, each once, in the order cited. */
function sourceNames(doc: Document): string[] {
  const names = new Map(doc.entities.map((e) => [e.id, e.name]))
  return [...new Set(doc.sources.map((s) => names.get(s.outlet) ?? s.outlet))]
}

export function statementLine(s: Statement): string {
  const content = s.content.length > 0 ? s.content.map((c) => oneLine(c.text)).join(' … ') : '(no content)'
  const notes = [s.cue ? `cue: ${oneLine(s.cue.text)}` : 'no cue']
  if (s.date) notes.push(`date ${s.date}${s.dateUncertain ? ' (assumed)' : ''}`)
  return `${speakerName(s)} — ${s.kind} — ${content} [${notes.join('; ')}]`
}

function speakerName(s: Statement): string {
  if (s.speaker.name !== null) return s.speaker.name
  const mention = s.speaker.mentions[0]
  return mention ? `(unknown: ${oneLine(mention.text)})` : '(unknown)'
}

/** One statement, one line: line breaks inside a span become spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
