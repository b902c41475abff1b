import type { Entity, Event, EventStatus, EventType } from '../../core/records.js'
import { span } from '../../core/span.js'
import { STATUS_RANK } from '../../lexicon/events.js'
import type { PhraseIndex, SlavicEventLexicon } from '../../lexicon/slavic-events.js'
import type { Analysis } from '../analysis.js'
import { findDateMentions, writesYear } from '../dates.js'

// Russian and Ukrainian events: a trigger ("переговоры", "телефонна розмова", "встретился") in a
// sentence; its participants are the people, organisations and places the sentence names; its
// status the status word near it ("начались", "відбулася", "не состоялась" → cancelled); its date
// the sentence's. Mentions of one type whose participants and dates agree are one event.

export interface SlavicEventOptions {
  docId: string
  lang: 'ru' | 'uk'
  /** The document's date: the reference for "в пятницу" and what "held" or "planned" means. */
  date?: string
  negators: ReadonlySet<string>
}

interface Mention {
  type: EventType
  start: number
  end: number
  participants: Set<string>
  status: EventStatus
  date?: string
}

/** How many tokens a status word may stand from its trigger, on either side. */
const STATUS_REACH = 6

export function findSlavicEvents(a: Analysis, entities: readonly Entity[], lex: SlavicEventLexicon, options: SlavicEventOptions): Event[] {
  const namedIn = entitiesBySentence(a, entities)
  const mentions: Mention[] = []
  for (let s = 0; s < a.sent.count; s++) {
    const from = a.sent.start(s)
    const to = a.sent.end(s)
    let phone: boolean | undefined
    for (let k = from; k < to; k++) {
      if (a.quote.isQuoted(k)) continue
      const hit = match(a, lex.triggers, k, to)
      if (!hit) continue
      phone ??= anyMatch(a, lex.phoneMarkers, from, to)
      const date = dateNear(a, k, from, to, options)
      const type: EventType = phone && (hit.value === 'meeting' || hit.value === 'talks') ? 'call' : hit.value
      mentions.push({
        type,
        start: a.tok.start(k),
        end: a.tok.end(k + hit.words.length - 1),
        participants: new Set(namedIn.get(s) ?? []),
        status: statusNear(a, lex, options.negators, k, k + hit.words.length, from, to) ?? byDate(date, options.date),
        ...(date ? { date } : {}),
      })
      k += hit.words.length - 1
    }
  }
  return group(a, mentions, options.docId)
}

/** How many tokens on either side of a trigger its date is looked for: "в среду в Данмарроу начались переговоры". */
const DATE_REACH = 10

/**
 * The date written near the trigger, in its sentence. Without the document's date only a date that
 * writes its year can resolve, so none is parsed without one (the date parser costs tens of µs a call).
 */
function dateNear(a: Analysis, k: number, from: number, to: number, options: SlavicEventOptions): string | undefined {
  const cs = a.tok.start(Math.max(from, k - DATE_REACH))
  const ce = a.tok.end(Math.min(to, k + DATE_REACH) - 1)
  if (options.date === undefined && !writesYear(a.text, cs, ce)) return undefined
  return findDateMentions(a.text, cs, ce, options.date, options.lang)[0]?.date.slice(0, 10)
}

/** Entity ids named in each sentence, in text order. */
function entitiesBySentence(a: Analysis, entities: readonly Entity[]): Map<number, string[]> {
  const out = new Map<number, string[]>()
  for (const e of entities) {
    if (e.type === 'outlet') continue
    for (const m of e.mentions) {
      const s = a.sent.of(a.tok.at(m.start))
      const list = out.get(s) ?? []
      if (!list.includes(e.id)) list.push(e.id)
      out.set(s, list)
    }
  }
  return out
}

function match<T>(a: Analysis, index: PhraseIndex<T>, k: number, to: number): { words: readonly string[]; value: T } | undefined {
  const candidates = index.get(a.lower[k]!)
  if (!candidates) return undefined
  return candidates.find((p) => k + p.words.length <= to && p.words.every((w, j) => a.lower[k + j] === w))
}

function anyMatch<T>(a: Analysis, index: PhraseIndex<T>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (match(a, index, k, to)) return true
  return false
}

/** The status word nearest the trigger in its sentence; a negated "held" ("не состоялась") is cancelled. */
function statusNear(a: Analysis, lex: SlavicEventLexicon, negators: ReadonlySet<string>, start: number, end: number, from: number, to: number): EventStatus | undefined {
  for (let d = 1; d <= STATUS_REACH; d++) {
    for (const k of [end - 1 + d, start - d]) {
      if (k < from || k >= to) continue
      const hit = match(a, lex.status, k, to)
      if (!hit) continue
      if (k > from && negators.has(a.lower[k - 1]!)) return hit.value === 'held' || hit.value === 'began' ? 'cancelled' : undefined
      return hit.value
    }
  }
  return undefined
}

/** With no status word: a dated event before the document's day was held, one after it is planned. */
function byDate(date: string | undefined, docDate: string | undefined): EventStatus {
  if (!date || !docDate) return 'unknown'
  const day = docDate.slice(0, 10)
  return date < day ? 'held' : date > day ? 'planned' : 'unknown'
}

/** Mentions of one type are one event when their participants overlap (or one names none) and their dates agree. */
function group(a: Analysis, mentions: Mention[], docId: string): Event[] {
  const events: (Event & { set: Set<string> })[] = []
  for (const m of mentions) {
    const same = [...events].reverse().find(
      (e) => e.type === m.type && (!e.date || !m.date || e.date === m.date) && (e.set.size === 0 || m.participants.size === 0 || [...m.participants].some((p) => e.set.has(p))),
    )
    if (same) {
      for (const p of m.participants) same.set.add(p)
      same.mentions.push(span(a.text, m.start, m.end))
      if (!same.date && m.date) same.date = m.date
      if (STATUS_RANK[m.status] > STATUS_RANK[same.status]) same.status = m.status
      continue
    }
    events.push({ id: `${docId}:e${events.length + 1}`, type: m.type, participants: [], ...(m.date ? { date: m.date } : {}), status: m.status, mentions: [span(a.text, m.start, m.end)], set: new Set(m.participants) })
  }
  return events.map(({ set, ...e }) => ({ ...e, participants: [...set] }))
}

