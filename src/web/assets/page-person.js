// #/person/{id}: a person (or an organisation, or a place): roles with the dates they were given,
// aliases, a timeline chart of their statements coloured by stance, the outlets that carry them,
// the events they take part in, and what others said about them.

import { ApiError, entityInFull, get, getAll } from './api.js'
import { timelineChart } from './chart.js'
import { append, h, link } from './dom.js'
import { count, day, entityLink, page, statusBadge } from './format.js'
import { statementList } from './evidence.js'
import { renderOutlet } from './page-outlet.js'
import { chips, facts, fill, section } from './widgets.js'

/** @typedef {import('./app.js').Route} Route */
/** @typedef {import('./api.js').SearchHit} SearchHit */

/** The most statements the chart reads (pages of 100). */
const CHART_MAX = 1000

/**
 * @param {HTMLElement} view
 * @param {Route} route
 * @returns {Promise<void>}
 */
export async function renderPerson(view, route) {
  const stored = await entityInFull(route.arg)
  if (!stored) throw new ApiError(404, 'E_NOT_FOUND', `no person, organisation or place is stored under the id "${route.arg}"`)
  if (stored.entity.type === 'outlet') return renderOutlet(view, route)
  const e = stored.entity
  const id = e.id
  const isPlace = e.type === 'place'
  route.title(e.name)

  const roles = stored.roleHistory?.length
    ? h(
        'ul',
        { class: 'roles' },
        stored.roleHistory.map((r) => h('li', null, r.role, r.firstSeen ? h('span', { class: 'muted' }, ` ${seen(r.firstSeen, r.lastSeen)}`) : null)),
      )
    : e.roles.length
      ? chips(e.roles)
      : null
  append(view, 
    h('p', { class: ['kicker', 'muted'] }, e.type === 'organization' ? 'organisation' : e.type),
    h('h1', null, e.name),
    facts([
      ['Roles', roles],
      ['Also written', e.aliases.filter((a) => a !== e.name).length ? chips(e.aliases.filter((a) => a !== e.name), 'aliases') : null],
      ['Statements', isPlace ? null : count(stored.statementCount, 'statement')],
      ['Spoken about in', count(stored.aboutCount, 'statement')],
      ['Named in', stored.documentCount === undefined ? null : count(stored.documentCount, 'document')],
      ['Seen', stored.firstSeen ? seen(stored.firstSeen, stored.lastSeen) : null],
    ]),
    h(
      'p',
      { class: 'actions' },
      isPlace ? null : [link(page('search', undefined, { speaker: id }), 'Search their statements'), ' · ', link(page('brief', undefined, { speaker: id }), 'Brief'), ' · '],
      link(page('search', undefined, { about: id }), 'Statements about them'),
    ),
  )

  const chartBody = h('div')
  const chartSection = section(isPlace ? 'Statements about it over time' : 'Statements over time', chartBody)
  const outletsBody = h('div')
  const eventsBody = h('div')
  const latestBody = h('div')
  const aboutBody = h('div')
  append(view, 
    chartSection,
    isPlace ? null : section('Outlets that carry them', outletsBody),
    section(isPlace ? 'Events held there' : 'Events they take part in', eventsBody),
    isPlace ? null : section('Latest statements', latestBody),
    section(isPlace ? 'Latest statements about it' : 'Said about them', aboutBody),
  )

  const timeline = getAll('/timeline', { subject: id }, CHART_MAX, route.signal)
  // A place's timeline is what was said about it: the chart's statements serve the list below too.
  const work = [
    fill(
      chartBody,
      async () => {
        const { items, more } = await timeline
        return [timelineChart(items, { width: chartSection.clientWidth - 32, label: `Statements ${isPlace ? 'about' : 'by'} ${e.name}` }), more ? h('p', { class: 'muted' }, `The first ${items.length} only.`) : null]
      },
      route.signal,
    ),
    isPlace ? null : fill(outletsBody, async () => outletBars(stored.outlets ?? []), route.signal),
    fill(
      eventsBody,
      async () => {
        /** @type {import('./api.js').Page<import('./api.js').EventDetail>} */
        const found = await get('/events', isPlace ? { place: id, limit: 50 } : { participant: id, limit: 50 }, { signal: route.signal })
        if (found.items.length === 0) return h('p', { class: 'muted' }, 'None found.')
        return h(
          'ul',
          { class: 'events' },
          found.items.map((d) => h('li', null, link(page('event', d.event.id), eventTitle(d)), ' ', statusBadge(d.event.status), d.event.date ? h('span', { class: 'muted' }, ` ${day(d.event.date)}`) : null)),
        )
      },
      route.signal,
    ),
    fill(
      isPlace ? aboutBody : latestBody,
      async () => {
        const { items } = await timeline
        const latest = items.filter((hit) => hit.statement.date).slice(-10).reverse()
        const all = isPlace ? page('search', undefined, { about: id }) : page('search', undefined, { speaker: id, order: 'date' })
        return [statementList(latest, 'No dated statements.', { speaker: isPlace }), items.length > latest.length ? link(all, 'All of them') : null]
      },
      route.signal,
    ),
    isPlace
      ? null
      : fill(
          aboutBody,
          async () => {
            /** @type {import('./api.js').Timeline} */
            const about = await get('/timeline', { subject: id, about: 'true', limit: 10 }, { signal: route.signal })
            return [statementList(about.items, 'Nobody is found speaking about them.'), about.next ? link(page('search', undefined, { about: id }), 'More') : null]
          },
          route.signal,
        ),
  ]
  await Promise.all(work)
}

/** "2026-03-16 to 2026-04-27", or one date. */
function seen(/** @type {string} */ first, /** @type {string | undefined} */ last) {
  return last && day(last) !== day(first) ? `${day(first)} to ${day(last)}` : day(first)
}

/**
 * The outlets that carry someone's statements, with a bar for how many.
 * @param {readonly { id: string, name: string, statements: number }[]} outlets
 */
function outletBars(outlets) {
  if (outlets.length === 0) return h('p', { class: 'muted' }, 'No outlet is recorded for their statements.')
  const most = Math.max(...outlets.map((o) => o.statements))
  return h(
    'ul',
    { class: 'bars' },
    outlets.map((o) =>
      h('li', null, entityLink(o.id, o.name), h('meter', { min: 0, max: most, value: o.statements, 'aria-label': `${o.statements} statements` }), h('span', { class: 'muted' }, String(o.statements))),
    ),
  )
}

/** "talks: Valdoria, Kestran Federation in Port Meren" */
export function eventTitle(/** @type {import('./api.js').EventDetail} */ d) {
  const names = new Map(d.entities.map((r) => [r.id, r.name]))
  const who = d.event.participants.map((p) => names.get(p)).filter(Boolean)
  const where = d.event.place ? names.get(d.event.place) : undefined
  return `${d.event.type}${who.length ? `: ${who.join(', ')}` : ''}${where ? ` in ${where}` : ''}`
}
