// The features the cue classifier sees for one candidate: its words and their shapes, its neighbours,
// and where it stands in its sentence and among quotations.

import { englishPronouns } from '../lexicon/pronouns.js'
import { Gap, TokenKind } from '../text/tokenizer.js'
import type { Analysis } from './analysis.js'
import type { CueMatch } from './cues.js'
import { feature, feature2 } from './model/feature-hash.js'

/** The words of the token shape 'pron': part of the features the classifier was trained on. */
const PRONOUNS = englishPronouns.classifierPronouns

/** What a token looks like, coarsely: enough for the classifier to generalise beyond the words it saw. */
function shape(a: Analysis, i: number): string {
  if (i < 0 || i >= a.tok.count) return 'none'
  const w = a.lower[i]!
  if (PRONOUNS.has(w)) return 'pron'
  switch (a.tok.kind(i)) {
    case TokenKind.Quote: {
      const quote = a.quote.around(i)
      return !quote ? 'q' : quote.openToken === i ? 'qopen' : 'qclose'
    }
    case TokenKind.Number:
      return 'num'
    case TokenKind.Punct:
      return w
    case TokenKind.Initialism:
      return 'init'
  }
  return a.tok.startsUpper(i) ? 'Cap' : 'low'
}

// Template numbers: part of each feature's hash. Append new ones; renumbering needs retraining.
const T = {
  word: 1, cue: 2, kind: 3, suffix: 4, aux: 5, prev: 6, prevShape: 7, prev2Shape: 8, next: 9, nextShape: 10,
  next2Shape: 11, wordNext: 12, prevWord: 13, prevShapeWord: 14, wordNextShape: 15, first: 16, last: 17,
  paragraph: 18, ratio: 19, learned: 20, nounLike: 21, quoteBefore: 22, quoteAfter: 23, thatSoon: 24,
} as const

/** The hashed features the cue classifier sees for one candidate: its words, its neighbours, its clause. */
export function cueFeatures(a: Analysis, cue: CueMatch): number[] {
  const h = cue.head
  const w = a.lower[h]!
  const prev = cue.start - 1
  const next = cue.end
  const sentence = a.sent.of(h)
  const sStart = a.sent.start(sentence)
  const sEnd = a.sent.end(sentence)
  const prevWord = a.lower[prev] ?? '^'
  const nextWord = a.lower[next] ?? '$'
  const prevShape = shape(a, prev)
  const nextShape = shape(a, next)
  let cueWords = a.lower[cue.start]!
  for (let k = cue.start + 1; k < cue.end; k++) cueWords += '_' + a.lower[k]!
  const f = [
    feature(T.word, w),
    feature(T.cue, cueWords),
    feature(T.kind, cue.kind),
    feature(T.suffix, w.slice(-3)),
    feature(T.aux, cue.start < h ? 'y' : 'n'),
    feature(T.prev, prevWord),
    feature(T.prevShape, prevShape),
    feature(T.prev2Shape, shape(a, prev - 1)),
    feature(T.next, nextWord),
    feature(T.nextShape, nextShape),
    feature(T.next2Shape, shape(a, next + 1)),
    feature2(T.wordNext, w, nextWord),
    feature2(T.prevWord, prevWord, w),
    feature2(T.prevShapeWord, prevShape, w),
    feature2(T.wordNextShape, w, nextShape),
    feature(T.first, cue.start === sStart ? 'y' : 'n'),
    feature(T.last, next >= sEnd - 1 ? 'y' : 'n'),
    feature(T.paragraph, a.tok.gap(sStart) >= Gap.Newline ? 'y' : 'n'),
  ]
  if (cue.verb) {
    f.push(feature(T.ratio, cue.verb.ratio < 0 ? 'none' : String(Math.min(9, Math.floor(cue.verb.ratio * 10)))))
    f.push(feature(T.learned, cue.verb.learned ? 'y' : 'n'), feature(T.nounLike, cue.verb.nounLike ? 'y' : 'n'))
  }
  // Quotations around the cue: '"…," she said' and 'said: "…"'.
  for (let k = Math.max(sStart, cue.start - 3); k < cue.start; k++) if (a.tok.isQuote(k)) f.push(feature(T.quoteBefore, 'y'))
  for (let k = next; k < Math.min(sEnd, next + 3); k++) if (a.tok.isQuote(k)) f.push(feature(T.quoteAfter, 'y'))
  for (let k = next; k < Math.min(sEnd, next + 6); k++) {
    if (a.lower[k] === 'that') {
      f.push(feature(T.thatSoon, 'y'))
      break
    }
  }
  return f
}
