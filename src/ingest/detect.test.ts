import { describe, expect, it } from 'vitest'
import { detectReader } from './detect.js'

describe('detectReader: by content', () => {
  it('tells JSON exports from JSON lines', () => {
    expect(detectReader('{"name":"Wire","type":"public_channel","messages":[]}')).toBe('telegram')
    expect(detectReader('{\n "name": "Wire",\n "messages": [\n')).toBe('telegram') // pretty-printed, even truncated
    expect(detectReader('{"text":"a"}\n{"text":"b"}\n')).toBe('jsonl')
    expect(detectReader('not json\n{"text":"b"}\n', { name: 'x.txt' })).toBe('text')
    expect(detectReader('{"broken": \n{"text":"b"}\n')).toBe('jsonl') // a bad first line does not hide the rest
    expect(detectReader('{"some": {"other": "json"}}'.replace('}}', '},\n"x": 1}'))).toBe(null)
    expect(detectReader('[1, 2, 3]')).toBe(null)
  })

  it('tells feeds from pages', () => {
    expect(detectReader('<?xml version="1.0"?>\n<!-- feed -->\n<rss version="2.0"><channel></channel></rss>')).toBe('feed')
    expect(detectReader('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>')).toBe('feed')
    expect(detectReader('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><item/></rdf:RDF>')).toBe('feed')
    expect(detectReader('<!DOCTYPE html>\n<html><body><p>x</p></body></html>')).toBe('html')
    expect(detectReader('<div><p>A fragment</p><p>of a page</p></div>')).toBe('html')
    expect(detectReader('\uFEFF  <HTML><BODY>x</BODY></HTML>')).toBe('html')
  })

  it('looks past a DOCTYPE with an internal subset, whose declarations hold ">" and "]"', () => {
    expect(detectReader('<!DOCTYPE rss [<!ENTITY x "y">]><rss><channel><title>T</title></channel></rss>')).toBe('feed')
    expect(detectReader('<?xml version="1.0"?>\n<!DOCTYPE rss [\n  <!-- a "comment" ] -->\n  <!ENTITY x "a > b ] c">\n]>\n<rss version="2.0"></rss>')).toBe('feed')
    expect(detectReader('<!DOCTYPE html [<!ENTITY x ">">]><html><body><p>x</p></body></html>')).toBe('html')
    // Never ending: broken XML for the feed reader to refuse, not text to store with its markup.
    expect(detectReader('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "never closed')).toBe('feed')
  })

  it('finds a page behind leading junk, and a brief by its header or labels', () => {
    expect(detectReader('garbage before\n<!doctype html><html><body>x</body></html>')).toBe('html')
    expect(detectReader('date 2026-03-13 Ilsa Varga said talks were needed.\n\nSource: Meridian Press')).toBe('brief')
    expect(detectReader('Varga said talks were needed.\n\nQuote: "We must talk."')).toBe('brief')
    expect(detectReader('Varga said talks were needed.\n\nShe spoke in Kessel.')).toBe('text')
    expect(detectReader('<Untitled> notes from the meeting\nVarga spoke.')).toBe('text')
  })
})

describe('detectReader: hints break ties, content wins', () => {
  it('uses the extension or Content-Type only when the content does not decide', () => {
    expect(detectReader('<custom><x>1</x></custom>', { name: 'feed.xml' })).toBe('feed')
    expect(detectReader('<custom><x>1</x></custom>', { contentType: 'application/rss+xml; charset=utf-8' })).toBe('feed')
    expect(detectReader('<custom><x>1</x></custom>', { contentType: 'text/html' })).toBe('html')
    expect(detectReader('{"truncated": ', { name: 'https://example.org/result.json?x=1' })).toBe('telegram')
    expect(detectReader('{"truncated": ', { name: 'dump.ndjson' })).toBe('jsonl')
    expect(detectReader('<!doctype html><html><body><p>x</p></body></html>', { name: 'story.txt' })).toBe('html')
    expect(detectReader('Plain words only.', { name: 'page.html' })).toBe('text')
  })
})
