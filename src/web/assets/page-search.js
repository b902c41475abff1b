// #/search?q=&speaker=&outlet=&about=&from=&to=&kind=&stance=&lang=&order=&offset=: statements that
// match every filter, each with its evidence on demand. The address holds the query, so a search
// can be bookmarked, shared, and gone back to.

import { get } from './api.js'
import { append, h, link } from './dom.js'
import { LANGUAGES, STANCES, count, page } from './format.js'
import { statementList } from './evidence.js'
import { nameInput, pager } from './widgets.js'

/** @typedef {import('./app.js').Route} Route */

const FILTERS = /** @type {const} */ (['q', 'speaker', 'outlet', 'about', 'from', 'to', 'kind', 'stance', 'lang', 'event', 'order'])
const PAGE_SIZE = 20

/**
 * @param {HTMLElement} view
 * @param {Route} route
 */
export async function renderSearch(view, route) {
  /** @type {Record<string, string>} */
  const query = {}
  for (const key of FILTERS) {
    const value = route.params.get(key)?.trim()
    if (value) query[key] = value
  }
  const offset = Number(route.params.get('offset')) || 0
  const filtered = Object.keys(query).some((k) => k !== 'order')
  route.title(query.q ? `“${query.q}”` : query.speaker ? `Statements by ${query.speaker}` : 'Search')

  const results = h('div', { class: 'results', 'aria-live': 'polite' })
  append(view, h('h1', null, 'Who said what'), searchForm(query), results)

  if (!filtered) {
    const stats = h('p', { class: ['muted', 'stats'] })
    results.before(stats)
    get('/stats', {}, { signal: route.signal }).then(
      (/** @type {import('./api.js').StoreStats} */ s) => {
        stats.textContent =
          `The store holds ${count(s.statements, 'statement')} from ${count(s.documents, 'document')}` +
          (s.firstDate ? `, ${s.firstDate.slice(0, 10)} to ${(s.lastDate ?? s.firstDate).slice(0, 10)}` : '') +
          `: ${count(s.entities.person, 'person', 'people')}, ${count(s.entities.organization, 'organisation')}, ${count(s.outlets, 'outlet')}. The newest statements first:`
      },
      () => {},
    )
  }

  /** @type {import('./api.js').Page<import('./api.js').SearchHit>} */
  const found = await get('/search', { ...query, limit: PAGE_SIZE, offset }, { signal: route.signal })
  const href = (/** @type {number} */ o) => page('search', undefined, { ...query, offset: o || undefined })
  const none = offset ? 'No more statements.' : 'No statement matches. Try fewer words or filters.'
  append(results, 
    h(
      'p',
      { class: ['muted', 'summary'] },
      found.items.length ? `Statements ${offset + 1}–${offset + found.items.length}${found.next === undefined ? '' : ' (more follow)'}` : '',
      query.speaker ? [' · ', link(page('brief', undefined, { speaker: query.speaker }), `brief on ${query.speaker}`)] : null,
    ),
    statementList(found.items, none),
    pager(found, href, found.items.length),
  )
}

/** ": speaker, stance" — the filters set, for the folded filter box. */
function activeFilters(/** @type {Record<string, string>} */ query) {
  const set = FILTERS.filter((k) => k !== 'q' && query[k])
  return set.length ? h('span', { class: 'muted' }, `: ${set.join(', ')}`) : null
}

/**
 * The form: words, then filters; submitting it changes the address, which runs the search.
 * @param {Record<string, string>} query
 */
function searchForm(query) {
  /** A choice of values, each shown as itself or, given as [value, label], by its label. */
  const select = (/** @type {string} */ name, /** @type {string} */ label, /** @type {readonly (string | readonly [string, string])[]} */ values, /** @type {string} */ any) =>
    h(
      'label',
      { class: 'field', for: `f-${name}` },
      h('span', null, label),
      h(
        'select',
        { id: `f-${name}`, name },
        h('option', { value: '' }, any),
        values.map((v) => {
          const [value, text] = typeof v === 'string' ? [v, v] : v
          return h('option', { value, selected: query[name] === value }, text)
        }),
      ),
    )
  const date = (/** @type {string} */ name, /** @type {string} */ label) =>
    h('label', { class: 'field', for: `f-${name}` }, h('span', null, label), h('input', { id: `f-${name}`, name, type: 'date', value: query[name] ?? '' }))
  const form = h(
    'form',
    { class: 'search', role: 'search' },
    h(
      'div',
      { class: 'search-words' },
      h('label', { class: 'visually-hidden', for: 'f-q' }, 'Words'),
      h('input', { id: 'f-q', name: 'q', type: 'search', value: query.q ?? '', placeholder: 'Words the statement contains, e.g. harbour talks', autofocus: !query.q }),
      h('button', { type: 'submit' }, 'Search'),
    ),
    h(
      'details',
      // Open on a laptop, or when a filter is set; on a phone the words come first.
      { class: 'filter-box', open: matchMedia('(min-width: 700px)').matches || FILTERS.some((k) => k !== 'q' && k !== 'order' && query[k]) },
      h('summary', null, 'Filters', activeFilters(query)),
      h(
        'div',
        { class: 'filters' },
        nameInput({ name: 'speaker', label: 'Speaker', value: query.speaker ?? '', placeholder: 'a name or last name' }),
        nameInput({ name: 'outlet', label: 'Outlet', value: query.outlet ?? '', placeholder: 'published or carried by', path: '/outlets' }),
        nameInput({ name: 'about', label: 'About', value: query.about ?? '', placeholder: 'a person, organisation or place' }),
        date('from', 'From'),
        date('to', 'To'),
        select('kind', 'Kind', ['direct', 'indirect', 'mixed'], 'any kind'),
        select('stance', 'Stance', STANCES, 'any stance'),
        select('lang', 'Language', LANGUAGES, 'any language'),
        select('order', 'Order', ['relevance', 'date'], 'best first'),
      ),
    ),
    query.event ? h('input', { type: 'hidden', name: 'event', value: query.event }) : null,
    h('p', { class: 'form-actions' }, h('a', { href: '#/search' }, 'Clear all')),
  )
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    /** @type {Record<string, string>} */
    const next = {}
    for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) next[key] = value.trim()
    location.hash = page('search', undefined, next)
  })
  return form
}
