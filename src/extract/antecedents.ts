// Lookups behind "the ministry" and "the Kremlin spokesman" as speakers: which organisation or
// person such a phrase refers back to. Built per document, per noun, on first use, so that a
// document of thousands of statements and names resolves each phrase without a scan of them all.

import { countWhile } from '../core/bisect.js'
import type { NameFindings } from './entities.js'

/**
 * How many people with a matching role, the most recently introduced first, "the spokesman" may
 * refer to. News reintroduces a person who has been away for long; the window keeps a document of
 * thousands of people linear.
 */
export const ROLE_REACH = 64

export class Antecedents {
  private readonly organisations = new Map<string, number[]>()
  private readonly people = new Map<string, { clusters: number[]; firstSeen: number[] }>()

  constructor(private readonly names: NameFindings) {}

  /** The cluster of the latest organisation mention before token `at` whose name holds `noun` ("the ministry"), or -1. */
  organisationBefore(at: number, noun: string): number {
    let mentions = this.organisations.get(noun)
    if (!mentions) {
      // Mention indices, in text order, of organisations whose name holds the noun.
      mentions = []
      this.names.mentions.forEach((m, k) => {
        const c = this.names.clusters[m.entity]!
        if (c.type === 'organization' && c.name.toLowerCase().includes(noun)) mentions!.push(k)
      })
      this.organisations.set(noun, mentions)
    }
    const k = countWhile(mentions.length, (i) => this.names.mentions[mentions![i]!]!.titleStart < at) - 1
    return k < 0 ? -1 : this.names.mentions[mentions[k]!]!.entity
  }

  /**
   * People first named before token `at` with a role holding `noun`, at most ROLE_REACH of them,
   * the most recently introduced first: cluster indices.
   */
  peopleWithRole(at: number, noun: string): number[] {
    let found = this.people.get(noun)
    if (!found) {
      const clusters: number[] = []
      this.names.clusters.forEach((c, index) => {
        if (c.type === 'person' && c.roles.some((r) => r.toLowerCase().includes(noun))) clusters.push(index)
      })
      clusters.sort((x, y) => this.names.clusters[x]!.mentions[0]!.start - this.names.clusters[y]!.mentions[0]!.start || x - y)
      found = { clusters, firstSeen: clusters.map((c) => this.names.clusters[c]!.mentions[0]!.start) }
      this.people.set(noun, found)
    }
    const { clusters, firstSeen } = found
    const last = countWhile(clusters.length, (i) => firstSeen[i]! <= at) - 1
    const out: number[] = []
    for (let i = last; i >= 0 && out.length < ROLE_REACH; i--) out.push(clusters[i]!)
    return out
  }
}
