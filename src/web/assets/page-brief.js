// #/brief?speaker=…|event=…: a brief in the house style (date, lead, Source:, Details:, Quote:,
// background) from GET /briefs?…&format=json, each sentence with links to the statements it
// rests on; "Copy as Markdown" copies what GET /briefs?…&format=md answers.

import { ApiError, entity, get, hasEndpoint } from './api.js'
import { append, h, link, replace } from './dom.js'
import { day, entityHref, entityLink, page, statementHref } from './format.js'
import { eventTitle } from './page-person.js'
import { errorBox, loading, nameInput } from './widgets.js'

/** @typedef {import('./app.js').Route} Route */
/** @typedef {{ text: string, statements: string[], events?: string[], paragraph?: number }} Sentence */
/** @typedef {{ label: string, sentences: Sentence[] }} Paragraph */

/**
 * @param {HTMLElement} view
 * @param {Route} route
 */
export async function renderBrief(view, route) {
  const speaker = route.params.get('speaker')?.trim() ?? ''
  const event = route.params.get('event')?.trim() ?? ''
  /** @type {Record<string, string>} */
  const subject = event ? { event } : speaker ? { speaker } : {}
  route.title(speaker || event ? `Brief: ${speaker || event}` : 'Brief')
  append(view, h('h1', null, 'Brief'), briefForm(speaker, event, route.signal))
  if (!speaker && !event) {
    append(view, h('p', { class: 'muted' }, 'Name a speaker, or choose an event, for a brief in the house style: the lead, its sources, the details, the quotes, the background.'))
    return
  }
  const body = h('div', { class: 'brief-body' }, loading('Writing the brief…'))
  append(view, body)
  let brief
  try {
    brief = await get('/briefs', { ...subject, format: 'json' }, { signal: route.signal })
  } catch (error) {
    if (route.signal.aborted) return
    if (error instanceof ApiError && error.status === 404 && !(await hasEndpoint('/briefs'))) {
      body.replaceChildren(
        h(
          'p',
          { class: 'error', role: 'alert', dataset: { reason: 'no-endpoint' } },
          'Briefs are not available on this server yet: GET /briefs answered 404, and /openapi.json lists no such endpoint. A newer Wirewatch has them.',
        ),
      )
      return
    }
    body.replaceChildren(errorBox(error))
    return
  }
  replace(body, briefView(brief, subject, route.signal))
}

/**
 * The brief, and the Markdown tools.
 * @param {any} brief
 * @param {Record<string, string>} subject
 * @param {AbortSignal} signal
 */
function briefView(brief, subject, signal) {
  /** @type {string[]} */
  const cited = []
  const refs = (/** @type {Sentence} */ s) => [
    ...s.statements.map((id) => {
      let n = cited.indexOf(id) + 1
      if (n === 0) n = cited.push(id)
      return h('sup', { class: 'ref' }, link(statementHref(id), `[${n}]`, { title: `statement ${id}: the evidence`, dataset: { statement: id } }))
    }),
    ...(s.events ?? []).map((id) => h('sup', { class: 'ref' }, link(page('event', id), '[event]', { title: `the event ${id}` }))),
  ]
  // The label in bold, unless the text already begins with it ("Source: …").
  const paragraph = (/** @type {Paragraph} */ p) =>
    h(
      'p',
      null,
      p.label && !p.sentences[0]?.text.trimStart().startsWith(p.label) ? h('strong', null, `${p.label} `) : null,
      p.sentences.flatMap((s, i) => [i ? ' ' : '', h('span', { class: 'sentence' }, s.text), refs(s)]),
    )

  const who = subjectName(brief.subject)
  const source = sentences(brief.source)
  /** @type {{ id: string, name: string }[]} */
  const outlets = Array.isArray(brief.source?.outlets) ? brief.source.outlets.filter((/** @type {any} */ o) => typeof o?.id === 'string') : []
  const article = h(
    'article',
    { class: 'brief', 'aria-label': `Brief${who.text ? ` on ${who.text}` : ''}` },
    brief.date ? h('p', { class: 'brief-date' }, `date ${day(String(brief.date))}`) : null,
    who.text ? h('h2', null, who.href ? link(who.href, who.text) : who.text) : null,
    sentences(brief.lead).length ? h('div', { class: 'lead' }, paragraph({ label: '', sentences: sentences(brief.lead) })) : null,
    source.length ? paragraph({ label: 'Source:', sentences: source }) : null,
    outlets.length ? h('p', { class: ['muted', 'outlets'] }, 'Outlets: ', outlets.map((o, i) => [i ? ', ' : '', entityLink(o.id, o.name)])) : null,
    body(brief.details, brief.quotes).map(paragraph),
    paragraphs(brief.background).map((p) => paragraph({ label: '', sentences: p })),
  )
  if (!article.querySelector('p, h2')) append(article, h('p', { class: 'muted' }, 'The brief is empty: nothing is stored about this subject yet.'))

  const status = h('p', { class: ['muted', 'copy-status'], role: 'status', 'aria-live': 'polite' })
  const markdown = h('pre', { class: 'markdown', tabindex: '0' })
  const markdownBox = h('details', { class: 'markdown-box' }, h('summary', null, 'Markdown'), markdown)
  /** @type {Promise<string> | undefined} */
  let md
  const loadMarkdown = () => {
    md ??= get('/briefs', { ...subject, format: 'md' }, { as: 'text', signal }).then(
      (text) => {
        markdown.textContent = text
        return text
      },
      (error) => {
        md = undefined
        throw error
      },
    )
    return md
  }
  markdownBox.addEventListener('toggle', () => {
    if (markdownBox.open) loadMarkdown().catch((error) => (markdown.textContent = `Could not load the Markdown: ${error.message}`))
  })
  const copy = h(
    'button',
    {
      type: 'button',
      class: 'copy-md',
      onclick: async () => {
        status.textContent = 'Copying…'
        let text
        try {
          text = await loadMarkdown()
        } catch (error) {
          status.textContent = `Could not load the Markdown: ${error instanceof Error ? error.message : String(error)}`
          return
        }
        try {
          await navigator.clipboard.writeText(text)
          status.textContent = `Copied as Markdown (${text.length.toLocaleString('en')} characters).`
        } catch {
          // No clipboard (a page not served from localhost or https, or permission refused): select it for Ctrl-C.
          markdownBox.open = true
          const range = document.createRange()
          range.selectNodeContents(markdown)
          getSelection()?.removeAllRanges()
          getSelection()?.addRange(range)
          status.textContent = 'The browser would not copy: the Markdown is selected below; copy it with Ctrl-C (⌘-C).'
        }
      },
    },
    'Copy as Markdown',
  )
  return [h('div', { class: 'brief-tools' }, copy, status), article, cited.length ? h('p', { class: 'muted' }, `[n] links to the evidence of each statement the brief rests on.`) : null, markdownBox]
}

/**
 * The form: a speaker by name, or an event from the list.
 * @param {string} speaker
 * @param {string} event
 * @param {AbortSignal} signal
 */
function briefForm(speaker, event, signal) {
  const events = h('select', { id: 'f-event', name: 'event' }, h('option', { value: '' }, '(an event)'))
  if (event) append(events, h('option', { value: event, selected: true }, event))
  get('/events', { limit: 100 }, { signal }).then(
    (/** @type {import('./api.js').Page<import('./api.js').EventDetail>} */ found) => {
      for (const d of found.items) {
        const label = `${eventTitle(d)}${d.event.date ? `, ${day(d.event.date)}` : ''} (${d.event.status})`
        const existing = [...events.options].find((o) => o.value === d.event.id)
        if (existing) existing.textContent = label
        else append(events, h('option', { value: d.event.id }, label))
      }
    },
    () => {},
  )
  const speakerField = nameInput({ name: 'speaker', label: 'Speaker', value: speaker, placeholder: 'a name, e.g. a minister' })
  const input = /** @type {HTMLInputElement} */ (speakerField.querySelector('input'))
  // An id in the address (from a person's page) shows as the name.
  if (/^(?:person|organization):/.test(speaker)) {
    entity(speaker).then(
      (stored) => {
        if (stored && input.value === speaker) input.value = stored.entity.name
      },
      () => {},
    )
  }
  const form = h(
    'form',
    { class: 'brief-form' },
    speakerField,
    h('label', { class: 'field', for: 'f-event' }, h('span', null, 'or event'), events),
    h('button', { type: 'submit' }, 'Write the brief'),
  )
  // The field touched last decides: a speaker typed, or an event chosen.
  let by = event ? 'event' : 'speaker'
  input.addEventListener('input', () => (by = 'speaker'))
  events.addEventListener('change', () => (by = 'event'))
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    const ev = events.value.trim()
    const sp = input.value.trim()
    location.hash = page('brief', undefined, (by === 'event' && ev) || !sp ? { event: ev } : { speaker: sp })
  })
  return form
}

/**
 * Sentences from whatever the field holds: a sentence, a string, a list of either.
 * @param {unknown} value
 * @returns {Sentence[]}
 */
export function sentences(value) {
  if (value === null || value === undefined || value === '') return []
  if (typeof value === 'string') return [{ text: value, statements: [] }]
  if (Array.isArray(value)) return value.flatMap(sentences)
  if (typeof value === 'object') {
    const o = /** @type {Record<string, unknown>} */ (value)
    if (Array.isArray(o.sentences)) return sentences(o.sentences)
    if (typeof o.text === 'string') {
      const ids = o.statements ?? o.statementIds ?? []
      return [
        {
          text: o.text,
          statements: Array.isArray(ids) ? ids.map(String) : [],
          ...(Array.isArray(o.events) ? { events: o.events.map(String) } : {}),
          ...(typeof o.paragraph === 'number' ? { paragraph: o.paragraph } : {}),
        },
      ]
    }
  }
  return []
}

/**
 * Paragraphs: sentences that give their paragraph (a number) are grouped by it; otherwise a list
 * of lists is a list of paragraphs, and each item of a plain list is a paragraph of its own.
 * @param {unknown} value
 * @returns {Sentence[][]}
 */
export function paragraphs(value) {
  if (!Array.isArray(value)) return sentences(value).length ? [sentences(value)] : []
  /** @type {Sentence[][]} */
  const out = []
  let last
  for (const item of value) {
    const list = sentences(item)
    if (list.length === 0) continue
    const at = Array.isArray(item) ? undefined : list[0]?.paragraph
    if (at !== undefined && at === last) out[out.length - 1]?.push(...list)
    else out.push(list)
    last = at
  }
  return out
}

/**
 * The Details: and Quote: paragraphs in the order the brief gives them (by paragraph number when
 * it gives one): "Details:" before the first paragraph of details, "Quote:" before each quote.
 * @param {unknown} details
 * @param {unknown} quotes
 * @returns {Paragraph[]}
 */
export function body(details, quotes) {
  const tagged = [
    ...paragraphs(details).map((p, i) => ({ p, quote: false, i })),
    ...paragraphs(quotes).map((p, i) => ({ p, quote: true, i: 1000 + i })),
  ]
  const at = (/** @type {{ p: Sentence[], i: number }} */ t) => t.p[0]?.paragraph ?? t.i
  tagged.sort((a, b) => at(a) - at(b))
  let detailsSeen = false
  return tagged.map(({ p, quote }) => {
    const label = quote ? 'Quote:' : detailsSeen ? '' : 'Details:'
    if (!quote) detailsSeen = true
    return { label, sentences: p }
  })
}

/**
 * The subject's name and page: a string, an entity reference, or an event reference.
 * @param {unknown} subject
 * @returns {{ text: string, href?: string }}
 */
function subjectName(subject) {
  if (typeof subject === 'string') return { text: subject }
  if (subject && typeof subject === 'object') {
    let s = /** @type {Record<string, any>} */ (subject)
    // { type: 'speaker', speaker: {…} }, { type: 'event', event: {…} }, { type: 'document', document: {…} }
    if (s.type === 'document' && s.document && typeof s.document === 'object') {
      const d = s.document
      return { text: d.title ?? `document ${d.id}`, ...(typeof d.id === 'string' ? { href: page('document', d.id) } : {}) }
    }
    const wrapped = typeof s.type === 'string' && s[s.type] && typeof s[s.type] === 'object' ? s.type : undefined
    if (wrapped) s = s[wrapped]
    const id = typeof s.id === 'string' ? s.id : undefined
    const isEvent = wrapped === 'event' || (id !== undefined && (id.startsWith('event:') || (s.status !== undefined && s.name === undefined)))
    const text = typeof s.name === 'string' ? s.name : [s.type, s.place?.name ? `in ${s.place.name}` : '', s.date ? day(s.date) : ''].filter(Boolean).join(' ')
    return { text: text || id || '', ...(id ? { href: isEvent ? page('event', id) : entityHref(id) } : {}) }
  }
  return { text: '' }
}
