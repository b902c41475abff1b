// People in Russian and Ukrainian text, scored against ../shared/factrueval (Person mentions, and
// the nominative surname each mention's entity has) and ../shared/ner-uk (PERS spans): does
// extraction find the people the text names, and name them in the nominative?

import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Document } from '../core/records.js'
import { extract } from '../extract/extract.js'

export interface PeopleScore {
  /** Gold person mentions, and those a predicted person mention overlaps. */
  gold: number
  recognised: number
  /** Predicted person mentions, and those overlapping a gold one (precision). */
  predicted: number
  correct: number
  /** Recognised mentions whose gold entity has a surname, and those whose predicted name ends in it. */
  withSurname: number
  normalised: number
}

interface GoldMention {
  start: number
  end: number
  surname?: string
}

/** factRuEval dev: Person objects (their spans' extent) with the coref chain's normalised lastname. */
export function scoreFactRuEval(dir: string): PeopleScore {
  const score = empty()
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const base = join(dir, file.slice(0, -4))
    const text = readFileSync(`${base}.txt`, 'utf8')
    const spans = new Map<string, [number, number]>()
    for (const line of lines(`${base}.spans`)) {
      const [id, , offset, length] = line.split(/\s+/u)
      spans.set(id!, [Number(offset), Number(offset) + Number(length)])
    }
    const persons = new Map<string, GoldMention>()
    for (const line of lines(`${base}.objects`)) {
      const [head] = line.split('#')
      const [id, type, ...spanIds] = head!.trim().split(/\s+/u)
      if (type !== 'Person') continue
      const ranges = spanIds.map((s) => spans.get(s)).filter((r): r is [number, number] => r !== undefined)
      if (ranges.length) persons.set(id!, { start: Math.min(...ranges.map((r) => r[0])), end: Math.max(...ranges.map((r) => r[1])) })
    }
    for (const block of readFileSync(`${base}.coref`, 'utf8').split(/\n\s*\n/u)) {
      const [head, ...rest] = block.trim().split('\n')
      const surname = rest.map((l) => /^lastname\s+(.+)$/u.exec(l.trim())?.[1]).find(Boolean)
      for (const id of (head ?? '').trim().split(/\s+/u).slice(1)) {
        const p = persons.get(id)
        if (p && surname) p.surname = surname
      }
    }
    add(score, [...persons.values()], extract(text, { lang: 'ru' }))
  }
  return score
}

/** ner-uk dev: PERS spans (no normalised names there). */
export function scoreNerUk(dir: string): PeopleScore {
  const score = empty()
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const base = join(dir, file.slice(0, -4))
    const text = readFileSync(`${base}.txt`, 'utf8')
    const gold: GoldMention[] = []
    for (const line of lines(`${base}.ann`)) {
      const m = /^T\d+\tPERS (\d+) (\d+)/u.exec(line)
      if (m) gold.push({ start: Number(m[1]), end: Number(m[2]) })
    }
    add(score, gold, extract(text, { lang: 'uk' }))
  }
  return score
}

function add(score: PeopleScore, gold: GoldMention[], doc: Document): void {
  const predicted = doc.entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions.map((m) => ({ ...m, name: e.name })))
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end
  score.gold += gold.length
  score.predicted += predicted.length
  score.correct += predicted.filter((p) => gold.some((g) => overlaps(p, g))).length
  for (const g of gold) {
    const hit = predicted.find((p) => overlaps(p, g))
    if (!hit) continue
    score.recognised++
    if (!g.surname) continue
    score.withSurname++
    if (fold(hit.name.split(/\s+/u).at(-1)!) === fold(g.surname)) score.normalised++
  }
}

function fold(s: string): string {
  return s.toLowerCase().replace(/ё/gu, 'е')
}

function lines(path: string): string[] {
  try {
    return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim())
  } catch {
    return []
  }
}

function empty(): PeopleScore {
  return { gold: 0, recognised: 0, predicted: 0, correct: 0, withSurname: 0, normalised: 0 }
}
