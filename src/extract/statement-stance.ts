import type { Stance } from '../core/records.js'
import { type Analysis, isCapitalized } from './analysis.js'
import { stanceOfWords } from './stance.js'

/**
 * The stance of a statement (stance.ts), read in place from the document's lower-case tokens: the
 * character ranges of its content and its cue's token range, if it has a cue.
 */
export function stanceOfRanges(a: Analysis, content: readonly (readonly [number, number])[], cue: readonly [number, number] | null, lang: string): Stance | undefined {
  const ranges: number[] = []
  for (const [s, e] of content) {
    let to = a.tok.at(e)
    if (to < a.tok.count && a.tok.start(to) < e) to++
    ranges.push(a.tok.at(s), to)
  }
  return stanceOfWords(a.lower, cue ? a.lower.slice(cue[0], cue[1]) : null, lang, { ranges, capitalised: (k) => isCapitalized(a, k) })
}
