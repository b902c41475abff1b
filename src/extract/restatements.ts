import type { Analysis } from './analysis.js'
import type { DraftStatement } from './pipeline/context.js'

/**
 * "Rubio said he does not believe that …" is one statement, not two: an attribution inside another's
 * content, by the same speaker, restates it and is dropped. Reads resolved speakers.
 */
export function dropRestatements(a: Analysis, drafts: DraftStatement[]): DraftStatement[] {
  // The statements whose content pieces start at each offset.
  const byContentStart = new Map<number, DraftStatement[]>()
  for (const outer of drafts) {
    for (const [os] of outer.attribution.content) {
      const list = byContentStart.get(os)
      if (list) list.push(outer)
      else byContentStart.set(os, [outer])
    }
  }
  return drafts.filter((inner) => {
    const who = inner.speaker.cluster
    const source = inner.attribution.source
    if (who === undefined || !source || source[1] - source[0] !== 1) return true
    // The outer content opens with the inner source: "said [he] does not believe …".
    const outers = byContentStart.get(a.tok.start(source[0])) ?? []
    return !outers.some((outer) => outer !== inner && outer.speaker.cluster === who)
  })
}
