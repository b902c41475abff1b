// The lists: #/people?type=person|organization|place&name=, #/events?type=, #/outlets?name=, a
// page at a time, most seen first; #/documents?q=&lang=, newest first (best match first with words).

import { get, remember } from './api.js'
import { append, h, link } from './dom.js'
import { LANGUAGES, count, day, entityHref, langBadge, page, statusBadge } from './format.js'
import { eventTitle } from './page-person.js'
import { chips, pager } from './widgets.js'

/** @typedef {import('./app.js').Route} Route */
/** @typedef {import('./api.js').StoredEntity} StoredEntity */
/** @typedef {import('./api.js').DocumentSummary} DocumentSummary */

const PAGE_SIZE = 50
const ENTITY_TYPES = /** @type {const} */ ([
  ['person', 'People'],
  ['organization', 'Organisations'],
  ['place', 'Places'],
])
const EVENT_TYPES = ['meeting', 'talks', 'negotiations', 'call', 'visit', 'summit']

/**
 * @param {HTMLElement} view
 * @param {Route} route
 */
export async function renderPeople(view, route) {
  const type = ENTITY_TYPES.find(([t]) => t === route.params.get('type'))?.[0] ?? 'person'
  const name = route.params.get('name')?.trim() ?? ''
  const offset = Number(route.params.get('offset')) || 0
  const label = ENTITY_TYPES.find(([t]) => t === type)?.[1] ?? 'People'
  route.title(label)
  append(view, 
    h('h1', null, label),
    h(
      'nav',
      { class: 'tabs', 'aria-label': 'entity types' },
      ENTITY_TYPES.map(([t, l]) => link(page('people', undefined, { type: t }), l, t === type ? { 'aria-current': 'page' } : {})),
    ),
    nameFilter('people', { type }, name),
  )
  /** @type {import('./api.js').Page<StoredEntity>} */
  const found = await get('/entities', { type, ...(name ? { name } : {}), limit: PAGE_SIZE, offset }, { signal: route.signal })
  remember(found.items)
  append(view, 
    listOf(found.items, (s) => [
      link(entityHref(s.entity.id), s.entity.name),
      s.entity.roles[0] ? h('span', { class: 'muted' }, `, ${s.entity.roles[0]}`) : null,
      h(
        'span',
        { class: ['muted', 'counts'] },
        [type === 'place' ? '' : count(s.statementCount, 'statement'), s.aboutCount ? `${s.aboutCount} about` : '', s.documentCount ? count(s.documentCount, 'document') : '']
          .filter(Boolean)
          .join(' · '),
      ),
    ]),
    pager(found, (o) => page('people', undefined, { type, name, offset: o || undefined }), found.items.length),
  )
}

/**
 * @param {HTMLElement} view
 * @param {Route} route
 */
export async function renderOutlets(view, route) {
  const name = route.params.get('name')?.trim() ?? ''
  const offset = Number(route.params.get('offset')) || 0
  route.title('Outlets')
  append(view, h('h1', null, 'Outlets'), nameFilter('outlets', {}, name))
  /** @type {import('./api.js').Page<StoredEntity>} */
  const found = await get('/outlets', { ...(name ? { name } : {}), limit: PAGE_SIZE, offset }, { signal: route.signal })
  remember(found.items)
  append(view, 
    listOf(found.items, (s) => [
      link(entityHref(s.entity.id), s.entity.name),
      s.entity.translation ? h('span', { class: 'muted' }, ` (${s.entity.translation})`) : null,
      h('span', { class: 'muted' }, ` ${s.entity.kind ?? 'outlet'}`),
      s.entity.labels?.length ? chips(s.entity.labels, 'labels') : null,
      h('span', { class: ['muted', 'counts'] }, s.documentCount ? count(s.documentCount, 'document') : ''),
    ]),
    pager(found, (o) => page('outlets', undefined, { name, offset: o || undefined }), found.items.length),
  )
}

/**
 * @param {HTMLElement} view
 * @param {Route} route
 */
export async function renderEvents(view, route) {
  const type = EVENT_TYPES.includes(route.params.get('type') ?? '') ? /** @type {string} */ (route.params.get('type')) : ''
  const offset = Number(route.params.get('offset')) || 0
  route.title('Events')
  append(view, 
    h('h1', null, 'Events'),
    h(
      'nav',
      { class: 'tabs', 'aria-label': 'event types' },
      link(page('events'), 'All', type ? {} : { 'aria-current': 'page' }),
      EVENT_TYPES.map((t) => link(page('events', undefined, { type: t }), t, t === type ? { 'aria-current': 'page' } : {})),
    ),
  )
  /** @type {import('./api.js').Page<import('./api.js').EventDetail>} */
  const found = await get('/events', { ...(type ? { type } : {}), limit: PAGE_SIZE, offset }, { signal: route.signal })
  append(view, 
    listOf(found.items, (d) => [
      link(page('event', d.event.id), eventTitle(d)),
      ' ',
      statusBadge(d.event.status),
      h('span', { class: 'muted' }, d.event.date ? ` ${day(d.event.date)}` : ''),
      h('span', { class: ['muted', 'counts'] }, `${count(d.documentCount, 'report')} · ${count(d.statementCount, 'statement')}`),
    ]),
    pager(found, (o) => page('events', undefined, { type, offset: o || undefined }), found.items.length),
  )
}

/**
 * @param {HTMLElement} view
 * @param {Route} route
 */
export async function renderDocuments(view, route) {
  const q = route.params.get('q')?.trim() ?? ''
  const lang = route.params.get('lang')?.trim() ?? ''
  const offset = Number(route.params.get('offset')) || 0
  route.title('Documents')
  append(
    view,
    h('h1', null, 'Documents'),
    nameFilter('documents', {}, q, {
      param: 'q',
      placeholder: 'Words in the title or text',
      choice: { param: 'lang', label: 'Language', any: 'any language', values: LANGUAGES, value: lang },
    }),
  )
  /** @type {import('./api.js').Page<DocumentSummary>} */
  const found = await get('/documents', { ...(q ? { q } : {}), ...(lang ? { lang } : {}), limit: PAGE_SIZE, offset }, { signal: route.signal })
  append(view, 
    listOf(found.items, (d) => [
      link(page('document', d.id), d.title ?? d.origin, { lang: d.lang }),
      ' ',
      langBadge(d.lang),
      h('span', { class: 'muted' }, [d.date ? ` ${day(d.date)}` : '', d.outlet ? ` · ${d.outlet}` : ''].join('')),
      h('span', { class: ['muted', 'counts'] }, count(d.statements, 'statement')),
    ]),
    pager(found, (o) => page('documents', undefined, { q, lang, offset: o || undefined }), found.items.length),
  )
}

/**
 * The page's items, one line each, or "None found."
 * @template T
 * @param {T[]} items
 * @param {(item: T) => import('./dom.js').Children[]} line the parts of an item's line
 */
function listOf(items, line) {
  if (items.length === 0) return h('p', { class: 'muted' }, 'None found.')
  return h('ul', { class: 'entity-list' }, items.map((item) => h('li', null, ...line(item))))
}

/**
 * A filter box that keeps the other parameters: a name by default, or another parameter; with
 * `choice`, a select beside it (the documents' language).
 * @param {string} name the page
 * @param {Record<string, string>} keep
 * @param {string} value
 * @param {{ param?: string, placeholder?: string,
 *   choice?: { param: string, label: string, any: string, values: readonly (readonly [string, string])[], value: string } }} [options]
 */
function nameFilter(name, keep, value, options = {}) {
  const param = options.param ?? 'name'
  const input = h('input', { id: 'f-name', name: param, type: 'search', value, placeholder: options.placeholder ?? 'Filter by name' })
  const choice = options.choice
  const select = choice
    ? h(
        'select',
        { id: `f-${choice.param}`, name: choice.param },
        h('option', { value: '' }, choice.any),
        choice.values.map(([v, text]) => h('option', { value: v, selected: v === choice.value }, text)),
      )
    : null
  const form = h(
    'form',
    { class: 'name-filter', role: 'search' },
    h('label', { class: 'visually-hidden', for: 'f-name' }, param === 'name' ? 'Name' : 'Words'),
    input,
    choice && select ? [h('label', { class: 'visually-hidden', for: select.id }, choice.label), select] : null,
    h('button', { type: 'submit' }, 'Find'),
  )
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    location.hash = page(name, undefined, { ...keep, [param]: input.value.trim(), ...(choice && select ? { [choice.param]: select.value } : {}) })
  })
  return form
}
