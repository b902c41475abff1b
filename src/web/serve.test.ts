// The web UI as the server gives it out, in-process (no socket, no browser): the page and its
// assets with their types, caching and Content-Security-Policy; nothing outside the assets
// folder; and, read as text, modules that import only what is there and never write markup.

import { readFile, readdir } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FixtureApp, openFixtureApp } from '../server/fixtures.js'
import { API_CONTENT_SECURITY_POLICY } from '../server/security-headers.js'
import { ASSETS_DIR, CONTENT_SECURITY_POLICY } from './serve.js'

let f: FixtureApp

beforeAll(async () => {
  f = await openFixtureApp({}, [])
})
afterAll(async () => {
  await f?.close()
})

const assetNames = async () => (await readdir(ASSETS_DIR)).filter((name) => /\.(?:js|css|html|svg)$/.test(name))

describe('GET /', () => {
  it('is the page: HTML with a strict policy, its script from this origin and none inline', async () => {
    const response = await f.app.request('/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toBe(CONTENT_SECURITY_POLICY)
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("require-trusted-types-for 'script'")
    expect(csp).not.toContain('unsafe')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('cache-control')).toBe('no-cache')
    const html = await response.text()
    expect(html).toContain('<script type="module" src="/ui/app.js"></script>')
    // Every script has a src; no inline handler or style attribute.
    expect(html.match(/<script\b[^>]*>/g)?.every((tag) => /\bsrc="\/ui\//.test(tag))).toBe(true)
    expect(html).not.toMatch(/\son[a-z]+=|\sstyle=/i)
  })

  it('answers HEAD, and a revalidation with 304 while the page is unchanged', async () => {
    const first = await f.app.request('/')
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await f.app.request('/', { headers: { 'if-none-match': etag! } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    const stale = await f.app.request('/', { headers: { 'if-none-match': '"something-else"' } })
    expect(stale.status).toBe(200)
    const head = await f.app.request('/', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8')
  })
})

describe('GET /ui/{name}', () => {
  it('serves every asset with its type and the policy', async () => {
    const types: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', html: 'text/html; charset=utf-8', svg: 'image/svg+xml' }
    const names = await assetNames()
    expect(names).toEqual(expect.arrayContaining(['index.html', 'app.js', 'app.css', 'dom.js']))
    for (const name of names) {
      const response = await f.app.request(`/ui/${name}`)
      expect(response.status, name).toBe(200)
      expect(response.headers.get('content-type'), name).toBe(types[name.split('.').pop()!])
      expect(response.headers.get('content-security-policy'), name).toBe(CONTENT_SECURITY_POLICY)
      expect(response.headers.get('etag'), name).toBeTruthy()
    }
  })

  it('serves nothing outside the assets, and says so as the API does', async () => {
    for (const path of ['/ui/serve.ts', '/ui/..%2Fserve.ts', '/ui/../serve.ts', '/ui/%2e%2e%2fserve.ts', '/ui/missing.js', '/ui/fixtures.ts', '/ui/app.js.map', '/ui/.hidden.js', '/ui/']) {
      const response = await f.app.request(path)
      expect(response.status, path).toBe(404)
      expect(((await response.json()) as { error: { code: string } }).error.code, path).toBe('E_NOT_FOUND')
    }
  })

  it('answers 404 for a name the file system refuses (too long for a file name), and logs nothing', async () => {
    for (const path of [`/ui/${'a'.repeat(300)}.js`, `/ui/${'a'.repeat(5000)}.css`]) {
      const response = await f.app.request(path)
      expect(response.status, path.slice(0, 20)).toBe(404)
      expect(await response.json()).toEqual({ error: { code: 'E_NOT_FOUND', message: expect.any(String) } })
    }
    expect(f.logged).toEqual([])
  })

  it('leaves the API as it was: JSON, and no page in the OpenAPI document', async () => {
    const health = await f.app.request('/health')
    expect(health.headers.get('content-type')).toMatch(/^application\/json/)
    // The API's own policy (server/security-headers.ts), which allows nothing: JSON is no page.
    expect(health.headers.get('content-security-policy')).toBe(API_CONTENT_SECURITY_POLICY)
    const doc = (await (await f.app.request('/openapi.json')).json()) as { paths: Record<string, unknown> }
    expect(Object.keys(doc.paths)).not.toContain('/')
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/ui'))).toBe(false)
  })
})

describe('the modules, read as text', () => {
  it('import only modules that are there, by relative path (no CDN, no bare package name)', async () => {
    const names = new Set(await assetNames())
    for (const name of names) {
      if (!name.endsWith('.js')) continue
      const source = await readFile(new URL(name, ASSETS_DIR), 'utf8')
      for (const [, target] of source.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+'([^']+)'/gm)) {
        expect(target, `${name} imports ${target}`).toMatch(/^\.\/[a-z0-9-]+\.js$/)
        expect(names.has(target!.slice(2)), `${name} imports ${target}`).toBe(true)
      }
      expect(source, name).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/)
    }
  })

  it('never turn a string into markup or code', async () => {
    for (const name of await assetNames()) {
      if (!name.endsWith('.js')) continue
      const source = await readFile(new URL(name, ASSETS_DIR), 'utf8')
      const code = source.replace(/^\s*(?:\/\/|\*|\/\*\*).*$/gm, '')
      expect(code, name).not.toMatch(/\.(?:innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(|createContextualFragment|DOMParser/)
      expect(code, name).not.toMatch(/setAttribute\(\s*['"](?:style|on\w+)/)
    }
  })
})
