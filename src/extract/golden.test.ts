// The extractor's output on every sample input and on the seed, against the golden files that
// `npm run golden` wrote (see golden-fixtures.ts). A failure names the input; if the change is
// meant, regenerate the files and say why in the commit.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GOLDEN_DIR, SEED_FILE, extractSample, goldenFileOf, goldenJson, sampleInputs, seedDigest } from './golden-fixtures.js'

describe('golden output of the sample world', () => {
  const inputs = sampleInputs()

  it('has a golden file for every sample input, and none for an input that is gone', () => {
    const expected = new Set(inputs.map((i) => goldenFileOf(i)))
    const present = readdirSync(GOLDEN_DIR).filter((f) => f !== 'seed.digest.json').map((f) => join(GOLDEN_DIR, f))
    expect(new Set(present)).toEqual(expected)
  })

  for (const input of inputs) {
    it(input, () => {
      expect(goldenJson(extractSample(input))).toBe(readFileSync(goldenFileOf(input), 'utf8'))
    })
  }
})

describe.skipIf(!existsSync(SEED_FILE))('golden output of the seed brief', () => {
  it('is unchanged', () => {
    const golden = JSON.parse(readFileSync(join(GOLDEN_DIR, 'seed.digest.json'), 'utf8')) as ReturnType<typeof seedDigest>
    const now = seedDigest(readFileSync(SEED_FILE, 'utf8'))
    // The lines first: they say which statement changed; the hash catches everything else.
    expect(now.statements).toEqual(golden.statements)
    expect(now.sha256).toBe(golden.sha256)
  })
})
