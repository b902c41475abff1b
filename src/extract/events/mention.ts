// What the event stages pass between them: a trigger found in the text, a mention read around it,
// and a draft event that mentions are gathered into.

import type { Entity, Event, EventStatus, EventType } from '../../core/records.js'
import type { EventLexicon } from '../../lexicon/events.js'
import type { NameLexicon } from '../../lexicon/names.js'
import type { Analysis } from '../analysis.js'
import type { NameFindings } from '../entities.js'
import type { PartyWords } from './party-words.js'

export interface EventOptions {
  /** The document's id: event ids are `<docId>:e<n>`, numbered in text order. */
  docId: string
  /** The document date (YYYY-MM-DD or an ISO date-time): the reference for relative dates. Default: none. */
  date?: string
  /** ISO 639-1 language of the text. Default 'en'. */
  lang?: string
  /**
   * Content spans of the document's statements. A date outside the content of the statement that
   * holds a trigger tells when it was said, not when the event is ("On Thursday, X said that his
   * meeting with Y …"). Default: none.
   */
  contents?: readonly { start: number; end: number }[]
}

export interface EventFindings {
  /** In text order of their first mention. */
  events: Event[]
  /** Places named only through their adjective ("the Ukrainian delegation") that the document's entities lack. */
  entities: Entity[]
}

export type Reference = 'definite' | 'possessive' | 'indefinite'

/** One written mention of an event, in token indices. */
export interface Mention {
  type: EventType
  verb: boolean
  /** Tokens [start, end) of the mention; the trigger is [head, headEnd). */
  start: number
  end: number
  head: number
  headEnd: number
  sentence: number
  participants: string[]
  place?: string
  status: EventStatus
  /** The status rests on a modal alone ("a visit that will draw crowds"). */
  modalOnly: boolean
  /** A further event, not the last one again ("agreed to meet again"). */
  further: boolean
  /** The date in its sentence: undefined until read, null when there is none. */
  date?: string | null
  reference: Reference
}

export interface Draft {
  type: EventType
  participants: string[]
  place?: string
  date?: string
  status: EventStatus
  mentions: Mention[]
}

export interface Candidate {
  head: number
  headEnd: number
  type: EventType
  verb: boolean
}

/** The tokens after k spell `words` (whose first word is k's, already compared). */
export function matches(lower: string[], k: number, words: string[], count: number): boolean {
  if (k + words.length > count) return false
  for (let i = 1; i < words.length; i++) if (lower[k + i] !== words[i]) return false
  return true
}

/** What the readers of a mention look at: the text, its names and their entity ids, the lexicons, and the words that name parties. */
export interface MentionText {
  readonly a: Analysis
  readonly names: NameFindings
  /** `entityIds[c]` is the id of `names.clusters[c]`. */
  readonly entityIds: readonly string[]
  readonly lex: EventLexicon
  readonly nameLex: NameLexicon
  readonly words: PartyWords
}
