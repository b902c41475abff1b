import { eventLookup, findEvents } from '../events.js'
import { mergeEntity } from '../pipeline/context.js'
import { stage } from '../pipeline/stage.js'

/**
 * Meetings, talks, calls and visits (events.ts) with their ids ("<document id>:e<n>"), the places
 * they needed as entities, and the event each statement's content concerns. Runs after the
 * statements are numbered: an event's date reads which text is quoted.
 */
export function findDocumentEvents() {
  return stage('events', ['analysis', 'names', 'clusterIds', 'nameLexicon'], [], (doc, ctx) => {
    const contents = doc.statements.flatMap((s) => s.content)
    const found = findEvents(ctx.a, ctx.get('names'), ctx.get('clusterIds'), { docId: doc.id, ...(doc.date ? { date: doc.date } : {}), lang: doc.lang, contents }, { names: ctx.get('nameLexicon'), events: ctx.english.events })
    for (const place of found.entities) mergeEntity(doc.entities, place)
    doc.events = found.events
    const eventOf = eventLookup(found.events)
    for (const s of doc.statements) {
      const event = eventOf(s.content)
      if (event) s.event = event
    }
  })
}
