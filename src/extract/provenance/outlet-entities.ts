// Outlet entities: those the text names as a channel (merged into the document's entities, with
// the spans they were read from), and those a Telegram export's forwarding chain names.

import type { Entity, Span } from '../../core/records.js'
import { entityId } from '../../core/ids.js'
import { span } from '../../core/span.js'
import type { OutletRegistry } from '../../lexicon/outlet-registry.js'
import type { Analysis } from '../analysis.js'
import { type NameFindings, mentionAt } from '../entities.js'
import type { OutletFound } from './outlets.js'

/** Where each outlet entity's mentions start, so that an outlet named thousands of times is checked in constant time. */
const mentionStarts = new WeakMap<Entity, Set<number>>()

/** The entity of an outlet found in the text, kept once per id in `outlets`; its span as a mention unless a name mention has it already. */
export function outletEntity(a: Analysis, o: OutletFound, names: NameFindings, entityIds: readonly string[], outlets: Map<string, Entity>): Entity {
  const written = a.tok.slice(o.start, o.end)
  const name = o.entry?.name ?? written
  const id = entityId('outlet', name)
  const labels = [...(o.entry?.labels ?? []), ...o.descriptors.map((k) => a.tok.text(k))]
  let entity = outlets.get(id)
  if (!entity) {
    const kind = o.entry?.kind ?? o.kind
    entity = {
      id,
      type: 'outlet',
      name,
      aliases: [...new Set([name, written, ...(o.entry?.aliases ?? [])])],
      roles: [],
      ...(kind ? { kind } : {}),
      mentions: [],
    }
    outlets.set(id, entity)
  } else if (!entity.aliases.includes(written)) entity.aliases.push(written)
  if (labels.length) entity.labels = [...new Set([...(entity.labels ?? []), ...labels])]
  const m = mentionAt(names, o.start)
  const named = m !== undefined && m.start === o.start && m.end === o.end && entityIds[m.entity] === id
  const [from, to] = a.tok.charRange(o.start, o.end)
  const mention: Span = span(a.text, from, to)
  if (!named) {
    let starts = mentionStarts.get(entity)
    if (!starts) mentionStarts.set(entity, (starts = new Set(entity.mentions.map((x) => x.start))))
    if (!starts.has(mention.start)) {
      starts.add(mention.start)
      entity.mentions.push(mention)
    }
  }
  return entity
}

/**
 * The outlets a Telegram export's forwarding chain names ("forwarded from …"), outer first: known
 * outlets as the registry has them, others as Telegram channels. No span: the text does not name them.
 */
export function forwardingOutlets(chain: readonly string[], registry: OutletRegistry): Entity[] {
  const out: Entity[] = []
  for (const written of chain) {
    const name = written.trim()
    if (!name) continue
    const entry = registry.byName.get(name.toLowerCase()) ?? registry.byAmbiguousName.get(name.toLowerCase())
    const canonical = entry?.name ?? name
    const id = entityId('outlet', canonical)
    if (out.some((e) => e.id === id)) continue
    out.push({
      id,
      type: 'outlet',
      name: canonical,
      aliases: [...new Set([canonical, name, ...(entry?.aliases ?? [])])],
      roles: [],
      kind: entry?.kind ?? 'telegram channel',
      ...(entry?.labels ? { labels: [...entry.labels] } : {}),
      mentions: [],
    })
  }
  return out
}
