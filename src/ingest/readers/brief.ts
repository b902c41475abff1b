// Briefs in the house style (see ../shared/seeds): the text as it is, since extraction reads the
// layout itself; the header's date as the document's date.

import { readBriefLayout } from '../../extract/brief.js'
import type { ReadResult } from '../input.js'
import { documentOf, one } from './result.js'

export function readBrief(text: string, origin: string): ReadResult {
  return one(documentOf('brief', origin, text, { date: readBriefLayout(text)?.date }))
}
