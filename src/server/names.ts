// Names and ids → stored entities, for the parameters that take either (timeline subjects, event
// participants), and the names behind the ids a record holds: the library's (query/subject), so
// that a name means the same entity here as in the CLI. The API's answers never name an entity the
// store does not know, so its `refs` leave such ids out.

import { EntityNames as LibraryEntityNames, type EntityRef } from '../index.js'

export { type EntityRef, entitiesNamed, entityById, refOf } from '../index.js'

/** Entities by id, each read once per request. */
export class EntityNames extends LibraryEntityNames {
  /** The entities behind these ids, each once; an id the store does not know is left out. */
  override refs(ids: readonly string[]): Promise<EntityRef[]> {
    return this.knownRefs(ids)
  }
}
