import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WirewatchError } from '../core/errors.js'
import { OUTLET_KINDS, loadOutletRegistry, shippedOutletRegistry } from './outlet-registry.js'
import { englishNames, namesWithOutlets } from './names.js'

const dir = mkdtempSync(join(tmpdir(), 'wirewatch-outlets-'))
let files = 0
/** Writes `data` (JSON unless a string) to a fresh file and returns its path. */
function file(data: unknown): string {
  const path = join(dir, `outlets-${++files}.json`)
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data))
  return path
}

function failure(fn: () => unknown): WirewatchError {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(WirewatchError)
    return err as WirewatchError
  }
  throw new Error('expected a WirewatchError')
}

describe('the shipped outlet registry', () => {
  const byName = (name: string) => shippedOutletRegistry.byName.get(name.toLowerCase())

  it('holds well-known outlets of every kind, each with a valid kind and country', () => {
    expect(shippedOutletRegistry.outlets.length).toBeGreaterThanOrEqual(120)
    for (const kind of OUTLET_KINDS) expect(shippedOutletRegistry.outlets.some((o) => o.kind === kind), kind).toBe(true)
    for (const o of shippedOutletRegistry.outlets) {
      expect(OUTLET_KINDS, o.name).toContain(o.kind)
      if (o.country) expect(o.country, o.name).toMatch(/^[A-Z]{2}$/)
    }
  })

  it('knows Russian and Ukrainian outlets by Cyrillic names and transliterations', () => {
    expect(byName('ТАСС')?.name).toBe('TASS')
    expect(byName('РИА Новости')?.name).toBe('RIA Novosti')
    expect(byName('Коммерсантъ')?.name).toBe('Kommersant')
    expect(byName('Izvestiya')?.name).toBe('Izvestia')
    expect(byName('Первый канал')?.name).toBe('Channel One')
    expect(byName('Dozhd')?.name).toBe('TV Rain')
    expect(byName('Укрінформ')?.name).toBe('Ukrinform')
    expect(byName('Українська правда')?.name).toBe('Ukrainska Pravda')
    expect(byName('Суспільне')?.name).toBe('Suspilne')
  })

  it('labels documented ownership', () => {
    expect(byName('TASS')).toMatchObject({ kind: 'news agency', country: 'RU', labels: ['state-owned'] })
    expect(byName('Xinhua')?.labels).toEqual(['state-owned'])
    expect(byName('Reuters')?.labels).toBeUndefined()
  })

  it('keeps ambiguous names out of plain name lookup', () => {
    expect(byName('Bloomberg')).toBeUndefined()
    expect(shippedOutletRegistry.byAmbiguousName.get('bloomberg')?.name).toBe('Bloomberg News')
  })

  it('is what loadOutletRegistry() returns and what the name lexicon uses', () => {
    expect(loadOutletRegistry()).toBe(shippedOutletRegistry)
    expect(namesWithOutlets(shippedOutletRegistry)).toBe(englishNames)
    expect(englishNames.outlets).toBe(shippedOutletRegistry.byName)
  })
})

describe('a user outlet registry', () => {
  it('adds outlets, overrides shipped ones by name or alias, and removes them', () => {
    const registry = loadOutletRegistry(
      file({
        outlets: [
          { name: 'Severny Vestnik', aliases: ['Северный вестник'], kind: 'newspaper', country: 'RU' },
          { name: 'ТАСС', labels: ['state-owned', 'Kremlin-aligned'], aliases: ['TASS.ru'] },
          { name: 'Breitbart', remove: true },
        ],
      }),
    )
    expect(registry.byName.get('северный вестник')).toMatchObject({ name: 'Severny Vestnik', kind: 'newspaper' })
    // Matched through its Cyrillic alias: the entry's name becomes canonical, the old name an alias.
    const tass = registry.byName.get('tass')!
    expect(tass).toMatchObject({ name: 'ТАСС', kind: 'news agency', country: 'RU', labels: ['state-owned', 'Kremlin-aligned'] })
    expect(tass.aliases).toEqual(expect.arrayContaining(['TASS', 'Itar-Tass', 'TASS.ru']))
    expect(registry.byName.get('breitbart')).toBeUndefined()
    expect(registry.outlets).toHaveLength(shippedOutletRegistry.outlets.length)
    expect(registry.origin).toMatch(/^shipped \+ .*outlets-\d+\.json$/)
    // The shipped registry is untouched.
    expect(shippedOutletRegistry.byName.get('tass')?.labels).toEqual(['state-owned'])
    const lex = namesWithOutlets(registry)
    expect(lex.outlets).toBe(registry.byName)
    expect(namesWithOutlets(registry)).toBe(lex)
  })

  it('shares a file with the people-and-organisations registry', () => {
    const both = loadOutletRegistry(file({ entities: [{ name: 'Ilsa Varga', type: 'person' }], outlets: [{ name: 'Kaal Meriva', kind: 'telegram channel' }] }))
    expect(both.byName.get('kaal meriva')?.kind).toBe('telegram channel')
    expect(loadOutletRegistry(file({ entities: [] })).outlets).toHaveLength(shippedOutletRegistry.outlets.length)
  })

  it('accepts a bare array', () => {
    expect(loadOutletRegistry(file([{ name: 'Kaal Meriva', kind: 'telegram channel' }])).byName.get('kaal meriva')?.kind).toBe('telegram channel')
  })

  it('reports a missing or unreadable file with its code', () => {
    expect(failure(() => loadOutletRegistry(join(dir, 'nope.json'))).code).toBe('E_INPUT_NOT_FOUND')
    expect(failure(() => loadOutletRegistry(dir)).code).toBe('E_INPUT_UNREADABLE')
  })

  it('names the file and the entry in every validation error', () => {
    const cases: [unknown, RegExp][] = [
      ['{ "outlets": [', /not valid JSON/],
      [{ outlet: [] }, /unknown top-level field "outlet"/],
      [{ outlets: {} }, /"outlets" must be an array/],
      [{ outlets: [{ name: 'Kaal Meriva' }] }, /outlets\[0\] \("Kaal Meriva"\): a new outlet needs a "kind"/],
      [{ outlets: [{ name: 'Kaal Meriva', kind: 'blog' }] }, /outlets\[0\] \("Kaal Meriva"\): "kind" must be one of .*"telegram channel", got "blog"/],
      [{ outlets: [{ name: 'Kaal Meriva', kind: 'website', country: 'Russia' }] }, /outlets\[0\] \("Kaal Meriva"\): "country" must be an ISO 3166-1 alpha-2 code/],
      [{ outlets: [{ name: 'Kaal Meriva', kind: 'website', alias: ['KM'] }] }, /outlets\[0\] \("Kaal Meriva"\): unknown field "alias"/],
      [{ outlets: [{ name: 'Kaal Meriva', kind: 'website', aliases: 'KM' }] }, /"aliases" must be an array of non-empty strings/],
      [{ outlets: [{ kind: 'website' }] }, /outlets\[0\]: "name" must be a non-empty string/],
      [{ outlets: ['TASS'] }, /outlets\[0\]: each outlet must be an object/],
      [{ outlets: [{ name: 'A', kind: 'website', aliases: ['KM'] }, { name: 'B', kind: 'website', aliases: ['km'] }] }, /outlets\[1\] \("B"\): the name "km" is also given by outlets\[0\]/],
      [{ outlets: [{ name: 'TASS', aliases: ['Interfax'] }] }, /outlets\[0\] \("TASS"\): its names match several outlets \("TASS" and "Interfax"\)/],
      [{ outlets: [{ name: 'Kaal Meriva', remove: true }] }, /outlets\[0\] \("Kaal Meriva"\): "remove" names no known outlet/],
    ]
    for (const [data, message] of cases) {
      const path = file(data)
      const err = failure(() => loadOutletRegistry(path))
      expect(err.code).toBe('E_INPUT_MALFORMED')
      expect(err.message).toContain(path)
      expect(err.message).toMatch(message)
    }
  })

  it('refuses a path that is not a string', () => {
    expect(() => loadOutletRegistry('')).toThrow(TypeError)
  })
})
