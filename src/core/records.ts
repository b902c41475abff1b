// The record model of DESIGN.md. These field names are a contract shared by the library,
// the store, the CLI's --json and the HTTP API: add fields freely, rename none.

/** UTF-16 offsets into Document.text, end exclusive; text === document.text.slice(start, end). */
export interface Span {
  start: number
  end: number
  text: string
}

export type StatementKind = 'direct' | 'indirect' | 'mixed'
export type Stance = 'support' | 'oppose' | 'skeptical' | 'neutral'
export type EntityType = 'person' | 'organization' | 'place' | 'outlet'
export type OutletKind = 'news agency' | 'newspaper' | 'broadcaster' | 'website' | 'telegram channel'
export type EventType = 'meeting' | 'talks' | 'negotiations' | 'call' | 'visit' | 'summit'
export type EventStatus = 'proposed' | 'planned' | 'began' | 'held' | 'ended' | 'cancelled' | 'unknown'

export interface Speaker {
  /** Canonical name after coreference ("Dmitry Peskov"); null when unknown, never a guess. */
  name: string | null
  entity?: string
  role?: string
  /** The source as written here: "he", "The Kremlin spokesman", "Peskov". */
  mentions: Span[]
}

export interface Statement {
  id: string
  kind: StatementKind
  speaker: Speaker
  /** "said", "noted"; null for a bare "Quote:" block. */
  cue: Span | null
  /** What was said; several spans for a split quote. */
  content: Span[]
  /** When it was said, resolved against the document date (YYYY-MM-DD). */
  date?: string
  /** True when `date` was inferred (the document date) rather than read from the text. */
  dateUncertain?: boolean
  /** Outlet entity ids it reached us through: the Source: line's, a forwarding chain's, and those its
   *  sentence names ("according to TASS", "told RIA Novosti", "…, Interfax reported"). */
  via: string[]
  /** The form it was made in, as the text says: "interview", "video address", "press conference",
   *  "Telegram", "statement on Telegram". Absent when the text does not say. */
  medium?: string
  about: string[]
  event?: string
  stance?: Stance
  confidence: number
}

export interface Entity {
  id: string
  type: EntityType
  name: string
  aliases: string[]
  roles: string[]
  kind?: OutletKind
  labels?: string[]
  /** Outlets: the name in translation, e.g. "You Listened to the Lighthouse". */
  translation?: string
  mentions: Span[]
}

export interface Event {
  id: string
  type: EventType
  participants: string[]
  place?: string
  date?: string
  status: EventStatus
  mentions: Span[]
}

export interface SourceCitation {
  outlet: string
  span: Span
  descriptor?: string
  medium?: string
}

export type Severity = 'error' | 'warning' | 'info'

/** A problem found in the content, with the place it was found and a stable rule id. */
export interface Diagnostic {
  rule: string
  message: string
  severity: Severity
  span?: Span
}

export interface Document {
  id: string
  title?: string
  date?: string
  lang: string
  url?: string
  outlet?: string
  text: string
  sources: SourceCitation[]
  entities: Entity[]
  statements: Statement[]
  events: Event[]
  diagnostics: Diagnostic[]
}
