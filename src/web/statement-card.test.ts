// A statement card and a language badge built in Node over linkedom's DOM: each statement says its
// language, its words carry a lang attribute, Cyrillic comes through as written, and whatever the
// statement holds stays text. (The pages in a real browser: e2e.test.ts.)

import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchHit } from '../index.js'

interface Format {
  langBadge(lang: string | undefined): { tagName: string; className: string; textContent: string | null; getAttribute(name: string): string | null } | null
  languageName(lang: string): string
}
interface Evidence {
  statementCard(hit: SearchHit): { outerHTML: string; querySelector(selector: string): { textContent: string | null; getAttribute(name: string): string | null } | null }
}

const globals = globalThis as unknown as Record<string, unknown>
/** What the modules read from the browser's global scope. */
const DOM_GLOBALS = ['document', 'Node', 'Element', 'HTMLElement'] as const
const saved = new Map<string, unknown>()
let format: Format
let evidence: Evidence

beforeAll(async () => {
  const window = parseHTML('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>') as unknown as Record<string, unknown>
  for (const name of DOM_GLOBALS) {
    saved.set(name, globals[name])
    globals[name] = window[name]
  }
  const load = <T>(name: string): Promise<T> => import(/* @vite-ignore */ new URL(`./assets/${name}`, import.meta.url).href) as Promise<T>
  format = await load<Format>('format.js')
  evidence = await load<Evidence>('evidence.js')
})
afterAll(() => {
  for (const [name, value] of saved) globals[name] = value
})

function hit(content: string, lang: string): SearchHit {
  return {
    statement: {
      id: 'fixture-ru-talmar:s1',
      kind: 'indirect',
      speaker: { name: 'Ленна Корвиш', entity: 'person:lenna-corvish', mentions: [{ start: 0, end: 12, text: 'Ленна Корвиш' }] },
      cue: { start: 13, end: 20, text: 'заявила' },
      content: [{ start: 22, end: 22 + content.length, text: content }],
      date: '2025-05-16',
      via: [],
      about: [],
      confidence: 0.9,
    },
    document: { id: 'fixture-ru-talmar', title: 'Корвиш: итоги переговоров', date: '2025-05-16', lang },
    score: 1,
  }
}

describe('a language badge', () => {
  it('shows the code in capitals and names the language on hover', () => {
    const ru = format.langBadge('ru')!
    expect([ru.tagName.toLowerCase(), ru.className, ru.textContent, ru.getAttribute('title')]).toEqual(['abbr', 'badge lang', 'RU', 'in Russian'])
    expect(format.langBadge('uk')?.getAttribute('title')).toBe('in Ukrainian')
    expect(format.languageName('de')).toBe('de')
    expect(format.langBadge(undefined)).toBeNull()
  })
})

describe('a statement card', () => {
  it("marks the statement's language, and quotes its words with their lang, in Cyrillic as written", () => {
    const card = evidence.statementCard(hit('итоги переговоров в Тальмаре будут известны через неделю', 'ru'))
    expect(card.querySelector('header .badge.lang')?.textContent).toBe('RU')
    const said = card.querySelector('.content q')!
    expect(said.getAttribute('lang')).toBe('ru')
    expect(said.textContent).toBe('итоги переговоров в Тальмаре будут известны через неделю')
    expect(card.querySelector('.speaker a.entity')?.textContent).toBe('Ленна Корвиш')
    expect(card.querySelector('a.doc-link')?.textContent).toBe('Корвиш: итоги переговоров')
  })

  it('keeps markup in the words, and in the language, as text', () => {
    const hostile = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
    const card = evidence.statementCard(hit(hostile, 'ru" onmouseover="alert(1)'))
    expect(card.querySelector('.content q')?.textContent).toBe(hostile)
    expect(card.querySelector('script, img, [onmouseover]')).toBeNull()
    expect(card.outerHTML).not.toContain('<script>')
    expect(card.querySelector('.content q')?.getAttribute('lang')).toBe('ru" onmouseover="alert(1)')
  })
})
