import { canonicalOrder, nameKey } from '../store/names.js'
import type { NameForm, Store } from '../store/store.js'
import { EMPTY_REGISTRY, type Registry } from './registry.js'
import { Resolver } from './resolve.js'

// After a commit: the names whose meaning depends on the evidence (resolve.ts, NameUse) are decided
// again for every name key the commit touched, with everything stored, and the store rewrites the
// documents whose use of them now differs. The keys wait in the store (pending_names) from the
// commit on, so a crash before this runs leaves them for the next ingest to settle.

/** Rounds at most: a rewrite that moves a full name between people makes their last names pending again. */
const MAX_ROUNDS = 20

/** Settles every pending name key; returns how many documents were rewritten. */
export async function settleNames(store: Store, registry: Registry = EMPTY_REGISTRY): Promise<number> {
  let documents = 0
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const { pending, forms } = await store.pendingNames()
    if (pending.length === 0) break
    await store.mergeSpellings(pending.map((k) => k.key))
    const decided = await new Resolver(store, registry).decide(forms)
    const decisions = alikeAsOne(forms.map((f, k) => ({ ...f, entity: decided[k]! })))
    documents += (await store.redecideNames(decisions, pending)).documents
  }
  return documents
}

/**
 * Names left standing for themselves that are spelled alike ("Major" and "Mayor" read alike, as
 * do "World War I" and "World War II") are one entity: the id canonicalOrder puts first, whichever
 * came first. Merging them instead could not be undone when the evidence later sends them elsewhere.
 */
function alikeAsOne(decisions: (NameForm & { entity: string | null })[]): (NameForm & { entity: string | null })[] {
  const family = (type: string) => (type === 'outlet' ? 'organization' : type)
  const first = new Map<string, NameForm>()
  const alone = new Set(decisions.filter((d) => d.rawId !== '' && d.entity === d.rawId))
  for (const d of alone) {
    const group = `${family(d.type)} ${nameKey(d.name)}`
    const had = first.get(group)
    if (!had || canonicalOrder(d.type, d.rawId, had.type, had.rawId) < 0) first.set(group, d)
  }
  return decisions.map((d) => (alone.has(d) ? { ...d, entity: first.get(`${family(d.type)} ${nameKey(d.name)}`)!.rawId } : d))
}
