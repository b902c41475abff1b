import { entityId } from '../../core/ids.js'
import type { Entity, Span } from '../../core/records.js'
import { span } from '../../core/span.js'
import { namesWithOutlets } from '../../lexicon/names.js'
import { findNames } from '../entities.js'
import { mergeEntity } from '../pipeline/context.js'
import { stage } from '../pipeline/stage.js'

/**
 * Names of people, organisations, places and outlets (entities.ts), clustered within the document
 * ("Pavel Danecki" … "Danecki"); each cluster becomes an entity with every form seen as an alias.
 * The lexicon is English's titles, roles and known names with the registry's outlets.
 */
export function findNameMentions() {
  return stage('names', ['analysis'], ['nameLexicon', 'names', 'clusterIds'], (doc, ctx) => {
    const lex = namesWithOutlets(ctx.options.outlets)
    const a = ctx.a
    const names = findNames(a, lex)
    const ids = names.clusters.map((c) => entityId(c.type, c.name))
    ctx.set('nameLexicon', lex)
    ctx.set('names', names)
    ctx.set('clusterIds', ids)
    names.clusters.forEach((c, index) => {
      const aliases = new Set<string>(c.forms)
      const mentions: Span[] = []
      for (const m of c.mentions) {
        const [from, to] = [a.tok.start(m.titleStart), a.tok.end(m.end - 1)]
        if (m.titleStart < m.start) aliases.add(a.text.slice(from, to))
        mentions.push(span(a.text, a.tok.start(m.start), to))
      }
      const outlet = c.outlet
      const entity: Entity = {
        id: ids[index]!,
        type: c.type,
        name: c.name,
        aliases: [c.name, ...[...aliases].filter((x) => x !== c.name)],
        roles: [...c.roles],
        ...(outlet ? { kind: outlet.kind, ...(outlet.labels ? { labels: [...outlet.labels] } : {}) } : {}),
        mentions,
      }
      mergeEntity(doc.entities, entity)
    })
  })
}
