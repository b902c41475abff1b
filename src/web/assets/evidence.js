// A statement and its evidence: the sentence(s) of the source text around it, with the speaker
// as written (source), the cue and the content marked. Spans are UTF-16 offsets into the
// document's text, which is exactly how JavaScript strings count.

import { documentById } from './api.js'
import { h, link, shorten } from './dom.js'
import { day, entityLink, entityLinks, kindBadge, langBadge, page, stanceBadge, statementHref } from './format.js'

/** @typedef {import('./api.js').Statement} Statement */
/** @typedef {import('./api.js').SearchHit} SearchHit */
/** @typedef {import('./api.js').Span} Span */
/** @typedef {'source' | 'cue' | 'content' | 'other'} Role */
/** @typedef {{ start: number, end: number, role: Role, statement?: string }} Mark */

/** How far (UTF-16 units) to look for a sentence boundary, and to reach for a speaker named nearby. */
const REACH = 600
const NEAR = 400

/**
 * The text from `from` to `to` as text nodes and <mark>s: each stretch is marked with every role
 * whose spans cover it (a mention inside a quotation is both source and content).
 * @param {string} text
 * @param {readonly Mark[]} marks
 * @param {number} from
 * @param {number} to
 * @returns {Node[]}
 */
export function highlight(text, marks, from, to) {
  const inside = marks.filter((m) => m.end > from && m.start < to && m.end > m.start)
  const cuts = new Set([from, to])
  for (const m of inside) {
    cuts.add(Math.max(from, m.start))
    cuts.add(Math.min(to, m.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  /** @type {Node[]} */
  const nodes = []
  for (let i = 0; i + 1 < points.length; i++) {
    const a = /** @type {number} */ (points[i])
    const b = /** @type {number} */ (points[i + 1])
    const piece = text.slice(a, b)
    const covering = inside.filter((m) => m.start <= a && m.end >= b)
    if (covering.length === 0) {
      nodes.push(document.createTextNode(piece))
      continue
    }
    const roles = [...new Set(covering.map((m) => m.role))]
    const statement = covering.find((m) => m.statement)?.statement
    nodes.push(h('mark', { class: ['ev', ...roles.map((r) => `ev-${r}`)], title: roles.join(' + '), dataset: { statement } }, piece))
  }
  return nodes
}

/** The marks of one statement: its speaker as written, its cue, its content. */
export function statementMarks(/** @type {Statement} */ s) {
  /** @type {Mark[]} */
  const marks = s.speaker.mentions.map((m) => ({ start: m.start, end: m.end, role: /** @type {Role} */ ('source') }))
  if (s.cue) marks.push({ start: s.cue.start, end: s.cue.end, role: 'cue' })
  for (const c of s.content) marks.push({ start: c.start, end: c.end, role: 'content' })
  return marks
}

/**
 * Where the sentence that holds `pos` starts: after the last sentence end or line break before
 * it, looking back at most REACH units (then at a word boundary).
 * @param {string} text
 * @param {number} pos
 */
export function sentenceStart(text, pos) {
  const lo = Math.max(0, pos - REACH)
  const before = text.slice(lo, pos)
  let start = lo === 0 ? 0 : -1
  const boundary = /[.!?…]["'”’»)\]]*\s+|\n\s*/g
  for (let m = boundary.exec(before); m; m = boundary.exec(before)) start = lo + m.index + m[0].length
  if (start >= 0) return start
  const space = before.indexOf(' ')
  return space < 0 ? lo : lo + space + 1
}

/**
 * Where the sentence that holds `pos` ends (exclusive): after the next sentence end, or at the
 * next line break, looking ahead at most REACH units (then at a word boundary).
 * @param {string} text
 * @param {number} pos
 */
export function sentenceEnd(text, pos) {
  // A span that ends a sentence itself ("… must stay open.") ends it here.
  if (/[.!?…]["'”’»)\]]*$/.test(text.slice(Math.max(0, pos - 4), pos))) return pos
  const hi = Math.min(text.length, pos + REACH)
  const after = text.slice(pos, hi)
  const m = /[.!?…]["'”’»)\]]*(?=\s|$)|\n/.exec(after)
  if (m) return pos + m.index + (m[0] === '\n' ? 0 : m[0].length)
  if (hi === text.length) return hi
  const space = after.lastIndexOf(' ')
  return space < 0 ? hi : pos + space
}

/**
 * The stretch of text to show for a statement: the sentences of its cue and content, widened
 * to a speaker mention close by; mentions further away are returned apart.
 * @param {string} text
 * @param {Statement} s
 */
export function excerptRange(text, s) {
  const core = [...(s.cue ? [s.cue] : []), ...s.content]
  const spans = core.length ? core : s.speaker.mentions
  if (spans.length === 0) return { from: 0, to: Math.min(text.length, REACH), far: [] }
  let from = sentenceStart(text, Math.min(...spans.map((x) => x.start)))
  let to = sentenceEnd(text, Math.max(...spans.map((x) => x.end)))
  /** @type {Span[]} */
  const far = []
  for (const m of s.speaker.mentions) {
    if (m.start >= from && m.end <= to) continue
    if (m.end <= from && from - m.end <= NEAR) from = sentenceStart(text, m.start)
    else if (m.start >= to && m.start - to <= NEAR) to = sentenceEnd(text, m.end)
    else far.push(m)
  }
  const seen = s.speaker.mentions.some((m) => m.start >= from && m.end <= to)
  return { from, to, far: seen ? [] : far }
}

/**
 * The evidence of a statement in its document's text.
 * @param {Statement} s
 * @param {string} text
 * @param {string} documentId
 * @param {string} [lang] the document's language, for the excerpt's lang attribute
 */
export function evidence(s, text, documentId, lang) {
  const marks = statementMarks(s)
  const { from, to, far } = excerptRange(text, s)
  const excerpt = (/** @type {number} */ a, /** @type {number} */ b) =>
    h('blockquote', { class: 'excerpt', lang }, a > 0 ? '… ' : '', highlight(text, marks, a, b), b < text.length ? ' …' : '')
  const nearest = far.sort((x, y) => Math.abs(x.start - from) - Math.abs(y.start - from))[0]
  return h(
    'div',
    { class: 'evidence' },
    excerpt(from, to),
    nearest
      ? [h('p', { class: 'muted' }, 'The speaker is named further away in the text:'), excerpt(sentenceStart(text, nearest.start), sentenceEnd(text, nearest.end))]
      : null,
    h(
      'p',
      { class: ['legend', 'muted'] },
      h('mark', { class: ['ev', 'ev-source'] }, 'source'),
      ' ',
      h('mark', { class: ['ev', 'ev-cue'] }, 'cue'),
      ' ',
      h('mark', { class: ['ev', 'ev-content'] }, 'content'),
      ' · ',
      link(page('document', documentId, { s: s.id }), 'the whole document'),
    ),
  )
}

/**
 * A statement as a card: who, how, when, what, where it was published, and its evidence on demand.
 * @param {SearchHit} hit
 * @param {{ speaker?: boolean, event?: boolean, open?: boolean }} [options] speaker, event: false leaves them out (on their own page)
 */
export function statementCard(hit, options = {}) {
  const s = hit.statement
  const d = hit.document
  const panel = h('div', { class: 'evidence-panel', id: `ev-${s.id.replace(/[^\w-]/g, '-')}`, hidden: true })
  const toggle = h(
    'button',
    { type: 'button', class: 'link-button evidence-toggle', 'aria-expanded': 'false', 'aria-controls': panel.id },
    'Show evidence',
  )
  let loaded = false
  const show = async () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true'
    toggle.setAttribute('aria-expanded', String(open))
    toggle.textContent = open ? 'Hide evidence' : 'Show evidence'
    panel.hidden = !open
    if (!open || loaded) return
    loaded = true
    panel.replaceChildren(h('p', { class: 'muted' }, 'Loading the document…'))
    try {
      const stored = await documentById(d.id)
      panel.replaceChildren(evidence(s, stored.document.text, d.id, stored.document.lang))
    } catch (error) {
      loaded = false
      panel.replaceChildren(h('p', { class: 'error' }, `Could not load the document: ${error instanceof Error ? error.message : String(error)}`))
    }
  }
  toggle.addEventListener('click', () => void show())
  const via = s.via.filter((id) => id !== d.outletId)
  const said = s.content.map((c) => c.text).join(' … ')
  const card = h(
    'article',
    { class: 'statement', dataset: { statement: s.id } },
    h(
      'header',
      null,
      options.speaker === false ? null : speakerLabel(s),
      ' ',
      kindBadge(s.kind),
      ' ',
      stanceBadge(s.stance),
      ' ',
      langBadge(d.lang),
      ' ',
      h('time', { class: 'muted', title: s.dateUncertain ? "the document's date: the text gives none" : 'when it was said' }, s.date ? `${day(s.date)}${s.dateUncertain ? '?' : ''}` : 'undated'),
    ),
    // The words as said, marked with their language (the document's), so that they are read and
    // hyphenated as that language; the card around them is in English.
    h('p', { class: 'content' }, said ? h('q', { lang: d.lang }, said) : '(no content)'),
    h(
      'p',
      { class: ['meta', 'muted'] },
      link(statementHref(s.id), d.title ? shorten(d.title, 90) : `document ${d.id}`, { class: 'doc-link' }),
      d.outletId ? [' · ', entityLink(d.outletId, d.outlet)] : d.outlet ? ` · ${d.outlet}` : null,
      via.length ? [' · via ', entityLinks(via)] : null,
      s.event && options.event !== false ? [' · ', link(page('event', s.event), 'the event')] : null,
      s.about.length ? [' · about ', entityLinks(s.about)] : null,
    ),
    h('div', { class: 'actions' }, toggle),
    panel,
  )
  if (options.open) void show()
  return card
}

/** Who said it: a link to the speaker's page, the role, or the words that name an unknown speaker. */
export function speakerLabel(/** @type {Statement} */ s) {
  const role = s.speaker.role ? h('span', { class: 'muted' }, `, ${s.speaker.role}`) : null
  if (s.speaker.entity) return h('span', { class: 'speaker' }, entityLink(s.speaker.entity, s.speaker.name ?? undefined), role)
  const written = s.speaker.mentions[0]?.text
  return h('span', { class: 'speaker' }, s.speaker.name ?? 'unknown speaker', written && written !== s.speaker.name ? h('span', { class: 'muted' }, ` (“${written}”)`) : null, role)
}

/**
 * A list of statement cards, or a line saying there are none.
 * @param {readonly SearchHit[]} hits
 * @param {string} none
 * @param {{ speaker?: boolean, event?: boolean }} [options]
 */
export function statementList(hits, none, options = {}) {
  if (hits.length === 0) return h('p', { class: 'muted' }, none)
  return h('ol', { class: 'statements' }, hits.map((hit) => h('li', null, statementCard(hit, options))))
}
