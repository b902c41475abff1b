import { extractSlavic } from '../slavic/extract.js'
import { stage } from '../pipeline/stage.js'

/**
 * Russian and Ukrainian (slavic/extract.ts): the wire dateline, statements with their speakers in
 * the nominative, people and outlets as entities. One stage for now: its steps share the
 * document's people as they go.
 */
export function slavicStatements() {
  return stage('slavic', [], [], (doc, ctx) => {
    const lang = doc.lang
    if (lang !== 'ru' && lang !== 'uk') throw new Error(`stage slavic: a ${lang} document in the Russian and Ukrainian pipeline`)
    const found = extractSlavic(doc.text, { lang, outlets: ctx.options.outlets, ...(doc.date ? { date: doc.date } : {}) })
    if (found.date) doc.date = found.date
    for (const e of found.entities) doc.entities.set(e.id, e)
    doc.statements.push(...found.statements)
    doc.sources.push(...found.sources)
    doc.events.push(...found.events)
    doc.diagnostics.push(...found.diagnostics)
  })
}
