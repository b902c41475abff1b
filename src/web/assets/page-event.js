// #/event/{id}: an event: its participants, place and date, how its status changed from one
// report to the next (proposed → planned → began → ended), and the statements about it in order.

import { documentById, get, getAll } from './api.js'
import { append, h, link, shorten } from './dom.js'
import { count, day, enc, entityLink, page, statusBadge } from './format.js'
import { statementList } from './evidence.js'
import { eventTitle } from './page-person.js'
import { facts, fill, section } from './widgets.js'

/** @typedef {import('./app.js').Route} Route */

/** Reports whose document titles are looked up one by one, when no statement names them. */
const TITLES_MAX = 20

/**
 * @param {HTMLElement} view
 * @param {Route} route
 */
export async function renderEvent(view, route) {
  /** @type {import('./api.js').EventDetail} */
  const d = await get(`/events/${enc(route.arg)}`, {}, { signal: route.signal })
  const e = d.event
  const names = new Map(d.entities.map((r) => [r.id, r.name]))
  route.title(eventTitle(d))
  append(view, 
    h('p', { class: ['kicker', 'muted'] }, 'event'),
    h('h1', null, eventTitle(d), ' ', statusBadge(e.status)),
    facts([
      ['Type', e.type],
      ['Status', e.status === 'unknown' ? 'not known' : `${e.status} (as last reported)`],
      ['Date', e.date ? day(e.date) : null],
      ['Place', e.place ? entityLink(e.place, names.get(e.place)) : null],
      ['Participants', e.participants.length ? e.participants.flatMap((p, i) => [i ? ', ' : '', entityLink(p, names.get(p))]) : null],
      ['Reported in', count(d.documentCount, 'document')],
      ['Statements', count(d.statementCount, 'statement')],
    ]),
    h(
      'p',
      { class: 'actions' },
      link(page('brief', undefined, { event: e.id }), 'Brief on this event'),
      ' · ',
      link(page('search', undefined, { event: e.id, order: 'date' }), 'Search its statements'),
    ),
  )
  const historyBody = h('div')
  const statementsBody = h('div')
  append(view, section('Status history', historyBody), section('Statements, in order', statementsBody))

  const statements = getAll('/timeline', { subject: e.id }, 500, route.signal)
  await Promise.all([
    fill(
      historyBody,
      async () => {
        /** @type {Map<string, string | undefined>} */
        const titles = new Map()
        try {
          for (const hit of (await statements).items) titles.set(hit.document.id, hit.document.title)
        } catch {
          // the list below says what went wrong
        }
        const missing = [...new Set(d.reports.map((r) => r.documentId))].filter((id) => !titles.has(id)).slice(0, TITLES_MAX)
        await Promise.all(
          missing.map((id) =>
            documentById(id, route.signal).then(
              (stored) => void titles.set(id, stored.document.title),
              () => {},
            ),
          ),
        )
        return h(
          'ol',
          { class: 'status-history' },
          d.reports.map((r) =>
            h(
              'li',
              { dataset: { status: r.status } },
              h('time', { class: 'muted' }, r.documentDate ? day(r.documentDate) : 'undated'),
              ' ',
              statusBadge(r.status),
              r.date ? h('span', { class: 'muted' }, ` for ${day(r.date)}`) : null,
              ' ',
              link(page('document', r.documentId), titles.get(r.documentId) ? shorten(/** @type {string} */ (titles.get(r.documentId)), 90) : `document ${r.documentId}`),
            ),
          ),
        )
      },
      route.signal,
    ),
    fill(
      statementsBody,
      async () => {
        const { items, more } = await statements
        return [statementList(items, 'No statement is linked to this event.', { event: false }), more ? h('p', { class: 'muted' }, `The first ${items.length} only.`) : null]
      },
      route.signal,
    ),
  ])
}
