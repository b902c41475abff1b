// What the attribution rules ask of the text layer: punctuation by its lower-case text, sentence
// stops, quotations opening or closing at a token, and where a clause starts.

import { englishGrammar as grammar } from '../../lexicon/grammar.js'
import type { Quotation } from '../../text/quotes.js'
import type { Analysis } from '../analysis.js'

/** Sentence stops. */
export const TERMINAL = new Set(['.', '!', '?', '…', '...'])

/** Token i's lower-case text is `p`: punctuation compared by its text, whatever its kind. */
export function isPunct(a: Analysis, i: number, p: string): boolean {
  return a.lower[i] === p
}

/** Token i is a quotation mark. */
export function isQuote(a: Analysis, i: number): boolean {
  return a.tok.isQuote(i)
}

/** Token i is punctuation that stops a sentence. */
export function isTerminal(a: Analysis, i: number): boolean {
  return a.tok.isPunct(i) && TERMINAL.has(a.lower[i]!)
}

/** Character range of tokens [from, to); `to` > `from` at every call. */
export function charRange(a: Analysis, from: number, to: number): [number, number] {
  return a.tok.charRange(from, to)
}

/** The first token of the clause that ends before `end`: after a colon, a dash or a label. */
export function clauseStart(a: Analysis, sStart: number, end: number): number {
  let start = sStart
  for (let k = sStart; k < end; k++) {
    const w = a.lower[k]!
    if ((w === ':' || w === ';') && !a.quote.isQuoted(k)) start = k + 1
  }
  return start
}

/** Tokens [from, to) are only connectives and commas: "But, according to …" still opens its sentence. */
export function onlyConnectives(a: Analysis, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = a.lower[k]!
    if (!grammar.connectives.has(w) && w !== ',') return false
  }
  return true
}

/** The quotation token `token` opens, if it opens one. */
export function quotationStartingAt(a: Analysis, token: number): Quotation | undefined {
  const quote = a.quote.around(token)
  return quote?.openToken === token ? quote : undefined
}

/** The quotation token `token` closes, if it closes one. */
export function quotationEndingAt(a: Analysis, token: number): Quotation | undefined {
  const quote = a.quote.around(token)
  return quote?.closeToken === token ? quote : undefined
}

/** '"…," he told' — a source right after a closing quotation mark takes that quotation as content. */
export function followsClosingQuote(a: Analysis, sourceStart: number): boolean {
  const sentence = a.sent.of(sourceStart)
  let k = sourceStart - 1
  if (k >= 0 && isPunct(a, k, ',')) k--
  return k >= 0 && a.sent.of(k) === sentence && isQuote(a, k) && quotationEndingAt(a, k) !== undefined
}
