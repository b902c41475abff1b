// Small constructors shared by the readers, so every reader builds its results the same way.

import type { ErrorCode } from '../../core/errors.js'
import type { InputDocument, ReadProblem, ReadResult, ReaderName } from '../input.js'

export type OptionalFields = Partial<Pick<InputDocument, 'title' | 'date' | 'url' | 'outlet' | 'lang' | 'forwardedFrom'>>

/** A document with only the optional fields that have a value (no `title: undefined` in JSON). */
export function documentOf(reader: ReaderName, origin: string, text: string, fields: OptionalFields = {}): InputDocument {
  const doc: InputDocument = { text, origin, reader }
  for (const [key, value] of Object.entries(fields) as [keyof OptionalFields, OptionalFields[keyof OptionalFields]][]) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue
    Object.assign(doc, { [key]: value })
  }
  return doc
}

export function problemOf(origin: string, code: ErrorCode, message: string): ReadProblem {
  return { origin, code, message }
}

/** A problem with an input that was read all the same. */
export function warningOf(origin: string, code: ErrorCode, message: string): ReadProblem {
  return { origin, code, message, severity: 'warning' }
}

export function one(doc: InputDocument): ReadResult {
  return { documents: [doc], problems: [] }
}

export function failed(origin: string, code: ErrorCode, message: string): ReadResult {
  return { documents: [], problems: [problemOf(origin, code, message)] }
}

/** A short reason from a thrown value: the message of an Error, else its string form. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
