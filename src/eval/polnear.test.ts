import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WirewatchError } from '../core/errors.js'
import { type GoldDocument, loadPolnear } from './polnear.js'

/** ../shared sits beside the repository's root. */
const POLNEAR_DEV = fileURLToPath(new URL('../../../shared/polnear/dev', import.meta.url))

describe('loadPolnear on the dev split', () => {
  let docs: GoldDocument[]
  beforeAll(async () => {
    docs = await loadPolnear(POLNEAR_DEV)
  })

  it('loads each of the 84 articles once, with its annotations', () => {
    expect(docs).toHaveLength(84)
    expect(new Set(docs.map((d) => d.name)).size).toBe(84)
    const attributions = docs.reduce((n, d) => n + d.gold.attributions.length, 0)
    expect(attributions).toBeGreaterThan(2000)
    const misplaced = docs.flatMap((d) =>
      Object.values(d.gold.byLabel)
        .flat()
        .filter((s) => s.text !== d.text.slice(s.start, s.end)),
    )
    expect(misplaced).toEqual([])
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
})
