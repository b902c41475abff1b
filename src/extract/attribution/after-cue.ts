// Where the content after a cue starts: past a colon or a comma before a quotation, a listener or
// an object ("told the Times that …"), adjuncts, or an object before an infinitive ("urged X to …").

import type { CueLexicon } from '../../lexicon/cues.js'
import { englishGrammar as grammar } from '../../lexicon/grammar.js'
import { englishPronouns as pronouns } from '../../lexicon/pronouns.js'
import type { Analysis } from '../analysis.js'
import type { CueMatch } from '../cues.js'
import { skipAdjuncts } from './adjuncts.js'
import { forwardContent, nextParagraphContent } from './content.js'
import { followsClosingQuote, isPunct, isQuote, isTerminal, quotationStartingAt } from './text-layer.js'

/** Where the content starts after the cue, if it follows it: "that …", ": …", a quotation, a clause. */
export function forwardContentAfterCue(a: Analysis, lexicon: CueLexicon, cue: CueMatch, sEnd: number): [number, number] | null {
  let r = cue.end
  if (a.lower[r - 1] === ':' && r >= sEnd) return nextParagraphContent(a, r)
  if (r >= sEnd || isTerminal(a, r)) return null
  if (isPunct(a, r, ',')) {
    // 'X said, "…"' opens the content; '"…," he said, "…"' is a continuation, handled with the backward content.
    const quote = r + 1 < sEnd ? quotationStartingAt(a, r + 1) : undefined
    return quote && !followsClosingQuote(a, cue.start) ? forwardContent(a, r + 1, sEnd) : null
  }
  if (isPunct(a, r, ':')) return r + 1 < a.tok.count ? forwardContent(a, r + 1, sEnd) : null
  if (a.lower[r - 1] === ':' && r >= sEnd) return nextParagraphContent(a, r)
  // "urged state officials to boost …": the content is the infinitive after the object.
  const cueForm = a.lower.slice(cue.head, cue.end).join(' ')
  if (lexicon.objectInfinitive.has(cueForm) && r < sEnd && a.lower[r] !== 'to' && a.lower[r] !== 'that') {
    for (let k = r + 1; k < Math.min(sEnd, r + 7); k++) {
      const w = a.lower[k]!
      if (w === 'to') return forwardContent(a, k, sEnd)
      if (w === ',' || w === 'that' || isTerminal(a, k) || isQuote(a, k) || lexicon.subordinators.has(w)) break
    }
  }
  // Skip a listener ("told reporters") and adjuncts ("in a statement on Friday") before the content.
  let skipped = false
  if (cue.verb?.takesObject && pronouns.listeners.has(a.lower[r]!)) {
    r++
    skipped = true
  }
  if (cue.verb?.takesObject && !skipped) {
    // "told the Times that …": a short object before "that", a colon or a quotation.
    for (let k = r; k < Math.min(sEnd, r + 7); k++) {
      if (isPunct(a, k, ',') || isTerminal(a, k)) break
      if (a.lower[k] === 'that' || isPunct(a, k, ':') || isQuote(a, k)) {
        if (k > r) {
          r = isPunct(a, k, ':') ? k + 1 : k
          skipped = true
        }
        break
      }
    }
  }
  const afterAdjuncts = skipAdjuncts(a, lexicon, r, sEnd)
  if (afterAdjuncts > r) skipped = true
  r = afterAdjuncts
  if (r < sEnd && !isQuote(a, r) && a.lower[r] !== 'that' && (grammar.adverbialOpeners.has(a.lower[r]!) || (cue.verb?.takesObject && a.tok.startsUpper(r)))) {
    // A longer phrase: look ahead for "that", a colon or a quotation.
    const limit = Math.min(sEnd, r + 12)
    let k = r
    while (k < limit && !isTerminal(a, k) && a.lower[k] !== 'that' && !isPunct(a, k, ':') && !isPunct(a, k, ',') && !isQuote(a, k)) k++
    if (k < limit && (a.lower[k] === 'that' || isPunct(a, k, ':') || isQuote(a, k))) r = isPunct(a, k, ':') ? k + 1 : k
    else if (k < limit && isPunct(a, k, ',') && k + 1 < sEnd && isQuote(a, k + 1)) r = k + 1
    else if (a.lower[r] === 'to' && cue.verb?.lemma !== 'say') {
      // "wants to run", "refused to give": the infinitive is the content.
    } else return null
    skipped = true
  }
  if (r >= sEnd || isTerminal(a, r)) return null
  if (!skipped && cue.verb?.takesObject && !isQuote(a, r) && a.lower[r] !== 'that') {
    // "asked him whether …", "told Smith he would …": skip one name or pronoun.
    if (a.tok.startsUpper(r) || pronouns.listeners.has(a.lower[r]!)) {
      while (r < sEnd && a.tok.startsUpper(r)) r++
    }
  }
  if (r >= sEnd || isTerminal(a, r) || isPunct(a, r, ',')) return null
  return forwardContent(a, r, sEnd)
}
