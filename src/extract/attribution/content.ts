// What was said, as character spans: the clause or quotation after a cue or before its source, a
// paragraph a colon introduces, and the quotations that continue a statement after its cue.

import { Gap } from '../../text/tokenizer.js'
import type { Analysis } from '../analysis.js'
import { charRange, clauseStart, isPunct, isQuote, isTerminal, quotationEndingAt, quotationStartingAt } from './text-layer.js'

const DASHES = new Set(['—', '―', '–', '--'])

/** Content from token `from` to the end of the sentence, or to the end of the quotation it opens. */
export function forwardContent(a: Analysis, from: number, sEnd: number): [number, number] | null {
  if (from >= a.tok.count) return null
  // Outside quotations, the content ends before a new clause or an aside: a semicolon, or a
  // spaced dash (annotators leave the aside out). Measured on PolNeAR dev, cutting at ", which …"
  // too costs more statements than it gains exact contents, so that is left alone.
  for (let k = from + 1; k < sEnd; k++) {
    if (a.quote.isQuoted(k)) continue
    const w = a.lower[k]!
    if (w === ';' || (DASHES.has(w) && !a.tok.isAttached(k))) {
      sEnd = k
      break
    }
  }
  let endToken = sEnd - 1
  // A sentence that ends inside a quotation: the content runs to the quotation's end.
  const open = a.quote.around(endToken)
  if (open && open.openToken >= from) endToken = Math.max(endToken, open.lastToken)
  // Drop the sentence's final stop unless a closing quotation mark follows it.
  while (endToken > from && isTerminal(a, endToken)) endToken--
  if (endToken < from) return null
  return charRange(a, from, endToken + 1)
}

/** 'Cruz continued: ¶ "…"' — a cue that ends its paragraph with a colon introduces the next one. */
export function nextParagraphContent(a: Analysis, from: number): [number, number] | null {
  if (from >= a.tok.count || a.tok.gap(from) < Gap.Newline) return null
  return forwardContent(a, from, a.sent.end(a.sent.of(from)))
}

/** The content that ends at token `boundary` (a comma or a closing quotation mark) before the source. */
export function backwardContent(a: Analysis, boundary: number, sStart: number): [number, number] | null {
  if (boundary < sStart) return null
  let k = boundary
  if (isPunct(a, k, ',') && k - 1 >= 0 && isQuote(a, k - 1)) k--
  if (isQuote(a, k)) {
    const quote = quotationEndingAt(a, k)
    if (quote) return [quote.start, quote.end]
    return null
  }
  if (!isPunct(a, k, ',')) return null
  if (k <= sStart) return null
  let start = clauseStart(a, sStart, k)
  // A sentence that starts inside a quotation opened earlier: the content starts with the quotation.
  const quote = a.quote.around(k - 1)
  if (quote) return [quote.start, quote.end]
  if (start >= k) return null
  return charRange(a, start, k)
}

/** '"A," he said, "B." "C."': quotations that continue the same statement after its cue. */
export function addContinuations(a: Analysis, from: number, sEnd: number, spans: [number, number][]): void {
  let r = from
  if (r < sEnd && isPunct(a, r, ',') && r + 1 < sEnd) {
    const quote = quotationStartingAt(a, r + 1)
    if (quote) {
      spans.push([quote.start, quote.end])
      r = quote.lastToken + 1
    }
  }
  // Following sentences that are bare quotations in the same paragraph.
  let next = r
  while (next < a.tok.count && (isTerminal(a, next) || (next < sEnd && !isQuote(a, next)))) next++
  while (next < a.tok.count && a.tok.gap(next) < Gap.Newline) {
    const quote = quotationStartingAt(a, next)
    if (!quote || quote.closeToken === -1) break
    const after = quote.lastToken + 1
    // Its own attribution follows in the same sentence ('"C," she said'): not a continuation.
    const sameSentence = after < a.tok.count && a.sent.of(after) === a.sent.of(quote.lastToken)
    if (sameSentence && a.tok.gap(after) < Gap.Newline && !isQuote(a, after) && !isTerminal(a, after)) break
    spans.push([quote.start, quote.end])
    if (!sameSentence && after < a.tok.count && !isQuote(a, after)) break
    next = after
    while (next < a.tok.count && isTerminal(a, next) && a.tok.gap(next) < Gap.Newline) next++
  }
}
