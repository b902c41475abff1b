// One word as a party to an event: a country adjective ("Ukrainian" → Ukraine), one of the
// document's names or a known place, a joined pair ("US-Russia"), or the adjective of a place the
// document names ("Valdorian" → Valdoria); and the place entities such words need.

import type { Entity } from '../../core/records.js'
import { entityId } from '../../core/ids.js'
import { span } from '../../core/span.js'
import type { NameLexicon } from '../../lexicon/names.js'
import { type Analysis, isCapitalized } from '../analysis.js'
import type { NameFindings } from '../entities.js'

/** Entity ids are "<type>:<slug>" (core/ids.ts). */
export function isPlaceId(id: string): boolean {
  return id.startsWith('place:')
}

export class PartyWords {
  /** Places named only by an adjective, by id, with the spans they were read from. */
  readonly extra = new Map<string, Entity>()
  private readonly known: Set<string>
  private forms: Map<string, string> | undefined

  constructor(
    private readonly a: Analysis,
    private readonly names: NameFindings,
    private readonly entityIds: readonly string[],
    private readonly nameLex: NameLexicon,
  ) {
    this.known = new Set(entityIds)
  }

  /** "Ukrainian" → place:ukraine; a document's own place by its adjective ("Valdorian" → Valdoria). */
  demonym(k: number): string | undefined {
    const { a } = this
    if (!isCapitalized(a, k)) return undefined
    return this.word(a.lower[k]!, a.tok.start(k), true)
  }

  /** "US-Russia", "Putin-Trump": every part must be a known name or adjective. */
  compound(k: number): string[] | undefined {
    const { a } = this
    const w = a.lower[k]!
    if (!w.includes('-') && !w.includes('–')) return undefined
    const ids: string[] = []
    let offset = a.tok.start(k)
    for (const part of w.split(/[-–]/)) {
      const id = part.length > 1 ? this.word(part, offset, false) : undefined
      if (!id) return undefined
      if (!ids.includes(id)) ids.push(id)
      offset += part.length + 1
    }
    return ids.length >= 2 ? ids : undefined
  }

  /** A single word as a party: a country adjective, or one of the document's names, or a known place. */
  private word(w: string, at: number, adjectiveOnly: boolean): string | undefined {
    const { nameLex } = this
    const country = nameLex.demonyms.get(w)
    if (country) return this.placeId(country, at, w.length)
    if (!adjectiveOnly) {
      const own = this.docForms().get(w)
      if (own) return own
      const alias = nameLex.placeAliases.get(w)
      if (alias) return this.placeId(alias, at, w.length)
      if (nameLex.places.has(w)) return this.placeId(this.a.text.slice(at, at + w.length), at, w.length)
    }
    // An adjective of a place the document names: "Valdorian" → Valdoria, "Kestran" → Kestrania.
    if (/(?:n|ese)$/.test(w)) {
      const forms = this.docForms()
      for (const stem of [w.slice(0, -1), w + 'ia', w.replace(/ian$/, 'y'), w.replace(/an$/, 'a'), w.replace(/ese$/, 'a')]) {
        const own = forms.get(stem)
        if (own && isPlaceId(own)) return own
      }
    }
    return undefined
  }

  private placeId(name: string, at: number, length: number): string {
    const id = entityId('place', name)
    if (!this.known.has(id)) {
      const e = this.extra.get(id)
      const mention = span(this.a.text, at, at + length)
      if (e) {
        if (!e.mentions.some((m) => m.start === at)) e.mentions.push(mention)
      } else this.extra.set(id, { id, type: 'place', name, aliases: [name], roles: [], mentions: [mention] })
    }
    return id
  }

  /** Lower-case forms of the document's names (and surnames of its people) → entity id. */
  private docForms(): Map<string, string> {
    if (this.forms) return this.forms
    const forms = new Map<string, string>()
    this.names.clusters.forEach((c, i) => {
      const id = this.entityIds[i]!
      for (const f of c.forms) {
        const lower = f.toLowerCase()
        if (!forms.has(lower)) forms.set(lower, id)
        if (c.type === 'person') forms.set(lower.slice(lower.lastIndexOf(' ') + 1), id)
      }
      forms.set(c.name.toLowerCase(), id)
    })
    this.forms = forms
    return forms
  }
}
