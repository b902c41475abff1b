import { Gap, TokenKind } from '../text/tokenizer.js'
import { type Analysis, isCapitalized } from './analysis.js'
import type { CueMatch } from './cues.js'

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which'])

/** What a token looks like, coarsely: enough for the classifier to generalise beyond the words it saw. */
function shape(a: Analysis, i: number): string {
  if (i < 0 || i >= a.tokens.count) return 'none'
  const w = a.lower[i]!
  if (PRONOUNS.has(w)) return 'pron'
  switch (a.tokens.kinds[i]) {
    case TokenKind.Quote:
      return a.quotes.ofToken[i] === -1 ? 'q' : 'q' + (a.quotes.list[a.quotes.ofToken[i]!]!.openToken === i ? 'open' : 'close')
    case TokenKind.Number:
      return 'num'
    case TokenKind.Punct:
      return w
    case TokenKind.Initialism:
      return 'init'
  }
  return isCapitalized(a, i) ? 'Cap' : 'low'
}

/** The features the cue classifier sees for one candidate: the cue's words, its neighbours and its clause. */
export function cueFeatures(a: Analysis, cue: CueMatch): string[] {
  const h = cue.head
  const w = a.lower[h]!
  const prev = cue.start - 1
  const next = cue.end
  const sentence = a.sentences.ofToken[h]!
  const sStart = a.sentences.starts[sentence]!
  const sEnd = a.sentences.ends[sentence]!
  const f = [
    'w=' + w,
    'cue=' + a.lower.slice(cue.start, cue.end).join('_'),
    'kind=' + cue.kind,
    'suffix=' + w.slice(-3),
    'aux=' + (cue.start < h),
    'p1=' + (a.lower[prev] ?? '^'),
    'p1s=' + shape(a, prev),
    'p2s=' + shape(a, prev - 1),
    'n1=' + (a.lower[next] ?? '$'),
    'n1s=' + shape(a, next),
    'n2s=' + shape(a, next + 1),
    'w_n1=' + w + '_' + (a.lower[next] ?? '$'),
    'p1_w=' + (a.lower[prev] ?? '^') + '_' + w,
    'p1s_w=' + shape(a, prev) + '_' + w,
    'w_n1s=' + w + '_' + shape(a, next),
    'first=' + (cue.start === sStart),
    'last=' + (next >= sEnd - 1),
    'para=' + (a.tokens.gaps[sStart]! >= Gap.Newline),
  ]
  if (cue.verb) {
    f.push('ratio=' + (cue.verb.ratio < 0 ? 'none' : Math.min(9, Math.floor(cue.verb.ratio * 10))))
    f.push('learned=' + cue.verb.learned, 'nounLike=' + cue.verb.nounLike)
  }
  // Quotations around the cue: '"…," she said' and 'said: "…"'.
  for (let k = Math.max(sStart, cue.start - 3); k < cue.start; k++) if (a.tokens.kinds[k] === TokenKind.Quote) f.push('quoteBefore')
  for (let k = next; k < Math.min(sEnd, next + 3); k++) if (a.tokens.kinds[k] === TokenKind.Quote) f.push('quoteAfter')
  if (a.lower.slice(next, Math.min(sEnd, next + 6)).includes('that')) f.push('thatSoon')
  return f
}
