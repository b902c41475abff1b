import { dropRestatements } from '../restatements.js'
import { resolveSpeakers } from '../speakers.js'
import { stage } from '../pipeline/stage.js'

/**
 * Who each statement's source is (speakers.ts): a name, a role ("the Kremlin spokesman"), a
 * pronoun resolved to the person last named, or nobody. A statement restating an outer one by
 * the same speaker is then dropped (restatements.ts).
 */
export function resolveStatementSpeakers() {
  return stage('speakers', ['analysis', 'nameLexicon', 'names', 'attributions'], ['drafts'], (_doc, ctx) => {
    const attributions = ctx.get('attributions')
    const speakers = resolveSpeakers(ctx.a, ctx.get('nameLexicon'), ctx.get('names'), attributions)
    const drafts = attributions.map((attribution, n) => ({ attribution, speaker: speakers[n]!, via: [] }))
    ctx.set('drafts', dropRestatements(ctx.a, drafts))
  })
}
