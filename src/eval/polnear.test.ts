import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WirewatchError } from '../core/errors.js'
import { ENGLISH_TEXT, RUSSIAN_TEXT, writeFixtureCorpora } from './eval-fixtures.js'
import { type GoldDocument, loadPolnear, parseSpeakerNames } from './polnear.js'

/** ../shared sits beside the repository's root. */
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url))
const POLNEAR_DEV = join(SHARED, 'polnear/dev')
const SETS_PRESENT = ['polnear/dev', 'attribution-ru/dev', 'attribution-uk/dev'].every((d) => existsSync(join(SHARED, d)))
const NO_SETS = SETS_PRESENT ? '' : ' (skipped: the evaluation sets in ../shared are not here)'

/** Spans whose text is not the text at their offsets. */
function misplaced(docs: readonly GoldDocument[]) {
  return docs.flatMap((d) =>
    Object.values(d.gold.byLabel)
      .flat()
      .filter((s) => s.text !== d.text.slice(s.start, s.end)),
  )
}

describe.skipIf(!SETS_PRESENT)(`loadPolnear on the dev split${NO_SETS}`, () => {
  let docs: GoldDocument[]
  beforeAll(async () => {
    docs = await loadPolnear(POLNEAR_DEV)
  })

  it('loads each of the 84 articles once, with its annotations', () => {
    expect(docs).toHaveLength(84)
    expect(new Set(docs.map((d) => d.name)).size).toBe(84)
    const attributions = docs.reduce((n, d) => n + d.gold.attributions.length, 0)
    expect(attributions).toBeGreaterThan(2000)
    expect(misplaced(docs)).toEqual([])
    expect(docs.flatMap((d) => d.gold.skipped)).toEqual([])
  })

  it('scores an article against the annotator whose id sorts first', () => {
    const flynn = docs.find((d) => d.name === 'politico_2016-09-08_flynn-says-trump-absolutely-righ')
    expect(flynn?.annotator).toBe('4b22')
  })

  it('takes the publication date from metadata.tsv', () => {
    expect(docs.find((d) => d.name.startsWith('breitbart_2016-09-12'))?.date).toBe('2016-09-12')
    expect(docs.every((d) => d.date && /^\d{4}-\d{2}-\d{2}$/.test(d.date))).toBe(true)
  })

  it('names the speaker of every gold Source from speaker-names/, `?` where the article never does', () => {
    const sources = docs.flatMap((d) => d.gold.textBounds.filter((t) => t.label === 'Source'))
    expect(sources.length).toBe(1952)
    expect(sources.every((t) => t.note !== undefined && t.note !== '')).toBe(true)
    expect(sources.filter((t) => t.note === '?')).toHaveLength(341) // as polnear/README.md says
    const withSource = docs.flatMap((d) => d.gold.attributions).filter((a) => a.hasSource)
    expect(withSource.every((a) => a.sourceNote !== undefined)).toBe(true)
    const breitbart = docs.find((d) => d.name.startsWith('breitbart_2016-09-12'))!
    expect(breitbart.gold.textBounds.find((t) => t.id === 'T1')).toMatchObject({ label: 'Source', note: 'The New York Post' })
  })
})

describe.skipIf(!SETS_PRESENT)(`loadPolnear on the Russian and Ukrainian dev sets${NO_SETS}`, () => {
  it.each([
    ['attribution-ru/dev', 25, 220],
    ['attribution-uk/dev', 15, 71],
  ])('loads %s: %i articles, %i attributions, every Source named by its AnnotatorNotes line', async (dir, articles, attributions) => {
    const docs = await loadPolnear(join(SHARED, dir))
    expect(docs).toHaveLength(articles)
    expect(docs.every((d) => d.annotator === '0001')).toBe(true)
    const all = docs.flatMap((d) => d.gold.attributions)
    expect(all).toHaveLength(attributions)
    expect(docs.flatMap((d) => d.gold.skipped)).toEqual([])
    expect(misplaced(docs)).toEqual([])
    expect(all.some((a) => /[а-яіїєґ]/i.test(a.content[0]?.text ?? ''))).toBe(true)
    const withSource = all.filter((a) => a.hasSource)
    expect(withSource.length).toBeGreaterThan(0)
    expect(withSource.every((a) => a.sourceNote !== undefined && a.sourceNote !== '')).toBe(true)
    expect(withSource.some((a) => a.sourceNote !== '?')).toBe(true)
  })
})

describe('parseSpeakerNames', () => {
  it('reads Tid<TAB>name lines, keeping `?`, skipping blank and malformed lines', () => {
    const names = parseSpeakerNames('T1\tIlsa Varga\r\nT5\t?\n\nnot a line\nE1\tTomas Reivik\nT9\t\n')
    expect([...names]).toEqual([
      ['T1', 'Ilsa Varga'],
      ['T5', '?'],
    ])
  })
})

describe('loadPolnear on other folders', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'polnear-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('fails with E_EVAL_DATA when a folder is missing', async () => {
    await mkdir(join(dir, 'split', 'text'), { recursive: true })
    const error = await loadPolnear(join(dir, 'split')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WirewatchError)
    expect(error).toMatchObject({ code: 'E_EVAL_DATA', message: expect.stringMatching(/attributions\//) })
  })

  it('reads a split without metadata.tsv, skipping texts without annotations', async () => {
    const split = join(dir, 'small')
    await mkdir(join(split, 'text'), { recursive: true })
    await mkdir(join(split, 'attributions'), { recursive: true })
    await writeFile(join(split, 'text', 'a.txt'), 'Aides said no.')
    await writeFile(join(split, 'text', 'b.txt'), 'Nothing here.')
    await writeFile(join(split, 'attributions', 'a_zz.ann'), 'T1\tCue 6 10\twrong')
    await writeFile(join(split, 'attributions', 'a_aa.ann'), 'T1\tCue 6 10\tsaid\n')
    const docs = await loadPolnear(split)
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ name: 'a', annotator: 'aa', text: 'Aides said no.' })
    expect(docs[0]?.date).toBeUndefined()
    expect(docs[0]?.gold.byLabel.Cue?.[0]?.text).toBe('said')
    expect(await loadPolnear(split, { limit: 0 })).toEqual([])
  })

  it('reads fictional English and Russian folders, speaker names from speaker-names/ and AnnotatorNotes', async () => {
    const { en, ru } = await writeFixtureCorpora(join(dir, 'fixtures'))
    const [english] = await loadPolnear(en)
    expect(english).toMatchObject({ name: 'varga-harbor', annotator: 'a1b2', text: ENGLISH_TEXT })
    expect(english!.gold.attributions.map((a) => a.sourceNote)).toEqual(['Ilsa Varga', 'Ilsa Varga', 'Velmora Port Authority', '?'])
    expect(english!.gold.attributions[1]?.source[0]?.text).toBe('she')

    const [russian] = await loadPolnear(ru)
    expect(russian).toMatchObject({ name: 'varga-port', annotator: '0001', text: RUSSIAN_TEXT })
    expect(misplaced([russian!])).toEqual([])
    const [said, added, reported] = russian!.gold.attributions
    expect(said).toMatchObject({ sourceNote: 'Ильса Варга', source: [{ text: 'Министр транспорта Ильса Варга' }], cue: [{ text: 'заявила' }] })
    expect(added).toMatchObject({ sourceNote: 'Ильса Варга', source: [{ text: 'она' }], content: [{ text: 'Мы готовы принять суда' }] })
    expect(reported).toMatchObject({ sourceNote: 'Томас Рейвик', cue: [{ text: 'По словам' }] })
  })

  it('lets speaker-names/ name a speaker over its AnnotatorNotes line, and leaves articles without a TSV as they are', async () => {
    const split = join(dir, 'both')
    await mkdir(join(split, 'text'), { recursive: true })
    await mkdir(join(split, 'attributions'), { recursive: true })
    await mkdir(join(split, 'speaker-names'), { recursive: true })
    for (const name of ['a', 'b']) {
      await writeFile(join(split, 'text', `${name}.txt`), 'Varga said no.')
      await writeFile(
        join(split, 'attributions', `${name}_x.ann`),
        'T1\tSource 0 5\tVarga\nT2\tCue 6 10\tsaid\nE1\tAttribution:T2 Source:T1 Cue:T2\n#1\tAnnotatorNotes T1\tVarga\n',
      )
    }
    await writeFile(join(split, 'speaker-names', 'a.tsv'), 'T1\tIlsa Varga\n')
    const [a, b] = await loadPolnear(split)
    expect(a?.gold.attributions[0]?.sourceNote).toBe('Ilsa Varga')
    expect(b?.gold.attributions[0]?.sourceNote).toBe('Varga')
  })
})
