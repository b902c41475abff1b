// `wirewatch entity NAME`: what the store knows about a person, organisation, place or outlet:
// aliases, roles over time, the outlets that quote them, counts. A name that matches several
// entities shows the best and lists the others with their ids.

import type { Command } from 'commander'
import { type StoredEntity, WirewatchError } from '../index.js'
import type { CliIo } from './io.js'
import { candidatesFor, isStrong, json, plural } from './query-common.js'
import { addDbOption, withStore } from './store-option.js'
import { printable } from './printable.js'

const EXAMPLES = `
Examples:
  wirewatch entity Varga                  by a last name: the best known Varga, and the others
  wirewatch entity person:ilsa-varga      by id
  wirewatch entity "Aster News" --json    an outlet: kind and labels too`

/** The --json output: the StoredEntity's fields, and the other entities the name matched. */
export interface EntityReport extends StoredEntity {
  otherMatches: { id: string; type: string; name: string; documentCount?: number }[]
}

export function registerEntityCommand(program: Command, io: CliIo, finish: (exitCode: number) => void): void {
  addDbOption(
    program
      .command('entity')
      .summary('what is known about a person, organisation, place or outlet')
      .description('A person, organisation, place or outlet: its aliases, roles with the dates they were seen, the outlets that quote it, and how often it speaks and is spoken about.')
      .argument('<name...>', 'a name, an alias, a last name, the start of a name, or an entity id')
      .option('--json', 'print the entity as JSON'),
  )
    .addHelpText('after', EXAMPLES)
    .action(async (words: string[], flags: { json?: boolean; db?: string }) => {
      const name = words.join(' ').trim()
      if (!name) throw new WirewatchError('E_USAGE', 'give a name or an entity id')
      const report = await withStore(flags.db, io, async (store) => {
        const candidates = await candidatesFor(store, name)
        const [best, ...rest] = candidates
        if (!best) return undefined
        // Beside an exact match, names that merely start the same way are noise.
        const others = isStrong(best) ? rest.filter(isStrong) : rest
        const otherMatches = others.map(({ stored: s }) => ({
          id: s.entity.id,
          type: s.entity.type,
          name: s.entity.name,
          ...(s.documentCount !== undefined ? { documentCount: s.documentCount } : {}),
        }))
        // Name lookups leave out the outlets that carry an entity; the one shown has them.
        const shown = (await store.getEntity(best.stored.entity.id)) ?? best.stored
        return { ...shown, otherMatches } satisfies EntityReport
      })
      if (!report) throw new WirewatchError('E_NOT_FOUND', `no person, organisation, place or outlet is stored under the name or id "${name}"`)
      io.stdout.write(flags.json ? json(report) : printable(formatEntity(report, name)))
      finish(0)
    })
}

export function formatEntity(r: EntityReport, asked: string): string {
  const e = r.entity
  const row = (label: string, value: string): string => `${label.padEnd(13)}${value}`
  const roles = r.roleHistory?.length ? r.roleHistory.map((h) => `${h.role}${seen(h.firstSeen, h.lastSeen)}`) : e.roles
  const lines = [
    `${e.name} — ${e.type}${e.kind ? `, ${e.kind}` : ''} — ${e.id}`,
    row('aliases', e.aliases.join(', ') || '—'),
    ...(e.translation ? [row('translation', e.translation)] : []),
    ...(e.labels?.length ? [row('labels', e.labels.join(', '))] : []),
    ...(roles.length ? [row('roles', roles.join('; '))] : []),
    ...(r.outlets?.length ? [row('quoted by', r.outlets.map((o) => `${o.name} (${o.statements})`).join(', '))] : []),
    row('seen', `${r.firstSeen ? `${r.firstSeen === r.lastSeen ? r.firstSeen : `${r.firstSeen} to ${r.lastSeen}`}, ` : ''}in ${plural(r.documentCount ?? 0, 'document')}`),
    row('statements', `${r.statementCount} made, ${r.aboutCount} about ${e.type === 'person' ? 'them' : 'it'}`),
  ]
  if (r.otherMatches.length) {
    lines.push('', `"${asked}" also matches:`)
    for (const o of r.otherMatches) lines.push(`  ${o.name} — ${o.type} — ${o.id}${o.documentCount !== undefined ? ` (${plural(o.documentCount, 'document')})` : ''}`)
    lines.push(`To see one of them: wirewatch entity ${quoteArg(r.otherMatches[0]!.id)}`)
  }
  return `${lines.join('\n')}\n`
}

/** " (2026-03-01 to 2026-03-10)", " (2026-03-01)", or "" without dates. */
function seen(first?: string, last?: string): string {
  if (!first && !last) return ''
  if (!first || !last || first === last) return ` (${first ?? last})`
  return ` (${first} to ${last})`
}

function quoteArg(id: string): string {
  return /^[\w:.-]+$/.test(id) ? id : `"${id}"`
}
