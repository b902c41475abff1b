// Tiny fictional corpora in the PolNeAR layout, for tests: an English folder whose speaker names
// are in speaker-names/NAME.tsv, as in PolNeAR dev, and a Russian one whose names are
// AnnotatorNotes lines, as in attribution-ru. The people and places are invented.

import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** One gold attribution, by the text of its spans (each the first occurrence after `from`). */
export interface FixtureAttribution {
  source?: string
  cue: string
  content: string
  /** The speaker's canonical name (`?` when the text never names them). */
  name?: string
  /** Where to start looking for the spans, as text that occurs before them. */
  after?: string
}

export const ENGLISH_TEXT =
  'Ilsa Varga said on Monday that the harbor in Velmora would reopen in May. "We are ready for the ships," she added. ' +
  'The port authority said the repairs were finished. Someone close to the talks said nothing was signed.'

export const ENGLISH_GOLD: FixtureAttribution[] = [
  { source: 'Ilsa Varga', cue: 'said', content: 'that the harbor in Velmora would reopen in May', name: 'Ilsa Varga' },
  { source: 'she', cue: 'added', content: 'We are ready for the ships,', name: 'Ilsa Varga' },
  { source: 'The port authority', cue: 'said', content: 'the repairs were finished', name: 'Velmora Port Authority', after: 'added' },
  { source: 'Someone close to the talks', cue: 'said', content: 'nothing was signed', name: '?', after: 'finished' },
]

/** Starts with an astral character, so that code-point offsets differ from UTF-16 ones. */
export const RUSSIAN_TEXT =
  '🚢 Министр транспорта Ильса Варга заявила в понедельник, что порт Вельморы откроется в мае. ' +
  '«Мы готовы принять суда», — добавила она. По словам Томаса Рейвика, ремонт закончен.'

export const RUSSIAN_GOLD: FixtureAttribution[] = [
  { source: 'Министр транспорта Ильса Варга', cue: 'заявила', content: 'что порт Вельморы откроется в мае', name: 'Ильса Варга' },
  { source: 'она', cue: 'добавила', content: 'Мы готовы принять суда', name: 'Ильса Варга' },
  { source: 'Томаса Рейвика', cue: 'По словам', content: 'ремонт закончен', name: 'Томас Рейвик' },
]

/** DIR/text/NAME.txt and DIR/attributions/NAME_ANNOTATOR.ann, the names as notes or a TSV. */
export async function writeFixtureFolder(
  dir: string,
  name: string,
  text: string,
  gold: readonly FixtureAttribution[],
  options: { annotator?: string; names: 'notes' | 'tsv' | 'none' },
): Promise<void> {
  const ann: string[] = []
  const tsv: string[] = []
  let t = 0
  gold.forEach((a, i) => {
    const from = a.after === undefined ? 0 : text.indexOf(a.after) + a.after.length
    const bound = (label: string, needle: string): string => {
      const at = text.indexOf(needle, from)
      if (at < 0) throw new Error(`"${needle}" not in the fixture text`)
      const start = [...text.slice(0, at)].length // brat counts code points
      const id = `T${++t}`
      ann.push(`${id}\t${label} ${start} ${start + [...needle].length}\t${needle}`)
      return id
    }
    const source = a.source === undefined ? undefined : bound('Source', a.source)
    const cue = bound('Cue', a.cue)
    const content = bound('Content', a.content)
    const type = source === undefined ? 'Attribution-no-source' : 'Attribution'
    const trigger = bound(type, a.cue)
    ann.push(`E${i + 1}\t${type}:${trigger}${source === undefined ? '' : ` Source:${source}`} Cue:${cue} Content:${content}`)
    if (source !== undefined && a.name !== undefined) {
      if (options.names === 'notes') ann.push(`#${i + 1}\tAnnotatorNotes ${source}\t${a.name}`)
      if (options.names === 'tsv') tsv.push(`${source}\t${a.name}`)
    }
  })
  await mkdir(join(dir, 'text'), { recursive: true })
  await mkdir(join(dir, 'attributions'), { recursive: true })
  await writeFile(join(dir, 'text', `${name}.txt`), text)
  await writeFile(join(dir, 'attributions', `${name}_${options.annotator ?? '0001'}.ann`), `${ann.join('\n')}\n`)
  if (options.names === 'tsv') {
    await mkdir(join(dir, 'speaker-names'), { recursive: true })
    await writeFile(join(dir, 'speaker-names', `${name}.tsv`), `${tsv.join('\n')}\n`)
  }
}

/** DIR/en (names in speaker-names/) and DIR/ru (names in AnnotatorNotes). */
export async function writeFixtureCorpora(dir: string): Promise<{ en: string; ru: string }> {
  const en = join(dir, 'en')
  const ru = join(dir, 'ru')
  await writeFixtureFolder(en, 'varga-harbor', ENGLISH_TEXT, ENGLISH_GOLD, { annotator: 'a1b2', names: 'tsv' })
  await writeFixtureFolder(ru, 'varga-port', RUSSIAN_TEXT, RUSSIAN_GOLD, { names: 'notes' })
  return { en, ru }
}
