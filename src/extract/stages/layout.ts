import { readBriefLayout } from '../brief.js'
import { stage } from '../pipeline/stage.js'

/**
 * A brief's layout (header, `Source:` line, `Quote:` blocks; brief.ts), or null for other text.
 * The header's date becomes the document's when the caller gave none.
 */
export function readLayout() {
  return stage('layout', [], ['layout'], (doc, ctx) => {
    const layout = readBriefLayout(doc.text)
    ctx.set('layout', layout)
    if (doc.date === undefined && layout?.date) doc.date = layout.date
  })
}
