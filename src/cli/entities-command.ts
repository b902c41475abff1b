// `wirewatch entities merge|split|alias`: corrections to who is who, made in the store. A merge
// is remembered: later ingests send the merged-away id to the entity that absorbed it.

import type { Command } from 'commander'
import type { Store } from '../index.js'
import type { CliIo } from './io.js'
import { addDbOption, withStore } from './store-option.js'

const EXAMPLES = `
Examples:
  wirewatch entities merge person:ilsa-varga person:i-varga person:varga
  wirewatch entities split person:ilsa-varga --alias "Petr Varga" --alias "P. Varga"
  wirewatch entities alias person:ilsa-varga "Ильса Варга" "Minister Varga"

Ids are shown by \`wirewatch entity NAME\`. For corrections that must hold in every store, put
them in a registry file instead (see \`wirewatch ingest --help\`).`

export function registerEntitiesCommand(program: Command, io: CliIo, finish: (exitCode: number) => void): void {
  const entities = program
    .command('entities')
    .summary('merge, split or alias entities in the store')
    .description('Correct who is who: merge entities that are one, split off one wrongly merged, add aliases.')
    .addHelpText('after', EXAMPLES)

  addDbOption(
    entities
      .command('merge')
      .description('merge the other entities into the first: their statements, aliases and roles move to it')
      .argument('<into>', 'the entity id that remains')
      .argument('<from...>', 'entity ids merged into it'),
  ).action(async (into: string, from: string[], flags: { db?: string }) => {
    const { statements } = await edit(flags.db, (store) => store.mergeEntities(into, from))
    io.stdout.write(`merged ${from.join(', ')} into ${into}: ${statements} statement${statements === 1 ? '' : 's'} changed\n`)
    finish(0)
  })

  addDbOption(
    entities
      .command('split')
      .description('split off a new entity known by the given aliases, with the statements whose speaker was written so')
      .argument('<id>', 'the entity id to split')
      .requiredOption('--alias <alias>', 'an alias that belongs to the new entity (repeatable)', collect, [])
      .option('--name <name>', 'the new entity’s name (default: the first alias)'),
  ).action(async (id: string, flags: { alias: string[]; name?: string; db?: string }) => {
    const split = await edit(flags.db, (store) => store.splitEntity(id, flags.alias, flags.name))
    io.stdout.write(`split ${split.id} off ${id}: ${split.statements} statement${split.statements === 1 ? '' : 's'} moved\n`)
    finish(0)
  })

  addDbOption(
    entities
      .command('alias')
      .description('add aliases (other spellings, other scripts) to an entity')
      .argument('<id>', 'the entity id')
      .argument('<aliases...>', 'the aliases to add'),
  ).action(async (id: string, aliases: string[], flags: { db?: string }) => {
    const { added } = await edit(flags.db, (store) => store.addAliases(id, aliases))
    io.stdout.write(`${added} new alias${added === 1 ? '' : 'es'} for ${id}\n`)
    finish(0)
  })

  function edit<T>(db: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
    return withStore(db, io, work)
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}
