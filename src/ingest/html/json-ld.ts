// The article a page describes in JSON-LD (schema.org NewsArticle and kin): headline, dates,
// publisher, url, language. Pages wrap it in arrays and @graph lists; malformed blocks are skipped.

export interface JsonLdArticle {
  headline?: string
  datePublished?: string
  publisher?: string
  url?: string
  inLanguage?: string
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const ARTICLE_TYPE = /Article|BlogPosting|Report|LiveBlogPosting/
const MAX_NODES = 2000

/** The best article description among the blocks: an article type first, else anything with a date. */
export function readJsonLd(blocks: readonly string[]): JsonLdArticle {
  const objects: JsonObject[] = []
  for (const block of blocks) {
    const parsed = parse(block)
    if (parsed !== undefined) collectObjects(parsed, objects)
  }
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t))) ?? objects.find((o) => typeof o.datePublished === 'string')
  if (!article) return {}
  const result: JsonLdArticle = {}
  const headline = stringOf(article.headline) ?? stringOf(article.name)
  if (headline) result.headline = headline
  const date = stringOf(article.datePublished) ?? stringOf(article.dateCreated)
  if (date) result.datePublished = date
  const publisher = nameOf(article.publisher) ?? nameOf(article.sourceOrganization)
  if (publisher) result.publisher = publisher
  const url = stringOf(article.url) ?? idOf(article.mainEntityOfPage)
  if (url) result.url = url
  const lang = stringOf(article.inLanguage)
  if (lang) result.inLanguage = lang
  return result
}

function parse(block: string): Json | undefined {
  try {
    // Some CMSs wrap JSON-LD in HTML comments or CDATA markers.
    return JSON.parse(block.replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(-->|\/\/\s*\]\]>)\s*$/, '')) as Json
  } catch {
    return undefined
  }
}

/** Every object in arrays and @graph lists, breadth first, bounded. */
function collectObjects(root: Json, into: JsonObject[]): void {
  const queue: Json[] = [root]
  for (let i = 0; i < queue.length && i < MAX_NODES; i++) {
    const node = queue[i]!
    if (Array.isArray(node)) {
      for (const item of node) if (queue.length < MAX_NODES) queue.push(item)
    } else if (isObject(node)) {
      into.push(node)
      const graph = node['@graph']
      if (graph !== undefined) queue.push(graph)
    }
  }
}

function typesOf(o: JsonObject): string[] {
  const type = o['@type']
  if (typeof type === 'string') return [type]
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : []
}

function nameOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined
  if (Array.isArray(value)) return value.length > 0 ? nameOf(value[0]) : undefined
  return isObject(value) ? stringOf(value.name) : undefined
}

function idOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined
  return isObject(value) ? stringOf(value['@id']) ?? stringOf(value.url) : undefined
}

function stringOf(value: Json | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
