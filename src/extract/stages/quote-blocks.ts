import { lowerBound } from '../../core/bisect.js'
import type { Statement } from '../../core/records.js'
import { span } from '../../core/span.js'
import { stage } from '../pipeline/stage.js'
import { firstOffset } from '../statement-order.js'
import { stanceOfRanges } from '../statement-stance.js'

/**
 * A brief's bare `Quote:` block is a direct statement of its main speaker (the first one named),
 * with no cue; a block that already holds a statement's content adds nothing.
 */
export function quoteBlockStatements() {
  return stage('quote-blocks', ['analysis', 'layout', 'channels'], [], (doc, ctx) => {
    const layout = ctx.get('layout')
    if (!layout) return
    const a = ctx.a
    const found = doc.statements
    const lead = found.filter((s) => s.speaker.name !== null).sort((x, y) => firstOffset(x) - firstOffset(y))[0]
    // Sorted starts, so that each block asks by bisection whether a statement starts inside it.
    const contentStarts = found.flatMap((s) => s.content.map((c) => c.start)).sort((x, y) => x - y)
    const blocks: Statement[] = []
    for (const [start, end] of layout.quoteBlocks) {
      if (start >= end) continue
      const k = lowerBound(contentStarts, start)
      if (k < contentStarts.length && contentStarts[k]! < end) continue
      const stance = stanceOfRanges(a, [[start, end]], null, doc.lang)
      blocks.push({
        id: '',
        kind: 'direct',
        speaker: lead
          ? { name: lead.speaker.name, ...(lead.speaker.entity ? { entity: lead.speaker.entity } : {}), ...(lead.speaker.role ? { role: lead.speaker.role } : {}), mentions: [] }
          : { name: null, mentions: [] },
        cue: null,
        content: [span(doc.text, start, end)],
        ...(doc.date ? { date: doc.date.slice(0, 10) } : {}),
        via: ctx.get('channels'),
        about: [],
        ...(stance ? { stance } : {}),
        confidence: lead ? 0.7 : 0.3,
      })
    }
    doc.statements.push(...blocks)
  })
}
