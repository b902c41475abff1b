import { entityId } from '../core/ids.js'
import type { Document, Entity } from '../core/records.js'
import { extract } from '../extract/extract.js'
import { englishNames } from '../lexicon/names.js'
import type { InputDocument } from './input.js'

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** Extracts a read document and adds what the input itself says: title, date, URL, publishing outlet. */
export function toDocument(input: InputDocument): Document {
  const date = input.date && ISO.test(input.date) ? input.date : undefined
  const doc = extract(input.text, { ...(date ? { date } : {}), lang: input.lang ?? 'en' })
  if (input.title) doc.title = input.title
  if (input.url) doc.url = input.url
  if (input.outlet) {
    const outlet = outletEntity(input.outlet, input)
    doc.outlet = outlet.id
    const existing = doc.entities.find((e) => e.id === outlet.id)
    if (existing) existing.aliases = [...new Set([...existing.aliases, ...outlet.aliases])]
    else doc.entities.push(outlet)
    // What a document publishes reached us through its publisher.
    for (const s of doc.statements) if (!s.via.includes(outlet.id)) s.via.push(outlet.id)
  }
  return doc
}

function outletEntity(name: string, input: InputDocument): Entity {
  const known = englishNames.outlets.get(name.toLowerCase())
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
