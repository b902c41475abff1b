// npm run screenshots: the web UI's pages as PNGs for the README (docs/screenshots/), taken in
// Debian's headless Chromium against the fictional sample corpus, ingested as `npm start` does
// into a temporary store. Laptop pages at 1280 px, phone pages at 375 px.

import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import type { Page } from 'playwright-core'
import { main } from '../src/cli/main.js'
import { openSqliteStore } from '../src/index.js'
import { serve } from '../src/server/serve.js'
import { findChromium, launchChromium } from '../src/web/chromium.js'

// What the function given to page.waitForFunction() uses: it runs in the browser, but this file is
// compiled without the DOM library.
declare const document: { querySelector(selector: string): unknown }

const OUT = new URL('../docs/screenshots/', import.meta.url)
const SAMPLES = 'samples/{briefs,corpus}/**/*.{txt,html,xml,json,jsonl}'

const executable = findChromium()
if (!executable) {
  console.error('screenshots: no Chromium at /usr/bin/chromium: apt-get install chromium (or set CHROMIUM_PATH)')
  process.exit(1)
}

const dir = await mkdtemp(join(tmpdir(), 'wirewatch-shots-'))
const db = join(dir, 'wirewatch.db')
const log = new PassThrough()
log.resume()
const code = await main(['ingest', SAMPLES, '--registry', 'samples/registry.json', '--db', db], { stdin: new PassThrough(), stdout: log, stderr: log })
if (code !== 0) throw new Error(`screenshots: ingesting the samples failed (exit code ${code})`)
const store = await openSqliteStore(db)
const server = await serve({ store, port: 0, log: () => {} })
const browser = await launchChromium(executable)
await mkdir(OUT, { recursive: true })

const api = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}${path}`)).json()) as T
type Items<T> = { items: T[] }
const person = (await api<Items<{ entity: { id: string } }>>('/entities?name=Ilsa%20Varga&type=person')).items[0]!.entity.id
const event = (await api<Items<{ event: { id: string } }>>('/events?limit=1')).items[0]!.event.id
const outlet = (await api<Items<{ entity: { id: string; labels?: string[] } }>>('/outlets?limit=50')).items.find((o) => o.entity.labels?.length)!.entity.id
const paths = (await api<{ paths: Record<string, unknown> }>('/openapi.json')).paths

interface Shot {
  name: string
  hash: string
  width: number
  height: number
  /** Something to do before the picture: open an evidence panel, say. */
  before?: (page: Page) => Promise<void>
}

const openEvidence = async (page: Page) => {
  await page.locator('button.evidence-toggle').first().click()
  await page.locator('.evidence .excerpt mark.ev-cue').first().waitFor()
}
const shots: Shot[] = [
  { name: 'search', hash: '#/search?q=harbor%20talks', width: 1280, height: 1000, before: openEvidence },
  { name: 'person', hash: `#/person/${person}`, width: 1280, height: 1250 },
  { name: 'event', hash: `#/event/${event}`, width: 1280, height: 1100 },
  { name: 'outlet', hash: `#/outlet/${outlet}`, width: 1280, height: 1100 },
  { name: 'graph', hash: '#/graph', width: 1280, height: 960 },
  { name: 'document', hash: '', width: 1280, height: 1000 },
  { name: 'phone-search', hash: '#/search?speaker=Varga&kind=direct', width: 375, height: 812, before: openEvidence },
  { name: 'phone-person', hash: `#/person/${person}`, width: 375, height: 812 },
]
if ('/briefs' in paths) shots.push({ name: 'brief', hash: `#/brief?speaker=${person}`, width: 1280, height: 1100 })
else console.warn('screenshots: no brief: this server has no GET /briefs yet')

// The document view of the first search hit's statement.
const hit = (await api<Items<{ statement: { id: string } }>>('/search?q=harbor%20talks&limit=1')).items[0]!
const documentId = hit.statement.id.slice(0, hit.statement.id.lastIndexOf(':'))
shots.find((s) => s.name === 'document')!.hash = `#/document/${documentId}?s=${hit.statement.id}`

try {
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, colorScheme: 'light' })
    const page = await context.newPage()
    await page.goto(`${server.url}/${shot.hash}`)
    await page.waitForSelector('.view[data-ready]')
    await page.waitForFunction(() => !document.querySelector('.view .loading'))
    await shot.before?.(page)
    await page.screenshot({ path: new URL(`${shot.name}.png`, OUT).pathname })
    console.log(`docs/screenshots/${shot.name}.png  ${shot.width}×${shot.height}  ${shot.hash}`)
    await context.close()
  }
} finally {
  await browser.close()
  await server.close()
  await store.close()
  await rm(dir, { recursive: true, force: true })
}
