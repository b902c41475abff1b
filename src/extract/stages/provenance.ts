import { findProvenance } from '../provenance.js'
import { mergeEntity } from '../pipeline/context.js'
import { stage } from '../pipeline/stage.js'

/**
 * How each statement reached us, as its own sentence says (provenance.ts): "told the Harbor
 * Ledger", "in an interview with", "on Telegram". The outlets named become entities.
 */
export function statementChannels() {
  return stage('provenance', ['analysis', 'names', 'clusterIds', 'drafts'], ['drafts'], (doc, ctx) => {
    const drafts = ctx.get('drafts')
    const found = findProvenance(
      ctx.a,
      drafts.map((d) => d.attribution),
      drafts.map((d) => d.speaker),
      ctx.get('names'),
      ctx.get('clusterIds'),
      ctx.options.outlets,
    )
    drafts.forEach((d, n) => {
      d.via = found.via[n]!
      const medium = found.media[n]
      if (medium) d.medium = medium
    })
    for (const outlet of found.outlets) mergeEntity(doc.entities, outlet)
  })
}
