// #/document/{id}?s={statement}: a stored document whole, every statement's content underlined
// and the chosen statement's source, cue and content marked; its sources and how it was read.

import { documentById } from './api.js'
import { append, h, link, shorten } from './dom.js'
import { day, entityLink, kindBadge, langBadge, languageName, page, stanceBadge } from './format.js'
import { highlight, speakerLabel, statementMarks } from './evidence.js'
import { facts, section } from './widgets.js'

/** @typedef {import('./app.js').Route} Route */
/** @typedef {import('./evidence.js').Mark} Mark */

/**
 * @param {HTMLElement} view
 * @param {Route} route
 */
export async function renderDocument(view, route) {
  const { document: doc, provenance } = await documentById(route.arg, route.signal)
  route.title(doc.title ?? `Document ${doc.id}`)
  const names = new Map(doc.entities.map((e) => [e.id, e.name]))
  let selected = doc.statements.find((s) => s.id === route.params.get('s'))

  const text = h('div', { class: 'doc-text', lang: doc.lang })
  const list = h('ol', { class: 'doc-statements' })
  const draw = () => {
    // The chosen statement's marks first: where marks overlap, a click keeps to it.
    /** @type {Mark[]} */
    const marks = selected ? statementMarks(selected).map((m) => ({ ...m, statement: /** @type {string} */ (selected?.id) })) : []
    for (const s of doc.statements) {
      if (s === selected) continue
      for (const c of s.content) marks.push({ start: c.start, end: c.end, role: 'other', statement: s.id })
    }
    text.replaceChildren(...highlight(doc.text, marks, 0, doc.text.length))
    for (const li of list.children) {
      if (li instanceof HTMLElement) li.toggleAttribute('aria-current', li.dataset.statement === selected?.id)
    }
  }
  const select = (/** @type {string} */ id, scroll = true) => {
    selected = doc.statements.find((s) => s.id === id)
    history.replaceState(null, '', page('document', doc.id, { s: id }))
    draw()
    if (scroll) text.querySelector('mark.ev-content, mark.ev-cue')?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }
  text.addEventListener('click', (event) => {
    const mark = event.target instanceof Element ? event.target.closest('mark[data-statement]') : null
    if (mark instanceof HTMLElement && mark.dataset.statement && mark.dataset.statement !== selected?.id) select(mark.dataset.statement, false)
  })
  append(list, 
    ...doc.statements.map((s) =>
      h(
        'li',
        { dataset: { statement: s.id } },
        h('button', { type: 'button', class: 'link-button', onclick: () => select(s.id) }, 'Show'),
        ' ',
        speakerLabel(s),
        ' ',
        kindBadge(s.kind),
        ' ',
        stanceBadge(s.stance),
        ' ',
        h('span', { class: 'muted', lang: doc.lang }, shorten(s.content.map((c) => c.text).join(' … '), 160)),
      ),
    ),
  )

  append(view, 
    h('p', { class: ['kicker', 'muted'] }, 'document'),
    h('h1', doc.title ? { lang: doc.lang } : null, doc.title ?? `Document ${doc.id}`),
    facts([
      ['Date', doc.date ? day(doc.date) : null],
      ['Outlet', doc.outlet ? entityLink(doc.outlet, names.get(doc.outlet)) : null],
      ['Address', doc.url ? link(doc.url, doc.url) : null],
      [
        'Sources',
        doc.sources.length
          ? doc.sources.flatMap((c, i) => [i ? '; ' : '', entityLink(c.outlet, names.get(c.outlet)), c.descriptor ? ` (${c.descriptor})` : '', c.medium ? `, ${c.medium}` : ''])
          : null,
      ],
      ['Read from', `${provenance.origin} (${provenance.reader}), ${day(provenance.ingestedAt)}`],
      ['Republishes', provenance.nearDuplicateOf ? link(page('document', provenance.nearDuplicateOf), provenance.nearDuplicateOf) : null],
      ['Language', [langBadge(doc.lang), ' ', languageName(doc.lang)]],
    ]),
    h(
      'p',
      { class: ['legend', 'muted'] },
      'Marked: ',
      h('mark', { class: ['ev', 'ev-source'] }, 'source'),
      ' ',
      h('mark', { class: ['ev', 'ev-cue'] }, 'cue'),
      ' ',
      h('mark', { class: ['ev', 'ev-content'] }, 'content'),
      ' of the chosen statement; ',
      h('mark', { class: ['ev', 'ev-other'] }, 'underlined'),
      ': the others (click one to choose it).',
    ),
    text,
    section(`Statements (${doc.statements.length})`, list),
  )
  draw()
  if (selected) requestAnimationFrame(() => text.querySelector('mark.ev-content, mark.ev-cue')?.scrollIntoView({ block: 'center' }))
}
