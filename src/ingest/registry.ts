import { readFileSync } from 'node:fs'
import { MAX_ID_LENGTH, entityId } from '../core/ids.js'
import { WirewatchError } from '../core/errors.js'
import type { EntityType } from '../core/records.js'
import { nameKey } from '../store/names.js'
import { type OutletRegistry, extendOutletRegistry, shippedOutletRegistry } from '../lexicon/outlet-registry.js'

// The user's registry of people and organisations: names, aliases in any script, roles, and
// merges (an id that must always become another). Applied on ingest, before the store's own
// knowledge: what the user wrote wins. A JSON file:
//
//   {
//     "entities": [
//       { "name": "Ilsa Varga", "type": "person", "aliases": ["Varga", "Ильза Варга"], "roles": ["Trade Minister"] }
//     ],
//     "merges": { "person:i-varga": "person:ilsa-varga" },
//     "outlets": [{ "name": "Harbor Ledger", "kind": "newspaper", "country": "VA" }]
//   }
//
// An entity's id is made from its type and name as extraction makes it (person:ilsa-varga) unless
// the entry gives one. "outlets" extends the shipped outlet registry (lexicon/outlet-registry: the
// same entry shape as src/lexicon/registry/outlets.json).

export interface RegistryEntity {
  id: string
  type: EntityType
  name: string
  aliases: string[]
  roles: string[]
}

export interface Registry {
  entities: RegistryEntity[]
  /** Name key → the entity it names; a key two entries share names neither (ambiguous). */
  byKey: Map<string, RegistryEntity>
  /** Id → the id it must become. */
  merges: Map<string, string>
  /** The outlets extraction recognises: the shipped registry, extended by the file's "outlets". */
  outlets: OutletRegistry
}

const TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'place', 'outlet'])

export const EMPTY_REGISTRY: Registry = { entities: [], byKey: new Map(), merges: new Map(), outlets: shippedOutletRegistry }

/** Reads and checks a registry file; every problem is reported with the file and the entry. */
export function loadRegistry(path: string): Registry {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (err) {
    const e = err as NodeJS.ErrnoException
    if (e.code === 'ENOENT') throw new WirewatchError('E_INPUT_NOT_FOUND', `registry ${path}: no such file`)
    throw new WirewatchError('E_INPUT_MALFORMED', `registry ${path}: ${e instanceof SyntaxError ? `not valid JSON (${e.message})` : e.message}`)
  }
  return parseRegistry(raw, path)
}

export function parseRegistry(raw: unknown, path = 'registry'): Registry {
  const fail = (where: string, problem: string) => new WirewatchError('E_INPUT_MALFORMED', `registry ${path}: ${where}: ${problem}`)
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw fail('top level', 'must be an object with "entities" and/or "merges"')
  const { entities = [], merges = {}, outlets } = raw as { entities?: unknown; merges?: unknown; outlets?: unknown }
  if (!Array.isArray(entities)) throw fail('"entities"', 'must be an array')
  if (merges === null || typeof merges !== 'object' || Array.isArray(merges)) throw fail('"merges"', 'must be an object of "from id": "to id"')

  const list: RegistryEntity[] = entities.map((entry: unknown, i) => {
    const where = `entities[${i}]`
    if (entry === null || typeof entry !== 'object') throw fail(where, 'must be an object')
    const e = entry as Record<string, unknown>
    if (typeof e.name !== 'string' || e.name.trim() === '') throw fail(where, '"name" must be a non-empty string')
    const type = e.type ?? 'person'
    if (typeof type !== 'string' || !TYPES.has(type)) throw fail(`${where} (${e.name})`, `"type" must be one of ${[...TYPES].join(', ')}`)
    for (const field of ['aliases', 'roles'] as const) {
      if (e[field] !== undefined && (!Array.isArray(e[field]) || !(e[field] as unknown[]).every((x) => typeof x === 'string' && x.trim() !== ''))) {
        throw fail(`${where} (${e.name})`, `"${field}" must be a list of non-empty strings`)
      }
    }
    if (e.id !== undefined && (typeof e.id !== 'string' || !e.id.startsWith(`${type}:`))) throw fail(`${where} (${e.name})`, `"id" must start with "${type}:"`)
    // The API takes ids up to this length; a longer one would be stored and never found again.
    if (typeof e.id === 'string' && e.id.length > MAX_ID_LENGTH) throw fail(`${where} (${e.name})`, `"id" must be at most ${MAX_ID_LENGTH} characters`)
    const name = e.name.trim()
    return {
      id: (e.id as string | undefined) ?? entityId(type, name),
      type: type as EntityType,
      name,
      aliases: [...new Set([name, ...((e.aliases as string[] | undefined) ?? []).map((a) => a.trim())])],
      roles: ((e.roles as string[] | undefined) ?? []).map((r) => r.trim()),
    }
  })

  const byKey = new Map<string, RegistryEntity>()
  const ambiguous = new Set<string>()
  for (const e of list) {
    for (const alias of e.aliases) {
      const key = nameKey(alias)
      const had = byKey.get(key)
      if (had && had.id !== e.id) ambiguous.add(key)
      else byKey.set(key, e)
    }
  }
  for (const key of ambiguous) byKey.delete(key)

  const mergeMap = new Map<string, string>()
  for (const [from, to] of Object.entries(merges as Record<string, unknown>)) {
    if (typeof to !== 'string' || !to.includes(':')) throw fail(`merges["${from}"]`, 'must be an entity id such as "person:ilsa-varga"')
    if (from === to) throw fail(`merges["${from}"]`, 'merges an id into itself')
    if (to.length > MAX_ID_LENGTH) throw fail(`merges["${from.slice(0, 60)}"]`, `must be an id of at most ${MAX_ID_LENGTH} characters`)
    mergeMap.set(from, to)
  }
  for (const [from] of mergeMap) {
    // Follow chains (a → b → c); a cycle is an error the user must fix.
    const seen = new Set([from])
    let to = mergeMap.get(from)!
    while (mergeMap.has(to)) {
      if (seen.has(to)) throw fail(`merges["${from}"]`, 'the merges form a cycle')
      seen.add(to)
      to = mergeMap.get(to)!
    }
    mergeMap.set(from, to)
  }
  const outletRegistry = outlets === undefined ? shippedOutletRegistry : extendOutletRegistry(shippedOutletRegistry, { outlets }, `registry ${path}`)
  return { entities: list, byKey, merges: mergeMap, outlets: outletRegistry }
}
