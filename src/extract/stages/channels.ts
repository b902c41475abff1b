import { forwardingOutlets } from '../provenance.js'
import { mergeEntity } from '../pipeline/context.js'
import { stage } from '../pipeline/stage.js'
import { readSourceLine } from '../sources.js'

/**
 * The outlets every statement of the document came through: a brief's `Source:` line (sources.ts,
 * which also gives the document's cited sources) and a Telegram post's forwarding chain.
 */
export function documentChannels() {
  return stage('channels', ['layout', 'nameLexicon'], ['channels'], (doc, ctx) => {
    const line = ctx.get('layout')?.sourceLine
    const sourceLine = line ? readSourceLine(doc.text, line, ctx.get('nameLexicon')) : null
    for (const outlet of sourceLine?.outlets ?? []) mergeEntity(doc.entities, outlet)
    const chain = ctx.options.forwardedFrom
    const forwarded = chain.length > 0 ? forwardingOutlets(chain, ctx.options.outlets) : []
    for (const outlet of forwarded) mergeEntity(doc.entities, outlet)
    doc.sources = sourceLine?.citations ?? []
    ctx.set('channels', [...new Set([...doc.sources.map((c) => c.outlet), ...forwarded.map((o) => o.id)])])
  })
}
