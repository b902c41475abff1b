// npm run golden — writes the extractor's golden output (src/extract/golden/) from the sample
// world and the seed brief; src/extract/golden.test.ts compares against it. Run it when a commit
// changes the output on purpose, and commit the files with it.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { GOLDEN_DIR, SEED_FILE, extractSample, goldenFileOf, goldenJson, sampleInputs, seedDigest } from '../src/extract/golden-fixtures.js'

rmSync(GOLDEN_DIR, { recursive: true, force: true })
mkdirSync(GOLDEN_DIR, { recursive: true })
let documents = 0
for (const input of sampleInputs()) {
  const docs = extractSample(input)
  documents += docs.length
  writeFileSync(goldenFileOf(input), goldenJson(docs))
}
if (existsSync(SEED_FILE)) writeFileSync(join(GOLDEN_DIR, 'seed.digest.json'), `${JSON.stringify(seedDigest(readFileSync(SEED_FILE, 'utf8')), null, 1)}\n`)
else process.stderr.write(`golden: ${SEED_FILE} is missing: the seed's digest was not written\n`)
process.stdout.write(`golden: ${sampleInputs().length} sample inputs (${documents} documents) and the seed written to ${GOLDEN_DIR}\n`)
