// The web UI end to end: Debian's Chromium, headless, driven by playwright-core, against a real
// server on a free port of 127.0.0.1 over a temporary SQLite store filled through POST
// /documents with short fictional items (./fixtures.ts). No browser is downloaded: without a
// chromium binary these tests are skipped with a message, except in CI (CI set), where they fail.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Store, openSqliteStore } from '../index.js'
import { NOW, TOKEN } from '../server/fixtures.js'
import { type RunningServer, serve } from '../server/serve.js'
import { findChromium, launchChromium } from './chromium.js'
import { HOSTILE_MARKUP, WEB_FIXTURES } from './fixtures.js'
import { langFixtures } from '../store/lang-fixtures.js'

// What the functions given to page.evaluate() use: they run in the browser, but this file is
// compiled without the DOM library, so the few names they need are declared here, for this module only.
declare const document: {
  querySelector(selector: string): { removeAttribute(name: string): void; textContent: string | null } | null
  documentElement: { scrollWidth: number; clientWidth: number }
  characterSet: string
}
declare const location: { hash: string }
declare const window: Record<string, unknown>
declare const navigator: { clipboard: { readText(): Promise<string> } }
declare function getComputedStyle(element: unknown): { fill: string; stroke: string }

const CHROMIUM = findChromium()
const IN_CI = Boolean(process.env.CI)
if (!CHROMIUM && !IN_CI) {
  console.warn('web e2e tests skipped: no Chromium at /usr/bin/chromium (apt-get install chromium, or set CHROMIUM_PATH); CI installs it and runs them')
}

/** The colours of app.css (light scheme) for the stances, as computed styles give them. */
const COLOURS = { support: 'rgb(26, 127, 55)', oppose: 'rgb(201, 37, 45)', neutral: 'rgb(110, 119, 129)' }

let dir: string
let store: Store
let server: RunningServer
let browser: Browser
let hasBriefs = false

describe.skipIf(!CHROMIUM && !IN_CI)('the web UI in headless Chromium', () => {
  beforeAll(async () => {
    if (!CHROMIUM) throw new Error('CI: no Chromium at /usr/bin/chromium: .ci/run installs Debian\'s "chromium" package before the tests')
    dir = await mkdtemp(join(tmpdir(), 'wirewatch-web-'))
    store = await openSqliteStore(join(dir, 'wirewatch.db'))
    server = await serve({ store, port: 0, token: TOKEN, now: () => NOW, log: () => {} })
    const filled = await fetch(`${server.url}/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(WEB_FIXTURES),
    })
    expect(filled.status).toBe(201)
    const paths = ((await (await fetch(`${server.url}/openapi.json`)).json()) as { paths: Record<string, unknown> }).paths
    hasBriefs = '/briefs' in paths
    browser = await launchChromium(CHROMIUM)
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    await store?.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  interface Opened {
    page: Page
    context: BrowserContext
    /** Script errors, console errors and Content-Security-Policy violations seen so far. */
    problems: string[]
  }

  /** A fresh browser context at `hash` (of `url`, this suite's server by default), once the page says it is ready. */
  async function open(hash: string, options: { width?: number; permissions?: string[]; url?: string } = {}): Promise<Opened> {
    const url = options.url ?? server.url
    const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: 'light' })
    if (options.permissions) await context.grantPermissions(options.permissions, { origin: url })
    const page = await context.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    await page.goto(`${url}/${hash}`)
    await ready(page)
    return { page, context, problems }
  }

  async function ready(page: Page): Promise<void> {
    await page.waitForSelector('.view[data-ready]', { timeout: 30_000 })
    await page.waitForFunction(() => !document.querySelector('.view .loading'), undefined, { timeout: 30_000 })
  }

  /** Navigates by changing the address, as a link does, and waits for the new page. */
  async function go(page: Page, hash: string): Promise<void> {
    await page.evaluate((h) => {
      document.querySelector('.view')?.removeAttribute('data-ready')
      location.hash = h
    }, hash)
    await ready(page)
  }

  it('searches with filters, and shows a hit with its evidence marked in the source text', async () => {
    const { page, context, problems } = await open('#/search')
    await page.fill('#f-speaker', 'Morrandt')
    await page.selectOption('#f-stance', 'support')
    await page.evaluate(() => document.querySelector('.view')?.removeAttribute('data-ready'))
    await page.click('form.search button[type=submit]')
    await ready(page)
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#/search?speaker=Morrandt&stance=support')
    const cards = page.locator('article.statement')
    expect(await cards.count()).toBe(3)
    expect(await page.locator('article.statement .speaker a.entity').allTextContents()).toEqual(['Veska Morrandt', 'Veska Morrandt', 'Veska Morrandt'])
    expect(new Set(await page.locator('article.statement .badge[class*="stance-"]').allTextContents())).toEqual(new Set(['support']))

    // The first hit's evidence: the source as written, the cue and the content, each marked.
    const first = cards.first()
    const content = (await first.locator('.content').textContent())!
    await first.locator('button.evidence-toggle').click()
    await first.locator('.evidence .excerpt mark.ev-cue').waitFor()
    expect(await first.locator('button.evidence-toggle').getAttribute('aria-expanded')).toBe('true')
    expect(await first.locator('.evidence .excerpt mark.ev-source').first().textContent()).toMatch(/Morrandt/)
    expect(await first.locator('.evidence .excerpt mark.ev-cue').first().textContent()).toMatch(/^(?:said|told)$/)
    expect((await first.locator('.evidence .excerpt mark.ev-content').allTextContents()).join('')).toBe(content)
    // The sentence around it, not only the marked words.
    expect((await first.locator('.evidence blockquote.excerpt').first().textContent())!.length).toBeGreaterThan(content.length + 10)

    // A date range, a kind and an outlet, from the address; the form shows them back.
    await go(page, '#/search?outlet=Quillmere+Wire&from=2026-02-10&to=2026-02-20&kind=direct')
    expect(await page.inputValue('#f-outlet')).toBe('Quillmere Wire')
    expect(await page.inputValue('#f-from')).toBe('2026-02-10')
    expect(await page.inputValue('#f-kind')).toBe('direct')
    expect(await page.locator('article.statement .content').allTextContents()).toEqual(['"Morrandt must not trade away our pier,"'])
    await go(page, '#/search?speaker=Morrandt&from=2026-03-01')
    expect(await page.locator('article.statement').count()).toBe(1)
    expect(problems).toEqual([])
    await context.close()
  })

  it('shows a statement that holds <script> and markup as text, and never runs it', async () => {
    const { page, context, problems } = await open('#/search?q=notice')
    const card = page.locator('article.statement', { hasText: 'window.__pwned' })
    expect(await card.count()).toBe(1)
    expect(await card.locator('.content').textContent()).toContain(HOSTILE_MARKUP)
    await card.locator('button.evidence-toggle').click()
    await card.locator('.evidence .excerpt mark.ev-content').first().waitFor()
    expect((await card.locator('.evidence .excerpt mark.ev-content').allTextContents()).join('')).toContain(HOSTILE_MARKUP)
    // Through its document too, where the whole text is shown.
    await card.locator('a.doc-link').click()
    await ready(page)
    expect(await page.locator('.doc-text').textContent()).toContain(HOSTILE_MARKUP)
    expect((await page.locator('.doc-text mark.ev-content').allTextContents()).join('')).toContain(HOSTILE_MARKUP)
    expect(await page.locator('main script, main img, main [onerror]').count()).toBe(0)
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined()
    expect(problems).toEqual([])
    await context.close()
  })

  it('opens a person page: roles, aliases, a timeline chart in stance colours, the outlets that carry them', async () => {
    const { page, context, problems } = await open('#/people')
    await page.locator('.entity-list a', { hasText: 'Veska Morrandt' }).click()
    await ready(page)
    expect(new URL(page.url()).hash).toBe('#/person/person:veska-morrandt')
    expect(await page.locator('h1').textContent()).toBe('Veska Morrandt')
    const stored = (await (await fetch(`${server.url}/entities/person:veska-morrandt`)).json()) as { entity: { roles: string[]; aliases: string[] } }
    expect(stored.entity.roles.length).toBeGreaterThan(0)
    const facts = (await page.locator('dl.facts').textContent())!
    for (const role of stored.entity.roles) expect(facts).toContain(role)
    for (const alias of stored.entity.aliases.filter((a) => a !== 'Veska Morrandt')) expect(facts).toContain(alias)

    const dots = page.locator('svg.timeline circle.dot')
    expect(await dots.count()).toBe(4)
    const fills = await dots.evaluateAll((circles) => circles.map((c) => [c.getAttribute('data-stance'), getComputedStyle(c).fill]))
    expect(fills.filter(([stance]) => stance === 'support').map(([, fill]) => fill)).toEqual([COLOURS.support, COLOURS.support, COLOURS.support])
    expect(fills.filter(([stance]) => stance === 'neutral').map(([, fill]) => fill)).toEqual([COLOURS.neutral])
    expect(await page.locator('figure.chart .legend-list').textContent()).toContain('support 3')

    const outlets = await page.locator('section', { hasText: 'Outlets that carry them' }).locator('a.entity').allTextContents()
    expect(outlets.sort()).toEqual(['Quillmere Wire', 'Tarrow Gazette'])
    expect(await page.locator('section', { hasText: 'Events they take part in' }).locator('a').count()).toBe(0)

    // A dot leads to the statement in its document.
    await page.evaluate(() => document.querySelector('.view')?.removeAttribute('data-ready'))
    await dots.first().click()
    await ready(page)
    expect(new URL(page.url()).hash).toMatch(/^#\/document\/\w+\?s=\w+(?::|%3A)s\d+$/)
    expect(await page.locator('.doc-text mark.ev-cue').count()).toBe(1)
    expect(problems).toEqual([])
    await context.close()
  })

  it('opens an event: participants, its status history, and its statements in order', async () => {
    const { page, context, problems } = await open('#/events')
    await page.locator('.entity-list a', { hasText: 'talks' }).first().click()
    await ready(page)
    expect(await page.locator('h1').textContent()).toMatch(/^talks: .*Dunmore.*Estrelle|^talks: .*Estrelle.*Dunmore/)
    const facts = (await page.locator('dl.facts').textContent())!
    expect(facts).toContain('Estrelle')
    expect(facts).toContain('Dunmore')
    const history = page.locator('ol.status-history > li')
    expect(await history.evaluateAll((items) => items.map((li) => li.getAttribute('data-status')))).toEqual(['planned', 'began', 'ended'])
    expect(await history.locator('a').allTextContents()).toEqual(WEB_FIXTURES.map((d) => d.title))
    const dates = await page.locator('section', { hasText: 'Statements, in order' }).locator('article.statement time').allTextContents()
    expect(dates.length).toBeGreaterThanOrEqual(2)
    expect([...dates].sort()).toEqual(dates)
    expect(problems).toEqual([])
    await context.close()
  })

  it('opens an outlet: its type and what it carried', async () => {
    const { page, context, problems } = await open('#/outlets')
    await page.locator('.entity-list a', { hasText: 'Tarrow Gazette' }).click()
    await ready(page)
    expect(await page.locator('h1').textContent()).toBe('Tarrow Gazette')
    expect(await page.locator('dl.facts').textContent()).toContain('Type')
    const speakers = await page.locator('section', { hasText: 'Whose statements' }).locator('ul.bars a').allTextContents()
    expect(speakers[0]).toBe('Veska Morrandt')
    expect(await page.locator('svg.timeline circle.dot').count()).toBeGreaterThan(0)
    expect(problems).toEqual([])
    await context.close()
  })

  it('lists documents newest first, finds them by their words, and opens one', async () => {
    const { page, context, problems } = await open('#/documents')
    const titles = await page.locator('.entity-list li a').allTextContents()
    expect([...titles].sort()).toEqual(WEB_FIXTURES.map((d) => d.title).sort())
    expect(titles[0]).toBe('Saltreach talks end with a ferry deal')
    await page.fill('#f-name', 'agreement restore')
    await page.evaluate(() => document.querySelector('.view')?.removeAttribute('data-ready'))
    await page.click('form.name-filter button')
    await ready(page)
    expect(await page.locator('.entity-list li a').allTextContents()).toEqual(['Saltreach talks end with a ferry deal'])
    await page.locator('.entity-list li a').click()
    await ready(page)
    expect(await page.locator('h1').textContent()).toContain('Saltreach talks end with a ferry deal')
    expect(problems).toEqual([])
    await context.close()
  })

  it('generates a brief, with links to its statements, and copies it as Markdown', async (ctx) => {
    if (!hasBriefs) ctx.skip('GET /briefs is not in this server yet (/openapi.json lists no /briefs); the brief view says so, as the next test shows')
    const { page, context, problems } = await open('#/brief', { permissions: ['clipboard-read', 'clipboard-write'] })
    await page.fill('#f-speaker', 'Veska Morrandt')
    await page.evaluate(() => document.querySelector('.view')?.removeAttribute('data-ready'))
    await page.click('form.brief-form button[type=submit]')
    await ready(page)
    await page.locator('article.brief').waitFor()
    expect((await page.locator('article.brief').textContent())!).toContain('Morrandt')
    const refs = page.locator('article.brief sup.ref a')
    expect(await refs.count()).toBeGreaterThan(0)
    expect(await refs.first().getAttribute('href')).toMatch(/^#\/document\//)
    await page.click('button.copy-md')
    await page.waitForFunction(() => /Copied|would not copy/.test(document.querySelector('.copy-status')?.textContent ?? ''))
    const expected = await (await fetch(`${server.url}/briefs?speaker=${encodeURIComponent('Veska Morrandt')}&format=md`)).text()
    const status = (await page.locator('.copy-status').textContent())!
    if (status.startsWith('Copied')) expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected)
    else expect(await page.locator('pre.markdown').textContent()).toBe(expected)
    expect(problems).toEqual([])
    await context.close()
  })

  it('says plainly when the server has no briefs', async () => {
    const { page, context } = await open('#/search')
    // As a server from before /briefs answers: 404 for the route, and no such path in the document.
    await page.route('**/briefs?*', (route) => route.fulfill({ status: 404, contentType: 'application/json', body: '{"error":{"code":"E_NOT_FOUND","message":"no such endpoint: GET /briefs"}}' }))
    await page.route('**/openapi.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"openapi":"3.1.0","paths":{"/search":{}}}' }))
    await go(page, '#/brief?speaker=Morrandt')
    expect(await page.locator('.brief-body .error').textContent()).toContain('Briefs are not available on this server yet')
    await context.close()
  })

  it('draws who speaks about whom', async () => {
    const { page, context, problems } = await open('#/graph')
    const nodes = await page.locator('figure.graph g.node').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-id')))
    expect(nodes).toEqual(expect.arrayContaining(['person:veska-morrandt', 'person:ottilie-brask', 'person:harlan-quibe']))
    const edge = page.locator('path.edge[data-from="person:ottilie-brask"][data-to="person:veska-morrandt"]')
    expect(await edge.count()).toBe(1)
    expect(await edge.getAttribute('class')).toContain('stance-oppose')
    expect(await edge.evaluate((p) => getComputedStyle(p).stroke)).toBe(COLOURS.oppose)
    expect(await page.locator('path.edge[data-from="person:veska-morrandt"][data-to="person:harlan-quibe"]').count()).toBe(1)
    expect(await page.locator('table.edges tbody tr').count()).toBe(await page.locator('path.edge').count())
    expect(problems).toEqual([])
    await context.close()
  })

  it('shows Russian and Ukrainian statements as written, each marked with its language, and filters by language', async () => {
    // A server of its own, over a Russian and a Ukrainian document (store/lang-fixtures.ts), so
    // that the other tests' lists stay as they are.
    const langDir = await mkdtemp(join(tmpdir(), 'wirewatch-web-lang-'))
    const langStore = await openSqliteStore(join(langDir, 'wirewatch.db'))
    const { russian, ukrainian } = langFixtures()
    for (const d of [russian, ukrainian]) await langStore.putDocument(d.document, d.provenance)
    const langServer = await serve({ store: langStore, port: 0, token: TOKEN, now: () => NOW, log: () => {} })
    try {
      const { page, context, problems } = await open('#/search?q=%D0%BF%D0%B5%D1%80%D0%B5%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%D1%8B', { url: langServer.url })
      expect(await page.evaluate(() => document.characterSet)).toBe('UTF-8')
      // "переговоры" finds "переговоров" and "переговорів"; the words are shown as written, in a <q lang>.
      const cards = page.locator('article.statement')
      expect(await cards.count()).toBe(2)
      expect(new Set(await page.locator('article.statement header .badge.lang').allTextContents())).toEqual(new Set(['RU', 'UK']))
      const quoted = await page.locator('article.statement .content q').evaluateAll((qs) => qs.map((q) => [q.getAttribute('lang'), q.textContent]))
      expect(quoted.sort()).toEqual([
        ['ru', russian.document.statements[0]!.content[0]!.text],
        ['uk', ukrainian.document.statements[0]!.content[0]!.text],
      ])
      expect(await page.locator('article.statement .speaker a.entity').allTextContents()).toEqual(expect.arrayContaining(['Ленна Корвиш', 'Піт Амберло']))

      // The language filter: Ukrainian only.
      await page.selectOption('#f-lang', 'uk')
      await page.evaluate(() => document.querySelector('.view')?.removeAttribute('data-ready'))
      await page.click('form.search button[type=submit]')
      await ready(page)
      expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#/search?q=переговоры&lang=uk')
      expect(await page.locator('article.statement header .badge.lang').allTextContents()).toEqual(['UK'])

      // The documents, by language, each with its badge; a document's title and text carry its language.
      await go(page, '#/documents')
      expect(await page.locator('.entity-list li .badge.lang').allTextContents()).toEqual(['UK', 'RU'])
      await page.selectOption('#f-lang', 'ru')
      await page.evaluate(() => document.querySelector('.view')?.removeAttribute('data-ready'))
      await page.click('form.name-filter button')
      await ready(page)
      expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#/documents?lang=ru')
      expect(await page.locator('.entity-list li a').allTextContents()).toEqual([russian.document.title])
      await page.locator('.entity-list li a').click()
      await ready(page)
      expect(await page.locator('.doc-text').getAttribute('lang')).toBe('ru')
      expect(await page.locator('.doc-text').textContent()).toBe(russian.document.text)
      expect(problems).toEqual([])
      await context.close()
    } finally {
      await langServer.close()
      await langStore.close()
      await rm(langDir, { recursive: true, force: true })
    }
  })

  it('fits a 375 px phone screen: no page scrolls sideways', async () => {
    const pages = ['#/search?speaker=Quibe', '#/person/person:veska-morrandt', '#/events', '#/outlet/outlet:tarrow-gazette', '#/documents', '#/graph', '#/brief?speaker=Morrandt']
    const { page, context, problems } = await open(pages[0]!, { width: 375 })
    for (const hash of pages) {
      if (hash !== pages[0]) await go(page, hash)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, hash).toBeLessThanOrEqual(0)
    }
    if (hasBriefs) expect(problems).toEqual([])
    await context.close()
  })
})
