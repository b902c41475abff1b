import { stage } from '../pipeline/stage.js'

/** Diagnostic `quote-unclosed`: a quotation that opens and is not closed before its paragraph ends. */
export function reportUnclosedQuotes() {
  return stage('unclosed-quotes', ['analysis'], [], (_doc, ctx) => {
    for (const q of ctx.a.quote.list) {
      if (q.closeToken === -1) ctx.message('quote-unclosed', [q.start, q.end], 'A quotation opens here and is not closed before its paragraph ends.')
    }
  })
}
