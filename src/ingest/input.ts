import type { ErrorCode } from '../core/errors.js'

// What readers hand to ingestion: documents as read, before extraction.

export type ReaderName = 'text' | 'brief' | 'html' | 'feed' | 'telegram' | 'jsonl'

export interface InputDocument {
  text: string
  title?: string
  /** ISO 8601 date or date-time of publication. */
  date?: string
  url?: string
  /** Publishing outlet's name as the input gives it ("Meridian Press", a Telegram channel's title). */
  outlet?: string
  /** ISO 639-1, when the input says. */
  lang?: string
  /** Forwarding chain (Telegram forwarded_from), outer first. */
  forwardedFrom?: string[]
  /** Where it was read: a path or URL, with "#<id>" for one item of a feed, export or JSON lines file. */
  origin: string
  reader: ReaderName
}

/** One problem with one input (or one item of it): the rest of the batch goes on. */
export interface ReadProblem {
  origin: string
  code: ErrorCode
  message: string
  /**
   * "warning" when the input was read all the same, only not quite as written (bad bytes
   * replaced, a field left out); absent when the input or item could not be read.
   */
  severity?: 'warning'
}

export interface ReadResult {
  documents: InputDocument[]
  problems: ReadProblem[]
}

/** What a reader may know besides the text: the address it came from, for relative links. */
export interface ReaderContext {
  /** The http(s) URL the input was fetched from (after redirects). */
  url?: string
}

/** Every reader has this shape; the context is optional, so `(text, origin) => ReadResult` fits. */
export type Reader = (text: string, origin: string, context?: ReaderContext) => ReadResult
