// Pieces the pages share: errors, sections, facts, chips, pagers, name look-ups as you type.

import { ApiError, get } from './api.js'
import { h, replace } from './dom.js'

/** @typedef {import('./dom.js').Children} Children */

/** A failure, said plainly: the server's message when it gave one. */
export function errorBox(/** @type {unknown} */ error) {
  if (error instanceof ApiError && error.status === 404) return h('p', { class: 'error', role: 'alert' }, `Not found: ${error.message}`)
  const message = error instanceof Error ? error.message : String(error)
  return h('p', { class: 'error', role: 'alert' }, `Something went wrong: ${message}`)
}

/**
 * A section with a heading, filled now or later.
 * @param {string} title
 * @param {...Children} children
 */
export function section(title, ...children) {
  return h('section', { class: 'panel' }, h('h2', null, title), ...children)
}

/** "Loading…" until replaced. */
export function loading(/** @type {string} */ what = 'Loading…') {
  return h('p', { class: ['muted', 'loading'] }, what)
}

/**
 * Fills `target` with what `work` builds, a loading line until then, and an error if it fails.
 * @param {HTMLElement} target
 * @param {() => Promise<Children>} work
 * @param {AbortSignal} signal
 */
export async function fill(target, work, signal) {
  target.replaceChildren(loading())
  try {
    const built = await work()
    if (signal.aborted) return
    replace(target, built)
  } catch (error) {
    if (signal.aborted) return
    target.replaceChildren(errorBox(error))
  }
}

/**
 * Facts as a definition list: [term, value] pairs; pairs without a value are left out.
 * @param {[string, Children][]} pairs
 */
export function facts(pairs) {
  const rows = pairs.filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
  return h('dl', { class: 'facts' }, rows.map(([term, value]) => [h('dt', null, term), h('dd', null, value)]))
}

/**
 * Short values as chips.
 * @param {readonly string[]} values
 * @param {string} [cls]
 */
export function chips(values, cls = '') {
  return h('ul', { class: ['chips', cls] }, values.map((v) => h('li', null, v)))
}

/**
 * Previous / next links for a page of results.
 * @param {{ offset: number, limit: number, next?: number }} pageInfo
 * @param {(offset: number) => string} href
 * @param {number} shown how many items this page has
 */
export function pager(pageInfo, href, shown) {
  const { offset, limit, next } = pageInfo
  if (offset === 0 && next === undefined) return null
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'pages' },
    offset > 0 ? h('a', { href: href(Math.max(0, offset - limit)), rel: 'prev' }, '← Previous') : null,
    h('span', { class: 'muted' }, shown ? `${offset + 1}–${offset + shown}` : 'none'),
    next !== undefined ? h('a', { href: href(next), rel: 'next' }, 'Next →') : null,
  )
}

let suggestionLists = 0

/**
 * A text input that suggests names from the store as one types (a <datalist>).
 * @param {{ name: string, label: string, value?: string, placeholder?: string, path?: string, type?: string }} options
 *   path: the list to ask (/entities or /outlets); type: an entity type to keep to
 */
export function nameInput({ name, label, value = '', placeholder = '', path = '/entities', type }) {
  const id = `f-${name}`
  const listId = `names-${++suggestionLists}`
  const list = h('datalist', { id: listId })
  const input = h('input', { id, name, type: 'search', value, placeholder, list: listId, autocomplete: 'off' })
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer
  let asked = ''
  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(async () => {
      const text = input.value.trim()
      if (text.length < 2 || text === asked) return
      asked = text
      try {
        /** @type {import('./api.js').Page<import('./api.js').StoredEntity>} */
        const found = await get(path, { name: text, limit: 8, ...(type ? { type } : {}) })
        list.replaceChildren(...found.items.map((s) => h('option', { value: s.entity.name }, s.entity.type === 'person' ? '' : s.entity.type)))
      } catch {
        // suggestions are a help, not a need
      }
    }, 200)
  })
  return h('label', { class: 'field', for: id }, h('span', null, label), input, list)
}
