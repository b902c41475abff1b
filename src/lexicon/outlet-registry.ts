import { readFileSync } from 'node:fs'
import { WirewatchError } from '../core/errors.js'
import { entityId } from '../core/ids.js'
import type { Entity, OutletKind, Span } from '../core/records.js'
import shipped from './registry/outlets.json' with { type: 'json' }

// The outlet registry: the outlets Wirewatch knows by name, with their kind, country and documented
// ownership labels. The shipped registry is data (registry/outlets.json, its fields described at its
// top); a user file in the same shape extends or overrides it. A registry is built once and then
// only read: extraction looks names up in its maps.

export interface OutletEntry {
  /** Canonical name: "RIA Novosti". */
  name: string
  /** Names that always mean this outlet, any script: "РИА Новости", "RIA". */
  aliases: string[]
  /** Names that also mean other things ("Bloomberg"): recognised only where a text frames them as a channel. */
  ambiguousAliases?: string[]
  kind: OutletKind
  /** ISO 3166-1 alpha-2. */
  country?: string
  /** Documented ownership or funding: "state-owned", "public broadcaster". */
  labels?: string[]
}

export interface OutletRegistry {
  readonly outlets: readonly OutletEntry[]
  /** Lower-case name or alias → outlet; ambiguous aliases are not here. */
  readonly byName: ReadonlyMap<string, OutletEntry>
  /** Lower-case ambiguous alias → outlet. */
  readonly byAmbiguousName: ReadonlyMap<string, OutletEntry>
  /** Where the entries came from: "shipped", or "shipped + <path>". */
  readonly origin: string
}

export const OUTLET_KINDS: readonly OutletKind[] = ['news agency', 'newspaper', 'broadcaster', 'website', 'telegram channel']

const ENTRY_FIELDS = new Set(['name', 'aliases', 'ambiguousAliases', 'kind', 'country', 'labels', 'remove', 'comment'])
const TOP_FIELDS = new Set(['outlets', '$comment', 'comment', 'fields', '$schema'])
/** Keys of the other registries a user file may hold beside "outlets" (src/ingest/registry.ts). */
const OTHER_REGISTRIES = new Set(['entities', 'merges'])
const COUNTRY = /^[A-Z]{2}$/

interface RawEntry {
  name: string
  aliases?: string[]
  ambiguousAliases?: string[]
  kind?: OutletKind
  country?: string
  labels?: string[]
  remove?: true
}

/** The outlet entity for a name as `written`: the registry's outlet (its name, aliases, kind and labels) when `entry` is one, else the written name alone. */
export function outletEntity(entry: OutletEntry | undefined, written: string, mentions: Span[]): Entity {
  const name = entry?.name ?? written
  return {
    id: entityId('outlet', name),
    type: 'outlet',
    name,
    aliases: [...new Set([name, written, ...(entry?.aliases ?? [])])],
    roles: [],
    ...(entry?.kind ? { kind: entry.kind } : {}),
    ...(entry?.labels?.length ? { labels: [...entry.labels] } : {}),
    mentions,
  }
}

/** The registry shipped with Wirewatch, built once. */
export const shippedOutletRegistry: OutletRegistry = buildShipped()

function buildShipped(): OutletRegistry {
  const entries = validate(shipped, 'registry/outlets.json (shipped)', false).map(complete)
  return makeRegistry(entries, 'shipped', 'registry/outlets.json (shipped)')
}

/**
 * The outlet registry to extract with: the shipped one, or the shipped one extended by the user file
 * at `path` (the same shape as src/lexicon/registry/outlets.json). A user entry that shares a name or
 * alias with a shipped outlet overrides its name, kind, country and labels (those it gives) and adds
 * its aliases; `"remove": true` drops the shipped outlet; any other entry is a new outlet and needs a kind.
 * Throws a WirewatchError: E_INPUT_NOT_FOUND, E_INPUT_UNREADABLE, or E_INPUT_MALFORMED naming the file and the entry.
 */
export function loadOutletRegistry(path?: string): OutletRegistry {
  if (path === undefined) return shippedOutletRegistry
  if (typeof path !== 'string' || path === '') throw new TypeError('loadOutletRegistry: path must be a non-empty string')
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new WirewatchError('E_INPUT_NOT_FOUND', `${path}: outlet registry not found`, { cause: err })
    throw new WirewatchError('E_INPUT_UNREADABLE', `${path}: cannot read the outlet registry (${code ?? String(err)})`, { cause: err })
  }
  let data: unknown
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (err) {
    throw new WirewatchError('E_INPUT_MALFORMED', `${path}: the outlet registry is not valid JSON: ${(err as Error).message}`, { cause: err })
  }
  return extendOutletRegistry(shippedOutletRegistry, data, path)
}

/** `base` extended by entries in the registry file shape (`{ "outlets": [...] }` or a bare array); `origin` names them in errors. */
export function extendOutletRegistry(base: OutletRegistry, data: unknown, origin: string): OutletRegistry {
  const user = validate(data, origin, true)
  const entries: (OutletEntry | null)[] = base.outlets.map(copy)
  // Which base entry each lower-case name belongs to.
  const owner = new Map<string, number>()
  entries.forEach((e, n) => {
    for (const key of keysOf(e!)) owner.set(key, n)
  })
  user.forEach((raw, k) => {
    const where = `${origin}: outlets[${k}] ("${raw.name}")`
    const matched = [...new Set(keysOf(raw).map((key) => owner.get(key)).filter((n): n is number => n !== undefined))]
    if (matched.length > 1) {
      const names = matched.map((n) => `"${entries[n]?.name}"`).join(' and ')
      throw new WirewatchError('E_INPUT_MALFORMED', `${where}: its names match several outlets (${names}); give them as separate entries`)
    }
    const n = matched[0]
    if (n === undefined) {
      if (raw.remove) throw new WirewatchError('E_INPUT_MALFORMED', `${where}: "remove" names no known outlet`)
      if (!raw.kind) throw new WirewatchError('E_INPUT_MALFORMED', `${where}: a new outlet needs a "kind" (${OUTLET_KINDS.join(', ')})`)
      const added = complete(raw)
      for (const key of keysOf(added)) owner.set(key, entries.length)
      entries.push(added)
      return
    }
    const old = entries[n]
    if (!old) throw new WirewatchError('E_INPUT_MALFORMED', `${where}: names an outlet removed by an earlier entry`)
    if (raw.remove) {
      entries[n] = null
      return
    }
    const aliases = unique([...old.aliases, ...(old.name.toLowerCase() !== raw.name.toLowerCase() ? [old.name] : []), ...(raw.aliases ?? [])]).filter((x) => x.toLowerCase() !== raw.name.toLowerCase())
    const strict = new Set(aliases.map((x) => x.toLowerCase()))
    const ambiguous = unique([...(old.ambiguousAliases ?? []), ...(raw.ambiguousAliases ?? [])]).filter((x) => !strict.has(x.toLowerCase()) && x.toLowerCase() !== raw.name.toLowerCase())
    const merged: OutletEntry = {
      name: raw.name,
      aliases,
      ...(ambiguous.length ? { ambiguousAliases: ambiguous } : {}),
      kind: raw.kind ?? old.kind,
      ...((raw.country ?? old.country) ? { country: raw.country ?? old.country } : {}),
      ...((raw.labels ?? old.labels) ? { labels: [...(raw.labels ?? old.labels)!] } : {}),
    }
    entries[n] = merged
    for (const key of keysOf(merged)) owner.set(key, n)
  })
  return makeRegistry(
    entries.filter((e): e is OutletEntry => e !== null),
    `${base.origin} + ${origin}`,
    origin,
  )
}

function makeRegistry(outlets: OutletEntry[], origin: string, errorOrigin: string): OutletRegistry {
  const byName = new Map<string, OutletEntry>()
  const byAmbiguousName = new Map<string, OutletEntry>()
  for (const o of outlets) {
    for (const n of [o.name, ...o.aliases]) claim(byName, n, o, errorOrigin)
  }
  for (const o of outlets) {
    for (const n of o.ambiguousAliases ?? []) {
      if (byName.get(n.toLowerCase()) === o) continue
      claim(byName, n, o, errorOrigin, true)
      claim(byAmbiguousName, n, o, errorOrigin)
    }
  }
  return { outlets, byName, byAmbiguousName, origin }
}

/** Checks that no name means two outlets; with `probe`, only checks. */
function claim(map: Map<string, OutletEntry>, name: string, o: OutletEntry, origin: string, probe = false): void {
  const key = name.toLowerCase()
  const other = map.get(key)
  if (other && other !== o) {
    throw new WirewatchError('E_INPUT_MALFORMED', `${origin}: "${name}" names both "${other.name}" and "${o.name}"; an alias may belong to one outlet only`)
  }
  if (!probe) map.set(key, o)
}

function validate(data: unknown, origin: string, user: boolean): RawEntry[] {
  let list: unknown = data
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const keys = Object.keys(data)
    for (const key of keys) {
      if (!TOP_FIELDS.has(key) && !OTHER_REGISTRIES.has(key)) throw malformed(origin, `unknown top-level field "${key}" (expected ${[...TOP_FIELDS].join(', ')})`)
    }
    list = (data as { outlets?: unknown }).outlets
    if (list === undefined) {
      // A file of people and organisations only extends nothing here.
      if (user && keys.some((k) => OTHER_REGISTRIES.has(k))) return []
      throw malformed(origin, 'no "outlets" array')
    }
  }
  if (!Array.isArray(list)) throw malformed(origin, '"outlets" must be an array of outlet entries (or the file a bare array)')
  const seen = new Map<string, string>()
  return list.map((item, k) => {
    const label = item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string' ? ` ("${(item as { name: string }).name}")` : ''
    const where = `outlets[${k}]${label}`
    const entry = validateEntry(item, origin, where, user)
    for (const key of keysOf(entry)) {
      const first = seen.get(key)
      if (first && first !== where) throw malformed(origin, `${where}: the name "${key}" is also given by ${first}; an alias may belong to one outlet only`)
      seen.set(key, where)
    }
    return entry
  })
}

function validateEntry(item: unknown, origin: string, where: string, user: boolean): RawEntry {
  const fail = (message: string) => malformed(origin, `${where}: ${message}`)
  if (item === null || typeof item !== 'object' || Array.isArray(item)) throw fail('each outlet must be an object')
  const o = item as Record<string, unknown>
  for (const key of Object.keys(o)) {
    if (!ENTRY_FIELDS.has(key)) throw fail(`unknown field "${key}" (expected ${[...ENTRY_FIELDS].join(', ')})`)
  }
  if (typeof o.name !== 'string' || o.name.trim() === '') throw fail('"name" must be a non-empty string')
  const entry: RawEntry = { name: o.name.trim() }
  for (const field of ['aliases', 'ambiguousAliases', 'labels'] as const) {
    const value = o[field]
    if (value === undefined) continue
    if (!Array.isArray(value) || value.some((x) => typeof x !== 'string' || x.trim() === '')) throw fail(`"${field}" must be an array of non-empty strings`)
    entry[field] = unique(value.map((x: string) => x.trim()))
  }
  if (o.kind !== undefined) {
    if (typeof o.kind !== 'string' || !OUTLET_KINDS.includes(o.kind as OutletKind)) {
      throw fail(`"kind" must be one of ${OUTLET_KINDS.map((k) => `"${k}"`).join(', ')}, got ${JSON.stringify(o.kind)}`)
    }
    entry.kind = o.kind as OutletKind
  } else if (!user) throw fail('"kind" is required')
  if (o.country !== undefined) {
    if (typeof o.country !== 'string' || !COUNTRY.test(o.country)) throw fail(`"country" must be an ISO 3166-1 alpha-2 code in capitals ("RU"), got ${JSON.stringify(o.country)}`)
    entry.country = o.country
  }
  if (o.remove !== undefined) {
    if (!user) throw fail('"remove" belongs in a user registry, not the shipped one')
    if (o.remove !== true) throw fail('"remove" must be true when given')
    entry.remove = true
  }
  if (o.comment !== undefined && typeof o.comment !== 'string') throw fail('"comment" must be a string')
  return entry
}

function malformed(origin: string, message: string): WirewatchError {
  return new WirewatchError('E_INPUT_MALFORMED', `${origin}: ${message}`)
}

function complete(raw: RawEntry): OutletEntry {
  return {
    name: raw.name,
    aliases: (raw.aliases ?? []).filter((x) => x.toLowerCase() !== raw.name.toLowerCase()),
    ...(raw.ambiguousAliases?.length ? { ambiguousAliases: raw.ambiguousAliases } : {}),
    kind: raw.kind!,
    ...(raw.country ? { country: raw.country } : {}),
    ...(raw.labels?.length ? { labels: raw.labels } : {}),
  }
}

function copy(e: OutletEntry): OutletEntry {
  return { ...e, aliases: [...e.aliases], ...(e.ambiguousAliases ? { ambiguousAliases: [...e.ambiguousAliases] } : {}), ...(e.labels ? { labels: [...e.labels] } : {}) }
}

function keysOf(e: { name: string; aliases?: string[]; ambiguousAliases?: string[] }): string[] {
  return [...new Set([e.name, ...(e.aliases ?? []), ...(e.ambiguousAliases ?? [])].map((x) => x.toLowerCase()))]
}

function unique(xs: string[]): string[] {
  const seen = new Set<string>()
  return xs.filter((x) => {
    const k = x.toLowerCase()
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
