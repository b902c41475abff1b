import { byOffset, firstInside } from '../core/by-offset.js'
import type { Analysis } from './analysis.js'
import { type Attribution, kindOf } from './attribution.js'

/**
 * 'X noted that A: "B," he said.' — the forward content of "noted" would swallow the quoted
 * statement that follows; it ends where a statement attributed after its content begins.
 * Linear in the attributions (after a sort): the statements that may end another's content are
 * found by binary search on their offsets, not by a scan of all of them for each.
 * Returns the attributions whose content is not left empty.
 */
export function trimNestedContent(a: Analysis, attributions: Attribution[]): Attribution[] {
  // Statements whose content comes before their source ('"B," he said'), by where that content starts.
  const backward = byOffset(
    attributions.filter((inner) => inner.source && (inner.content[0]![1] <= a.tok.start(inner.source[0]) || inner.sourceAfterCue)),
    (inner) => inner.content[0]![0],
  )
  // "X said A, saying B" and "X said A and warned B": cues after a comma, "and" or "but", by where the cue starts.
  const siblings = byOffset(
    attributions.filter((sibling) => {
      const before = a.lower[sibling.cue.start - 1]
      return before === ',' || before === 'and' || before === 'but'
    }),
    (sibling) => a.tok.start(sibling.cue.start),
  )
  for (const outer of attributions) {
    if (outer.content.length !== 1 || outer.sourceAfterCue) continue
    const range = outer.content[0]!
    const end = range[1]
    // The earliest such statement starting inside the content ends it.
    const inner = firstInside(backward, range[0], range[1], outer)
    if (inner) range[1] = inner.content[0]![0]
    // A sibling cue ends the content before it (and before a comma ahead of its "and").
    const sibling = firstInside(siblings, range[0], range[1], outer)
    if (sibling) {
      let cut = sibling.cue.start - 1
      if (a.lower[cut] !== ',' && a.lower[cut - 1] === ',') cut--
      range[1] = Math.min(range[1], a.tok.start(cut))
    }
    if (range[1] !== end) outer.kind = kindOf(a, outer.content)
  }
  return attributions.filter((at) => at.content.every(([s, e]) => e > s))
}
