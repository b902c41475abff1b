// The kind of a statement, read from its content spans: direct (quotations only), mixed or indirect.

import type { StatementKind } from '../../core/records.js'
import type { Analysis } from '../analysis.js'
import type { Attribution } from '../attribution.js'
import type { CueMatch } from '../cues.js'

/** direct: only quotations; mixed: quoted words inside reported speech; indirect: no quotation marks. */
export function kindOf(a: Analysis, content: [number, number][]): StatementKind {
  let quoted = 0
  let any = false
  for (const [s, e] of content) {
    const first = a.text[s]!
    const last = a.text[e - 1]!
    if (isQuoteChar(first) && (isQuoteChar(last) || isUnclosedQuotation(a, s))) quoted++
    else if (/["“”«»„]/.test(a.text.slice(s, e))) any = true
  }
  if (quoted === content.length) return 'direct'
  return quoted > 0 || any ? 'mixed' : 'indirect'
}

function isQuoteChar(c: string): boolean {
  return c === '"' || c === '“' || c === '”' || c === '«' || c === '»' || c === '„' || c === '‘' || c === '’'
}

function isUnclosedQuotation(a: Analysis, start: number): boolean {
  return a.quote.list.some((q) => q.start === start && q.closeToken === -1)
}

/** An attribution with a source, its kind read from its content. */
export function makeAttribution(a: Analysis, cue: CueMatch, source: [number, number], content: [number, number][], sourceAfterCue: boolean): Attribution {
  return { cue, source, content, kind: kindOf(a, content), sourceAfterCue }
}
