// #/outlet/{id}: an outlet: its type, labels ("state-owned", "independent"), its name in
// translation and other spellings, and what it carried: whose statements, over time, by stance.

import { ApiError, entity, getAll } from './api.js'
import { timelineChart } from './chart.js'
import { append, h, link } from './dom.js'
import { count, day, entityLink, page } from './format.js'
import { statementList } from './evidence.js'
import { renderPerson } from './page-person.js'
import { chips, facts, fill, section } from './widgets.js'

/** @typedef {import('./app.js').Route} Route */
/** @typedef {import('./api.js').SearchHit} SearchHit */

const MAX = 1000

/**
 * @param {HTMLElement} view
 * @param {Route} route
 * @returns {Promise<void>}
 */
export async function renderOutlet(view, route) {
  const stored = await entity(route.arg)
  if (!stored) throw new ApiError(404, 'E_NOT_FOUND', `no outlet is stored under the id "${route.arg}"`)
  if (stored.entity.type !== 'outlet') return renderPerson(view, route)
  const e = stored.entity
  route.title(e.name)
  const others = e.aliases.filter((a) => a !== e.name && a !== e.translation)
  append(view, 
    h('p', { class: ['kicker', 'muted'] }, 'outlet'),
    h('h1', null, e.name),
    facts([
      ['Type', e.kind ?? 'not known'],
      ['Labels', e.labels?.length ? chips(e.labels, 'labels') : null],
      ['In translation', e.translation ?? null],
      ['Also written', others.length ? chips(others, 'aliases') : null],
      ['Named in', stored.documentCount === undefined ? null : count(stored.documentCount, 'document')],
      ['Seen', stored.firstSeen ? `${day(stored.firstSeen)}${stored.lastSeen && day(stored.lastSeen) !== day(stored.firstSeen) ? ` to ${day(stored.lastSeen)}` : ''}` : null],
    ]),
    h('p', { class: 'actions' }, link(page('search', undefined, { outlet: e.id }), 'Search what it carried')),
  )

  const summaryBody = h('div')
  const speakersBody = h('div')
  const chartBody = h('div')
  const latestBody = h('div')
  const chartSection = section('What it carried, over time', chartBody)
  append(view, section('What it carried', summaryBody), section('Whose statements', speakersBody), chartSection, section('Latest', latestBody))

  const carried = getAll('/timeline', { subject: e.id }, MAX, route.signal)
  await Promise.all([
    fill(
      summaryBody,
      async () => {
        const { items, more } = await carried
        const published = items.filter((hit) => hit.document.outletId === e.id).length
        return h(
          'p',
          null,
          `${count(items.length, 'statement')}${more ? ' (the first only)' : ''}: ${published} in what it published, ${items.length - published} it was cited as carrying.`,
        )
      },
      route.signal,
    ),
    fill(speakersBody, async () => speakerBars((await carried).items), route.signal),
    fill(chartBody, async () => timelineChart((await carried).items, { width: chartSection.clientWidth - 32, label: `Statements carried by ${e.name}` }), route.signal),
    fill(
      latestBody,
      async () => {
        const { items } = await carried
        const latest = items.filter((hit) => hit.statement.date).slice(-10).reverse()
        return [statementList(latest, 'Nothing dated.'), items.length > latest.length ? link(page('search', undefined, { outlet: e.id, order: 'date' }), 'All of it') : null]
      },
      route.signal,
    ),
  ])
}

/**
 * The speakers an outlet carried most, with bars.
 * @param {readonly SearchHit[]} hits
 */
function speakerBars(hits) {
  /** @type {Map<string, { id?: string, name: string, n: number }>} */
  const by = new Map()
  for (const { statement: s } of hits) {
    const key = s.speaker.entity ?? `name:${s.speaker.name ?? 'unknown speaker'}`
    const entry = by.get(key) ?? { ...(s.speaker.entity ? { id: s.speaker.entity } : {}), name: s.speaker.name ?? 'unknown speaker', n: 0 }
    entry.n++
    by.set(key, entry)
  }
  const top = [...by.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name)).slice(0, 12)
  if (top.length === 0) return h('p', { class: 'muted' }, 'No statements.')
  const most = top[0]?.n ?? 1
  return h(
    'ul',
    { class: 'bars' },
    top.map((s) => h('li', null, s.id ? entityLink(s.id, s.name) : h('span', null, s.name), h('meter', { min: 0, max: most, value: s.n, 'aria-label': `${s.n} statements` }), h('span', { class: 'muted' }, String(s.n)))),
  )
}
