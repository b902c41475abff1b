// Reads a folder in the PolNeAR layout (DESIGN.md, "Evaluation data"): DIR/text/NAME.txt and
// DIR/attributions/NAME_ANNOTATOR.ann, scored against the annotator whose id sorts first. PolNeAR's
// own splits, and the Russian and Ukrainian sets annotated the same way (NAME_0001.ann).
//
// Gold speaker names: the `AnnotatorNotes` line on a Source (the Russian and Ukrainian sets), or
// DIR/speaker-names/NAME.tsv (`Tid<TAB>name`, PolNeAR dev), which wins where both are present.

import { readFile, readdir } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { WirewatchError } from '../core/errors.js'
import { type BratAnnotations, parseBrat } from '../format/brat.js'

/** One article with the annotations it is scored against. */
export interface GoldDocument {
  /** The article's file name without `.txt`. */
  name: string
  /** The annotator id of the .ann file used. */
  annotator: string
  text: string
  /** Publication date (YYYY-MM-DD) from metadata.tsv, when the file is there. */
  date?: string
  gold: BratAnnotations
}

const ANN_NAME = /^(.+)_([^_]+)\.ann$/

export interface LoadOptions {
  /** Load only the first `limit` articles, in name order. */
  limit?: number
}

/** Loads every article of a folder in the PolNeAR layout that has both a text and an annotation file. */
export async function loadPolnear(dir: string, options: LoadOptions = {}): Promise<GoldDocument[]> {
  const root = resolve(dir)
  const textDir = join(root, 'text')
  const annDir = join(root, 'attributions')
  const [texts, anns] = await Promise.all([listFolder(textDir, root), listFolder(annDir, root)])

  // Sorting the names puts each article's first annotator first.
  const annotatorOf = new Map<string, string>()
  for (const file of anns.sort()) {
    const m = ANN_NAME.exec(file)
    if (m && !annotatorOf.has(m[1]!)) annotatorOf.set(m[1]!, m[2]!)
  }
  const dates = await readPublicationDates(join(dirname(root), 'metadata.tsv'))
  const namesDir = join(root, SPEAKER_NAMES)
  const nameFiles = new Set(await readdir(namesDir).catch(() => [] as string[]))

  const names = texts
    .filter((f) => f.endsWith('.txt'))
    .map((f) => basename(f, '.txt'))
    .filter((name) => annotatorOf.has(name))
    .sort()
    .slice(0, options.limit === undefined ? undefined : Math.max(0, options.limit))
  return Promise.all(
    names.map(async (name): Promise<GoldDocument> => {
      const annotator = annotatorOf.get(name)!
      const [text, ann, speakerNames] = await Promise.all([
        readFile(join(textDir, `${name}.txt`), 'utf8'),
        readFile(join(annDir, `${name}_${annotator}.ann`), 'utf8'),
        nameFiles.has(`${name}.tsv`) ? readFile(join(namesDir, `${name}.tsv`), 'utf8') : undefined,
      ])
      const date = dates.get(name)
      const gold = parseBrat(ann, text)
      if (speakerNames !== undefined) nameSources(gold, parseSpeakerNames(speakerNames))
      return { name, annotator, text, ...(date ? { date } : {}), gold }
    }),
  )
}

/** The folder of canonical speaker names beside text/ and attributions/, when there is one. */
export const SPEAKER_NAMES = 'speaker-names'

/** `Tid<TAB>name` lines → Tid → name (`?` kept: the document never names that speaker). */
export function parseSpeakerNames(tsv: string): Map<string, string> {
  const names = new Map<string, string>()
  for (const row of tsv.split(/\r?\n/)) {
    const tab = row.indexOf('\t')
    if (tab <= 0) continue
    const id = row.slice(0, tab).trim()
    const name = row.slice(tab + 1).trim()
    if (/^T\d+$/.test(id) && name) names.set(id, name)
  }
  return names
}

/** Gives each Source text-bound its name from `names`, as an AnnotatorNotes line would. */
function nameSources(gold: BratAnnotations, names: ReadonlyMap<string, string>): void {
  const byId = new Map(gold.textBounds.map((t) => [t.id, t]))
  for (const t of gold.textBounds) {
    const name = names.get(t.id)
    if (name !== undefined) t.note = name
  }
  for (const a of gold.attributions) {
    const note = a.sourceIds.map((id) => byId.get(id)?.note).find((n) => n !== undefined)
    if (note !== undefined) a.sourceNote = note
  }
}

async function listFolder(folder: string, root: string): Promise<string[]> {
  try {
    return await readdir(folder)
  } catch (cause) {
    throw new WirewatchError(
      'E_EVAL_DATA',
      `${root} is not in the PolNeAR layout: it needs text/ and attributions/ folders (${basename(folder)}/ is missing)`,
      { cause },
    )
  }
}

/** NAME → publication_date from metadata.tsv; empty when the file is absent. */
async function readPublicationDates(path: string): Promise<Map<string, string>> {
  const dates = new Map<string, string>()
  let tsv: string
  try {
    tsv = await readFile(path, 'utf8')
  } catch {
    return dates // optional: documents are then extracted without a date
  }
  const [header = '', ...rows] = tsv.split(/\r?\n/)
  const columns = header.split('\t')
  const nameColumn = columns.indexOf('filename')
  const dateColumn = columns.indexOf('publication_date')
  if (nameColumn < 0 || dateColumn < 0) return dates
  for (const row of rows) {
    const cells = row.split('\t')
    const name = cells[nameColumn]
    const date = cells[dateColumn]
    if (name && date && /^\d{4}-\d{2}-\d{2}/.test(date)) dates.set(name, date)
  }
  return dates
}
