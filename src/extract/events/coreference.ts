// Mentions into events: a mention joins the latest compatible event it can refer to ("the talks",
// "such a meeting" refer back; "agreed to meet again" starts a further one), and the drafts become
// Event records numbered in text order.

import type { Event } from '../../core/records.js'
import { HAPPENED } from '../../core/event-status.js'
import { span } from '../../core/span.js'
import { type EventLexicon, STATUS_RANK } from '../../lexicon/events.js'
import type { Analysis } from '../analysis.js'
import { narrativeDate } from './dates.js'
import type { Draft, EventFindings, EventOptions, Mention } from './mention.js'
import type { PartyWords } from './party-words.js'

/**
 * How many events, the most recently mentioned first, a mention may refer back to. A mention refers
 * to the latest compatible event, almost always one of the last few; the window keeps a document of
 * thousands of events linear.
 */
export const REFERABLE_EVENTS = 64

/** The drafts of one document: all of them, and the most recently mentioned ones a mention may join. */
export class Drafts {
  readonly all: Draft[] = []
  /** At most REFERABLE_EVENTS drafts, ordered by their latest mention (the most recent last). */
  private readonly recent: Draft[] = []
  private readonly typesSeen = new Set<string>()

  /** The drafts a new mention may join, the most recently mentioned first. */
  referable(): Draft[] {
    return this.recent.toReversed()
  }

  hasType(type: string): boolean {
    return this.typesSeen.has(type)
  }

  add(d: Draft): void {
    this.all.push(d)
    this.typesSeen.add(d.type)
    this.touch(d)
  }

  /** `d` has just been mentioned: it becomes the most recent. */
  touch(d: Draft): void {
    const at = this.recent.lastIndexOf(d)
    if (at >= 0) this.recent.splice(at, 1)
    this.recent.push(d)
    if (this.recent.length > REFERABLE_EVENTS) this.recent.shift()
  }
}

/**
 * Adds a mention to the event it refers to, or starts a new one. Mentions come in text order.
 * `dated` reads a mention's date, once, when needed.
 */
export function resolve(drafts: Drafts, m: Mention, lex: EventLexicon, dated: (m: Mention) => string | null): void {
  const compatible = lex.compatible.get(m.type)!
  const hasContent = m.participants.length > 0 || m.place !== undefined
  let target: Draft | undefined
  // "agreed to meet again": a further event, whoever takes part.
  const further = m.further && hasContent
  // "the meeting" refers to the latest meeting if there is one, else to the latest compatible event.
  const sameTypeOnly = !further && !hasContent && drafts.hasType(m.type)
  // The most recently mentioned compatible draft that fits.
  for (const d of further ? [] : drafts.referable()) {
    if (!compatible.has(d.type) || (sameTypeOnly && d.type !== m.type)) continue
    if (hasContent) {
      if (d.place && m.place && d.place !== m.place) continue
      if (d.date && (dated(m) ?? d.date) !== d.date) continue
      const same = m.participants.length > 0 ? sameSet(m.participants, d.participants) || (m.reference !== 'indefinite' && subset(m.participants, d.participants)) : m.reference !== 'indefinite' && d.place === m.place
      if (!same) continue
    } else if (m.reference === 'indefinite') {
      // "to organise a meeting" after "would meet" in one sentence: the same event.
      if (d.type !== m.type || d.mentions[d.mentions.length - 1]!.sentence !== m.sentence) continue
    }
    target = d
    break
  }
  if (target) {
    target.mentions.push(m)
    target.place ??= m.place
    if (STATUS_RANK[m.status] > STATUS_RANK[target.status]) target.status = m.status
    target.date ??= dated(m) ?? undefined
    drafts.touch(target)
    return
  }
  // A bare mention with nothing to refer to is an event only when the text says what became of it;
  // a lone "call" needs a party besides ("a call to action", "calls into the hotline").
  if (!hasContent && (m.status === 'unknown' || m.status === 'proposed' || m.modalOnly || (m.type === 'call' && m.headEnd - m.head === 1))) return
  const date = dated(m)
  drafts.add({
    type: m.type,
    participants: [...m.participants],
    ...(m.place ? { place: m.place } : {}),
    ...(date ? { date } : {}),
    status: m.status,
    mentions: [m],
  })
}

function sameSet(x: string[], y: string[]): boolean {
  return x.length === y.length && x.every((id) => y.includes(id))
}

function subset(x: string[], y: string[]): boolean {
  return x.length < y.length && x.every((id) => y.includes(id))
}

/** The drafts as Event records, numbered in text order, and the place entities `words` added that they use. */
export function finish(a: Analysis, drafts: Draft[], words: PartyWords, options: EventOptions): EventFindings {
  drafts.sort((x, y) => x.mentions[0]!.start - y.mentions[0]!.start)
  const used = new Set<string>()
  const events = drafts.map((d, n): Event => {
    for (const id of d.participants) used.add(id)
    if (d.place) used.add(d.place)
    const date = d.date ?? (HAPPENED.has(d.status) ? narrativeDate(a, d.mentions[0]!, options) : undefined)
    const mentions = d.mentions
      .map((m) => span(a.text, a.tok.start(m.start), a.tok.end(m.end - 1)))
      .sort((x, y) => x.start - y.start)
    return {
      id: `${options.docId}:e${n + 1}`,
      type: d.type,
      participants: d.participants,
      ...(d.place ? { place: d.place } : {}),
      ...(date ? { date } : {}),
      status: d.status,
      mentions,
    }
  })
  return { events, entities: [...words.extra.values()].filter((e) => used.has(e.id)) }
}
