// Which name mentions are one entity: a person's full name and later surname, a place's aliases,
// an outlet's registry name; the fullest form names the cluster.

import type { EntityCluster, NameMention } from './entities.js'

function wordCount(name: string): number {
  let n = 1
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) === 32) n++
  return n
}

/**
 * Groups mentions: people by full name, a lone surname joining the latest full name that ends
 * with it ("Putin" → "Vladimir Putin"); places by their canonical name ("US", "the United States"
 * → "United States"); other types by their name. The fullest form is canonical.
 */
export function clusterEntities(mentions: NameMention[], placeWordEnding: RegExp, placeAliases: Map<string, string>): EntityCluster[] {
  const clusters: EntityCluster[] = []
  const byKey = new Map<string, number>()
  const bySurname = new Map<string, number>()
  const personWords = new Map<string, number>()
  for (const m of mentions) {
    if (m.type === 'person' && m.end - m.start >= 2) personWords.set(m.name.slice(m.name.lastIndexOf(' ') + 1).toLowerCase(), 1)
  }
  for (const m of mentions) {
    const lower = m.name.toLowerCase()
    const lone = !lower.includes(' ')
    const surname = lone ? lower : lower.slice(lower.lastIndexOf(' ') + 1)
    // A lone capitalised word that is some person's surname is that person.
    if (m.tentative && personWords.has(lower)) m.type = 'person'
    else if (m.tentative && placeWordEnding.test(lower)) m.type = 'place'
    let index: number | undefined
    if (m.type === 'person') {
      index = lone ? bySurname.get(surname) : byKey.get('person:' + lower)
      if (index === undefined && !lone) {
        // "Vladimir Putin" after a lone "Putin": adopt the earlier cluster if it has no full name yet.
        const earlier = bySurname.get(surname)
        if (earlier !== undefined && !clusters[earlier]!.name.includes(' ')) index = earlier
      }
    }
    const canonical = m.type === 'place' ? placeAliases.get(lower) : undefined
    const key = m.type + ':' + (m.outlet?.name.toLowerCase() ?? canonical?.toLowerCase() ?? lower)
    if (m.type !== 'person') index = byKey.get(key)
    if (index === undefined) {
      index = clusters.length
      clusters.push({ type: m.type, name: m.outlet?.name ?? canonical ?? m.name, forms: new Set(), roles: [], mentions: [], ...(m.outlet ? { outlet: m.outlet } : {}) })
    }
    const c = clusters[index]!
    c.mentions.push(m)
    c.forms.add(m.name)
    if (m.role && !c.roles.includes(m.role)) c.roles.push(m.role)
    if (m.gender && !c.gender) c.gender = m.gender
    if (m.type === 'person' && wordCount(m.name) > wordCount(c.name)) c.name = m.name
    m.entity = index
    byKey.set(key, index)
    if (m.type === 'person') bySurname.set(surname, index)
  }
  return clusters
}
