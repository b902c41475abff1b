// The web UI's entry: a hash router. #/search?…, #/person/{id}, #/event/{id}, #/outlet/{id},
// #/document/{id}?s={statement}, #/brief?speaker=…|event=…, #/graph, and the lists #/people,
// #/events, #/outlets, #/documents. Each page renders into a fresh view; leaving a page aborts its requests.

import { append, h, replace } from './dom.js'
import { renderBrief } from './page-brief.js'
import { renderDocument } from './page-document.js'
import { renderEvent } from './page-event.js'
import { renderGraph } from './page-graph.js'
import { renderDocuments, renderEvents, renderOutlets, renderPeople } from './page-lists.js'
import { renderOutlet } from './page-outlet.js'
import { renderPerson } from './page-person.js'
import { renderSearch } from './page-search.js'
import { errorBox } from './widgets.js'

/**
 * What a page is given.
 * @typedef {{ name: string, arg: string, params: URLSearchParams, signal: AbortSignal, title: (text: string) => void }} Route
 * @typedef {(view: HTMLElement, route: Route) => Promise<void>} Page
 */

/** @type {Record<string, { page: Page, nav: string, needsArg?: boolean }>} */
const PAGES = {
  search: { page: renderSearch, nav: 'search' },
  person: { page: renderPerson, nav: 'people', needsArg: true },
  people: { page: renderPeople, nav: 'people' },
  event: { page: renderEvent, nav: 'events', needsArg: true },
  events: { page: renderEvents, nav: 'events' },
  outlet: { page: renderOutlet, nav: 'outlets', needsArg: true },
  outlets: { page: renderOutlets, nav: 'outlets' },
  document: { page: renderDocument, nav: 'documents', needsArg: true },
  documents: { page: renderDocuments, nav: 'documents' },
  brief: { page: renderBrief, nav: 'brief' },
  graph: { page: renderGraph, nav: 'graph' },
}

/** "#/person/person:ilsa-varga?x=1" → { name: 'person', arg: 'person:ilsa-varga', params } */
export function parseHash(/** @type {string} */ hash) {
  const raw = hash.replace(/^#\/?/, '')
  const q = raw.indexOf('?')
  const path = q < 0 ? raw : raw.slice(0, q)
  const slash = path.indexOf('/')
  const name = (slash < 0 ? path : path.slice(0, slash)) || 'search'
  let arg = slash < 0 ? '' : path.slice(slash + 1)
  try {
    arg = decodeURIComponent(arg)
  } catch {
    // a malformed escape: taken as written
  }
  return { name, arg, params: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)) }
}

const main = /** @type {HTMLElement} */ (document.getElementById('main'))
/** @type {AbortController | undefined} */
let current

async function route() {
  current?.abort()
  const controller = new AbortController()
  current = controller
  const { name, arg, params } = parseHash(location.hash)
  const entry = PAGES[name]
  for (const a of document.querySelectorAll('nav.site a')) {
    if (a instanceof HTMLElement && a.dataset.nav === entry?.nav) a.setAttribute('aria-current', 'page')
    else a.removeAttribute('aria-current')
  }
  const view = h('div', { class: 'view', dataset: { page: name } })
  replace(main, view)
  window.scrollTo(0, 0)
  const title = (/** @type {string} */ text) => {
    if (!controller.signal.aborted) document.title = `${text} · Wirewatch`
  }
  if (!entry || (entry.needsArg && !arg)) {
    title('Not found')
    replace(view, h('h1', null, 'No such page'), h('p', null, 'This address names no page of Wirewatch. ', h('a', { href: '#/search' }, 'Search statements'), '.'))
    return
  }
  main.setAttribute('aria-busy', 'true')
  try {
    await entry.page(view, { name, arg, params, signal: controller.signal, title })
  } catch (error) {
    if (controller.signal.aborted) return
    append(view, errorBox(error))
  } finally {
    if (current === controller) {
      main.removeAttribute('aria-busy')
      view.dataset.ready = 'true'
    }
  }
}

document.querySelector('a.skip')?.addEventListener('click', (event) => {
  // The skip link moves the focus, not the address (which holds the page).
  event.preventDefault()
  main.focus()
})
window.addEventListener('hashchange', () => void route())
void route()
