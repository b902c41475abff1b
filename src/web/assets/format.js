// Addresses of the pages, and how values read: names for ids, dates, stances, kinds.

import { entity } from './api.js'
import { h, link } from './dom.js'

/** @typedef {import('./api.js').Stance} Stance */

/** Ids keep their colons in addresses: #/person/person:ilsa-varga. */
export function enc(/** @type {string} */ value) {
  return encodeURIComponent(value).replace(/%3A/gi, ':')
}

/**
 * The address of a page: page('search', { q: 'harbour' }) → "#/search?q=harbour".
 * @param {string} name
 * @param {string} [arg]
 * @param {Record<string, string | number | undefined | null>} [params]
 */
export function page(name, arg, params = {}) {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && String(v) !== '') q.set(k, String(v))
  const s = q.toString()
  return `#/${name}${arg === undefined ? '' : `/${enc(arg)}`}${s ? `?${s}` : ''}`
}

/** The page of an entity: outlets have their own; people, organisations and places share one. */
export function entityHref(/** @type {string} */ id) {
  return id.startsWith('outlet:') ? page('outlet', id) : page('person', id)
}

/** Where a statement is shown in its document. */
export function statementHref(/** @type {string} */ statementId) {
  const documentId = statementId.slice(0, statementId.lastIndexOf(':'))
  return page('document', documentId, { s: statementId })
}

/** "person:ilsa-varga" → "Ilsa Varga": a name to show until the real one arrives. */
export function nameFromId(/** @type {string} */ id) {
  const slug = id.slice(id.indexOf(':') + 1)
  return slug
    .split('-')
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ')
}

/**
 * A link to an entity's page, with its name; without one, the name is read from the store.
 * @param {string} id
 * @param {string} [name]
 */
export function entityLink(id, name) {
  const a = link(entityHref(id), name ?? nameFromId(id), { class: 'entity', dataset: { id } })
  if (name === undefined) {
    entity(id).then(
      (stored) => {
        if (stored) a.textContent = stored.entity.name
      },
      () => {},
    )
  }
  return a
}

/**
 * Links to several entities, separated by commas.
 * @param {readonly string[]} ids
 */
export function entityLinks(ids) {
  return ids.flatMap((id, i) => (i ? [', ', entityLink(id)] : [entityLink(id)]))
}

/** "2026-03-19T09:15:00Z" → "2026-03-19". */
export function day(/** @type {string | undefined} */ date) {
  return date ? date.slice(0, 10) : ''
}

export const STANCES = /** @type {const} */ (['support', 'oppose', 'skeptical', 'neutral'])

/** A stance as a coloured badge (the colour is the class; the word is there for everyone). */
export function stanceBadge(/** @type {Stance | undefined} */ stance) {
  return h('span', { class: ['badge', `stance-${stance ?? 'none'}`], title: stance ? `stance: ${stance}` : 'no stance found' }, stance ?? 'no stance')
}

/** A statement's kind as a badge. */
export function kindBadge(/** @type {string} */ kind) {
  return h('span', { class: ['badge', 'kind'], title: KIND_TITLES[kind] ?? kind }, kind)
}

/** @type {Record<string, string>} */
const KIND_TITLES = {
  direct: 'direct: only quoted words',
  indirect: 'indirect: reported speech',
  mixed: 'mixed: reported speech with quoted words',
}

/** The languages Wirewatch reads, with their names: the choices of the language filters. */
export const LANGUAGES = /** @type {const} */ ([
  ['en', 'English'],
  ['ru', 'Russian'],
  ['uk', 'Ukrainian'],
])

/** A language's name: "ru" → "Russian"; a code Wirewatch has no name for stays the code. */
export function languageName(/** @type {string} */ lang) {
  return LANGUAGES.find(([code]) => code === lang)?.[1] ?? lang
}

/** A statement's or a document's language as a small badge, "RU", its name on hover. */
export function langBadge(/** @type {string | undefined} */ lang) {
  if (!lang) return null
  return h('abbr', { class: ['badge', 'lang'], title: `in ${languageName(lang)}` }, lang.toUpperCase())
}

/** An event status as a badge. */
export function statusBadge(/** @type {string} */ status) {
  return h('span', { class: ['badge', `status-${status}`] }, status)
}

/** "3 statements", "1 statement". */
export function count(/** @type {number} */ n, /** @type {string} */ word, plural = `${word}s`) {
  return `${n.toLocaleString('en')} ${n === 1 ? word : plural}`
}
