import { entityId } from '../core/ids.js'
import { isIsoDate } from '../core/iso-date.js'
import type { Document, Entity } from '../core/records.js'
import { findDateMentions } from '../extract/dates.js'
import { extract } from '../extract/extract.js'
import { englishNames } from '../lexicon/names.js'
import type { InputDocument } from './input.js'
import type { OutletRegistry } from '../lexicon/outlet-registry.js'


/**
 * Extracts a read document and adds what the input itself says: title, date, URL, publishing outlet.
 * `received`: the day it was read (YYYY-MM-DD), for a wire dateline that states no year.
 */
export function toDocument(input: InputDocument, outlets?: OutletRegistry, received?: string): Document {
  const date = (input.date && isIsoDate(input.date) ? input.date : undefined) ?? bylineDate(input.text)
  // A forwarded Telegram post reached us through the channels it was forwarded from, too.
  const forwardedFrom = input.forwardedFrom?.length ? { forwardedFrom: input.forwardedFrom } : {}
  const doc = extract(input.text, { ...(date ? { date } : {}), ...(input.lang ? { declaredLang: input.lang } : {}), ...forwardedFrom, ...(outlets ? { outlets } : {}), ...(received ? { received } : {}) })
  if (input.title) doc.title = input.title
  if (input.url) doc.url = input.url
  if (input.outlet) {
    const outlet = outletEntity(input.outlet, input, outlets)
    doc.outlet = outlet.id
    const existing = doc.entities.find((e) => e.id === outlet.id)
    if (existing) existing.aliases = [...new Set([...existing.aliases, ...outlet.aliases])]
    else doc.entities.push(outlet)
    // What a document publishes reached us through its publisher.
    for (const s of doc.statements) if (!s.via.includes(outlet.id)) s.via.push(outlet.id)
  }
  return doc
}

const BYLINE = /^(?:by\s.+|[^\n]{0,40}\d{4}[^\n]{0,20})$/i

/** "By Mara Ostelin, Valdoria Wire Service, 19 March 2026": a wire story's date in its byline, near the top. */
function bylineDate(text: string): string | undefined {
  let start = 0
  for (let line = 0; line < 4 && start < text.length; line++) {
    const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start)
    if (BYLINE.test(text.slice(start, end).trim())) {
      const found = findDateMentions(text, start, end, undefined, 'en').find((m) => m.certain)
      if (found) return found.date
    }
    start = end + 1
  }
  return undefined
}

function outletEntity(name: string, input: InputDocument, outlets: OutletRegistry | undefined): Entity {
  const known = (outlets?.byName ?? englishNames.outlets).get(name.toLowerCase())
  const canonical = known?.name ?? name
  const kind = known?.kind ?? (input.reader === 'telegram' ? 'telegram channel' : undefined)
  return {
    id: entityId('outlet', canonical),
    type: 'outlet',
    name: canonical,
    aliases: [...new Set([canonical, name, ...(known?.aliases ?? [])])],
    roles: [],
    ...(kind ? { kind } : {}),
    ...(known?.labels ? { labels: [...known.labels] } : {}),
    mentions: [],
  }
}
