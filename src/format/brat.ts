// brat standoff (.ann), as PolNeAR writes it: text-bound `T` lines with code-point offsets and
// `E` event lines tying Source, Cue and Content to an Attribution trigger; `AnnotatorNotes` lines
// (`#1<TAB>AnnotatorNotes T1<TAB>Дмитрий Песков`) give a text-bound annotation its note, which the
// Russian and Ukrainian sets use for the speaker's canonical name.
// https://brat.nlplab.org/standoff.html

import type { Document, Span } from '../core/records.js'
import { span } from '../core/span.js'

/** The text-bound labels PolNeAR uses; others are kept under their own name. */
export type BratLabel = 'Source' | 'Cue' | 'Content' | 'Attribution' | 'Discuss' | 'Discard'

/** A `T` line: each fragment of a discontiguous annotation is its own span. */
export interface BratTextBound {
  id: string
  label: string
  spans: Span[]
  /** The text of its `AnnotatorNotes` line, when it has one (the last, when several). */
  note?: string
}

/** An `E` line with its arguments resolved; a missing argument leaves its list empty. */
export interface BratAttribution {
  id: string
  /** `Attribution` or `Attribution-no-source`. */
  type: string
  trigger: Span[]
  source: Span[]
  cue: Span[]
  content: Span[]
  /** True when the event names at least one source span. */
  hasSource: boolean
  /** The ids of the `T` lines of its source, in argument order. */
  sourceIds: string[]
  /**
   * The note of its first source that has one: the speaker's canonical name in the Russian and
   * Ukrainian sets, `?` where the document never names them. Absent when no source has a note.
   */
  sourceNote?: string
}

/** A line that was not understood, kept so that a caller can report it. */
export interface BratSkippedLine {
  line: number
  reason: string
}

export interface BratAnnotations {
  textBounds: BratTextBound[]
  /** Every span of every `T` line, by label ("Source", "Cue", …), in file order. */
  byLabel: Record<string, Span[]>
  attributions: BratAttribution[]
  skipped: BratSkippedLine[]
}

/** Parses a brat .ann file over `text`; bad lines are skipped and listed, never thrown. */
export function parseBrat(ann: string, text: string): BratAnnotations {
  const toUtf16 = codePointsToUtf16(text)
  const textBounds: BratTextBound[] = []
  const byId = new Map<string, BratTextBound>()
  const events: { line: number; id: string; body: string }[] = []
  const notes: { line: number; target: string; note: string }[] = []
  const skipped: BratSkippedLine[] = []

  const lines = ann.split(/\r?\n/)
  lines.forEach((raw, index) => {
    const line = index + 1
    if (raw.trim() === '') return
    const [id = '', body = '', ...rest] = raw.split('\t')
    if (/^T\d+$/.test(id)) {
      const parsed = parseTextBound(id, body, text, toUtf16)
      if (typeof parsed === 'string') skipped.push({ line, reason: parsed })
      else {
        textBounds.push(parsed)
        byId.set(id, parsed)
      }
    } else if (/^E\d+$/.test(id)) events.push({ line, id, body })
    else if (/^#\d*$/.test(id) && /^AnnotatorNotes\s/.test(body)) {
      notes.push({ line, target: body.slice('AnnotatorNotes'.length).trim(), note: rest.join('\t').trim() })
    }
    // Other notes (#), relations and attributes carry nothing we score; the rest is the tail of
    // a T line whose text held a newline.
    else if (!/^(#\d*|[RAMN]\d+|\*)$/.test(id)) skipped.push({ line, reason: 'not an annotation line' })
  })

  // Notes and events may name T lines written after them, hence the second pass.
  for (const { line, target, note } of notes) {
    const textBound = byId.get(target)
    // A note on an event, a relation or a T line that was skipped has nothing to attach to.
    if (textBound) textBound.note = note
    else if (/^T\d+$/.test(target)) skipped.push({ line, reason: `note on ${target}, which is not a text-bound annotation here` })
  }
  const attributions: BratAttribution[] = []
  for (const { line, id, body } of events) {
    const parsed = parseEvent(id, body, byId)
    if (typeof parsed === 'string') skipped.push({ line, reason: parsed })
    else attributions.push(parsed)
  }

  skipped.sort((a, b) => a.line - b.line)
  const byLabel: Record<string, Span[]> = {}
  for (const t of textBounds) (byLabel[t.label] ??= []).push(...t.spans)
  return { textBounds, byLabel, attributions, skipped }
}

function parseTextBound(
  id: string,
  body: string,
  text: string,
  toUtf16: (codePoint: number) => number | undefined,
): BratTextBound | string {
  const space = body.indexOf(' ')
  if (space <= 0) return `${id}: no offsets`
  const label = body.slice(0, space)
  const spans: Span[] = []
  for (const fragment of body.slice(space + 1).split(';')) {
    const m = /^\s*(\d+)\s+(\d+)\s*$/.exec(fragment)
    if (!m) return `${id}: bad offsets "${fragment}"`
    const start = toUtf16(Number(m[1]))
    const end = toUtf16(Number(m[2]))
    if (start === undefined || end === undefined || start > end) {
      return `${id}: offsets ${m[1]} ${m[2]} outside the text`
    }
    spans.push(span(text, start, end))
  }
  return { id, label, spans }
}

function parseEvent(id: string, body: string, byId: Map<string, BratTextBound>): BratAttribution | string {
  const args = body.trim().split(/\s+/)
  const [type = '', triggerId = ''] = (args.shift() ?? '').split(':')
  if (!type.startsWith('Attribution')) return `${id}: not an attribution event`
  const attribution: BratAttribution = {
    id,
    type,
    trigger: byId.get(triggerId)?.spans ?? [],
    source: [],
    cue: [],
    content: [],
    hasSource: false,
    sourceIds: [],
  }
  for (const arg of args) {
    const [role = '', ref = ''] = arg.split(':')
    const target = byId.get(ref)
    if (!target) continue // a missing argument: keep what the event still says
    // Repeated roles are numbered: Content, Content2, …
    switch (role.replace(/\d+$/, '')) {
      case 'Source':
        attribution.source.push(...target.spans)
        attribution.sourceIds.push(target.id)
        if (attribution.sourceNote === undefined && target.note !== undefined) attribution.sourceNote = target.note
        break
      case 'Cue':
        attribution.cue.push(...target.spans)
        break
      case 'Content':
        attribution.content.push(...target.spans)
        break
    }
  }
  attribution.hasSource = attribution.source.length > 0
  return attribution
}

/** Writes the statements of `doc` as brat standoff (code-point offsets, as brat counts). */
export function toBrat(doc: Document): string {
  const toCodePoints = utf16ToCodePoints(doc.text)
  const lines: string[] = []
  let t = 0
  let e = 0
  const textBound = (label: BratLabel, spans: readonly Span[]): string => {
    const id = `T${++t}`
    const offsets = spans.map((s) => `${toCodePoints(s.start)} ${toCodePoints(s.end)}`).join(';')
    const shown = spans.map((s) => s.text).join(' ')
    lines.push(`${id}\t${label} ${offsets}\t${oneLine(shown)}`)
    return id
  }

  for (const statement of doc.statements) {
    const anchor = statement.cue ?? statement.content[0] ?? statement.speaker.mentions[0]
    if (!anchor) continue // nothing in the text to hang the event on
    const args: string[] = []
    statement.speaker.mentions.forEach((mention, i) => {
      args.push(`${numbered('Source', i)}:${textBound('Source', [mention])}`)
    })
    if (statement.cue) args.push(`Cue:${textBound('Cue', [statement.cue])}`)
    if (statement.content.length > 0) args.push(`Content:${textBound('Content', statement.content)}`)
    const type = statement.speaker.mentions.length > 0 ? 'Attribution' : 'Attribution-no-source'
    const trigger = textBound('Attribution', [anchor])
    lines.push(`E${++e}\t${type}:${trigger} ${args.join(' ')}`.trimEnd())
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

function numbered(role: string, index: number): string {
  return index === 0 ? role : `${role}${index + 1}`
}

/** brat shows an annotation's text on one line: line breaks become spaces. */
function oneLine(s: string): string {
  return s.replace(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/g, ' ')
}

const ASTRAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]/

/** Maps a code-point offset to a UTF-16 offset; undefined past the end of the text. */
function codePointsToUtf16(text: string): (codePoint: number) => number | undefined {
  if (!ASTRAL.test(text)) return (cp) => (cp <= text.length ? cp : undefined)
  const offsets: number[] = []
  for (let i = 0; i < text.length; ) {
    offsets.push(i)
    i += text.codePointAt(i)! > 0xffff ? 2 : 1
  }
  offsets.push(text.length)
  return (cp) => offsets[cp]
}

/** Maps a UTF-16 offset to a code-point offset. */
function utf16ToCodePoints(text: string): (offset: number) => number {
  if (!ASTRAL.test(text)) return (offset) => offset
  const counts = new Uint32Array(text.length + 1)
  let cp = 0
  for (let i = 0; i < text.length; ) {
    counts[i] = cp
    const width = text.codePointAt(i)! > 0xffff ? 2 : 1
    if (width === 2) counts[i + 1] = cp // inside a pair: never a span boundary, but be total
    i += width
    cp++
  }
  counts[text.length] = cp
  return (offset) => counts[offset] ?? cp
}
