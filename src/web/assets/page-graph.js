// #/graph?n=15&orgs=1: who speaks about whom. The N people (and, with orgs, organisations) who
// made the most statements; an arrow from a speaker to each person their statements are about,
// as thick as the statements are many and coloured by their most common stance. Laid out by a
// small force simulation (deterministic: it starts from a circle) and drawn as inline SVG.

import { getAll, remember } from './api.js'
import { append, h, link, svg } from './dom.js'
import { STANCES, count, entityHref, page } from './format.js'
import { section } from './widgets.js'

/** @typedef {import('./app.js').Route} Route */
/** @typedef {import('./api.js').StoredEntity} StoredEntity */
/** @typedef {{ id: string, name: string, statements: number, speaker: boolean, x: number, y: number, r: number, fx: number, fy: number }} Node */
/** @typedef {{ from: string, to: string, n: number, stances: Record<string, number>, stance: string }} Edge */

const SIZES = [10, 15, 25, 40]
/** Statements read per speaker, and speakers read at once. */
const PER_SPEAKER = 300
const PARALLEL = 4
/** People spoken about who are not among the speakers: at most this many more nodes. */
const EXTRA_NODES = 10

/**
 * @param {HTMLElement} view
 * @param {Route} route
 */
export async function renderGraph(view, route) {
  const n = SIZES.includes(Number(route.params.get('n'))) ? Number(route.params.get('n')) : 15
  const orgs = route.params.get('orgs') === '1'
  route.title('Who speaks about whom')
  const status = h('p', { class: 'muted', role: 'status' }, 'Reading who said what…')
  const figure = h('div', { class: 'graph-box' })
  const table = h('div', { class: 'table-scroll' })
  append(view, h('h1', null, 'Who speaks about whom'), graphForm(n, orgs), status, figure)

  const types = orgs ? ['person', 'organization'] : ['person']
  /** @type {StoredEntity[]} */
  const known = []
  for (const type of types) known.push(...(await getAll('/entities', { type }, 500, route.signal)).items)
  remember(known)
  const byId = new Map(known.map((s) => [s.entity.id, s]))
  const speakers = known
    .filter((s) => s.statementCount > 0)
    .sort((a, b) => b.statementCount - a.statementCount || a.entity.name.localeCompare(b.entity.name))
    .slice(0, n)

  /** @type {Map<string, Edge>} */
  const edges = new Map()
  let read = 0
  const queue = [...speakers]
  const worker = async () => {
    for (let s = queue.shift(); s; s = queue.shift()) {
      const { items } = await getAll('/timeline', { subject: s.entity.id }, PER_SPEAKER, route.signal)
      for (const { statement } of items) {
        const from = statement.speaker.entity
        if (!from) continue
        for (const to of new Set(statement.about)) {
          if (to === from || !byId.has(to)) continue
          const key = `${from}\u0000${to}`
          /** @type {Edge} */
          const edge = edges.get(key) ?? { from, to, n: 0, stances: {}, stance: 'none' }
          edge.n++
          const stance = statement.stance ?? 'none'
          edge.stances[stance] = (edge.stances[stance] ?? 0) + 1
          edges.set(key, edge)
        }
      }
      read++
      status.textContent = `Reading who said what… ${read} of ${speakers.length} speakers`
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker))
  if (route.signal.aborted) return

  for (const edge of edges.values()) {
    const ranked = STANCES.filter((s) => edge.stances[s]).sort((a, b) => (edge.stances[b] ?? 0) - (edge.stances[a] ?? 0))
    edge.stance = ranked[0] ?? 'none'
  }
  // The speakers, and the people they speak about most who are not speakers here.
  const ids = new Set(speakers.map((s) => s.entity.id))
  /** @type {Map<string, number>} */
  const incoming = new Map()
  for (const e of edges.values()) if (!ids.has(e.to)) incoming.set(e.to, (incoming.get(e.to) ?? 0) + e.n)
  for (const [id] of [...incoming].sort((a, b) => b[1] - a[1]).slice(0, EXTRA_NODES)) ids.add(id)
  const shown = [...edges.values()].filter((e) => ids.has(e.from) && ids.has(e.to)).sort((a, b) => b.n - a.n)

  /** @type {Node[]} */
  const nodes = [...ids].map((id) => {
    const s = /** @type {StoredEntity} */ (byId.get(id))
    return { id, name: s.entity.name, statements: s.statementCount, speaker: speakers.includes(s), x: 0, y: 0, r: 0, fx: 0, fy: 0 }
  })
  status.textContent = `${count(speakers.length, 'speaker')} with the most statements, ${count(shown.length, 'arrow')}: an arrow from a speaker to whom their statements are about.`
  if (nodes.length === 0) {
    append(figure, h('p', { class: 'muted' }, 'Nobody has made a statement yet.'))
    return
  }
  const width = Math.max(320, Math.min(960, figure.clientWidth || 800))
  const height = Math.round(width < 600 ? width * 1.1 : width * 0.62)
  append(figure, drawGraph(nodes, shown, width, height))
  append(table, edgeTable(shown, new Map(nodes.map((nd) => [nd.id, nd.name]))))
  append(view, section('Who speaks about whom, most first', table))
}

/** The size of the graph, and whether organisations count. */
function graphForm(/** @type {number} */ n, /** @type {boolean} */ orgs) {
  const select = h('select', { id: 'f-n', name: 'n' }, SIZES.map((s) => h('option', { value: s, selected: s === n }, `top ${s}`)))
  const box = h('input', { id: 'f-orgs', name: 'orgs', type: 'checkbox', value: '1', checked: orgs })
  const form = h(
    'form',
    { class: 'graph-form' },
    h('label', { class: 'field', for: 'f-n' }, h('span', null, 'Speakers'), select),
    h('label', { class: 'check', for: 'f-orgs' }, box, ' organisations too'),
    h('button', { type: 'submit' }, 'Draw'),
  )
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    location.hash = page('graph', undefined, { n: select.value, orgs: box.checked ? '1' : undefined })
  })
  return form
}

/**
 * Places the nodes: Fruchterman–Reingold from a circle, a fixed number of rounds, so that the
 * same graph is drawn the same way every time.
 * @param {Node[]} nodes
 * @param {readonly Edge[]} edges
 * @param {number} width
 * @param {number} height
 */
export function layout(nodes, edges, width, height) {
  const padX = 70
  const padY = 30
  const w = width - 2 * padX
  const hgt = height - 2 * padY
  const k = 0.7 * Math.sqrt((w * hgt) / Math.max(1, nodes.length))
  const at = new Map(nodes.map((nd) => [nd.id, nd]))
  nodes.forEach((nd, i) => {
    const a = (2 * Math.PI * i) / nodes.length
    nd.x = width / 2 + (w / 3) * Math.cos(a)
    nd.y = height / 2 + (hgt / 3) * Math.sin(a)
  })
  const rounds = 300
  for (let round = 0; round < rounds; round++) {
    const t = (Math.min(w, hgt) / 8) * (1 - round / rounds) + 0.5
    for (const nd of nodes) {
      nd.fx = 0
      nd.fy = 0
    }
    for (let i = 0; i < nodes.length; i++) {
      const a = /** @type {Node} */ (nodes[i])
      for (let j = i + 1; j < nodes.length; j++) {
        const b = /** @type {Node} */ (nodes[j])
        let x = a.x - b.x
        let y = a.y - b.y
        let d = Math.hypot(x, y)
        if (d < 0.01) {
          x = 0.01 * (i - j)
          y = 0.01
          d = Math.hypot(x, y)
        }
        const f = (k * k) / d
        a.fx += (x / d) * f
        a.fy += (y / d) * f
        b.fx -= (x / d) * f
        b.fy -= (y / d) * f
      }
    }
    for (const e of edges) {
      const a = /** @type {Node} */ (at.get(e.from))
      const b = /** @type {Node} */ (at.get(e.to))
      const x = a.x - b.x
      const y = a.y - b.y
      const d = Math.max(0.01, Math.hypot(x, y))
      const f = ((d * d) / k) * Math.min(2, 0.6 + 0.2 * e.n)
      a.fx -= (x / d) * f
      a.fy -= (y / d) * f
      b.fx += (x / d) * f
      b.fy += (y / d) * f
    }
    for (const nd of nodes) {
      // A pull to the middle keeps the unconnected from drifting to the edges.
      const mx = nd.fx + (width / 2 - nd.x) * 0.012 * k
      const my = nd.fy + (height / 2 - nd.y) * 0.012 * k
      const m = Math.hypot(mx, my) || 1
      nd.x = Math.min(width - padX, Math.max(padX, nd.x + (mx / m) * Math.min(m, t)))
      nd.y = Math.min(height - padY - 14, Math.max(padY, nd.y + (my / m) * Math.min(m, t)))
    }
  }
}

/**
 * @param {Node[]} nodes
 * @param {readonly Edge[]} edges
 * @param {number} width
 * @param {number} height
 */
function drawGraph(nodes, edges, width, height) {
  const most = Math.max(1, ...nodes.map((nd) => nd.statements))
  for (const nd of nodes) nd.r = 5 + 11 * Math.sqrt(nd.statements / most)
  layout(nodes, edges, width, height)
  const at = new Map(nodes.map((nd) => [nd.id, nd]))
  const names = new Map(nodes.map((nd) => [nd.id, nd.name]))
  const heaviest = Math.max(1, ...edges.map((e) => e.n))
  // On a phone, long names are cut to their last word (the whole name is in the tooltip and the table).
  const narrow = width < 600
  const arrows = edges.map((e) => {
    const a = /** @type {Node} */ (at.get(e.from))
    const b = /** @type {Node} */ (at.get(e.to))
    const d = Math.max(1, Math.hypot(b.x - a.x, b.y - a.y))
    const ux = (b.x - a.x) / d
    const uy = (b.y - a.y) / d
    // Curved a little to the left, so that A → B and B → A are two arrows, not one line.
    const bend = Math.min(40, d * 0.15)
    const cx = (a.x + b.x) / 2 + uy * bend
    const cy = (a.y + b.y) / 2 - ux * bend
    const end = { x: b.x - ux * (b.r + 3), y: b.y - uy * (b.r + 3) }
    const start = { x: a.x + ux * a.r, y: a.y + uy * a.r }
    const breakdown = STANCES.filter((s) => e.stances[s])
      .map((s) => `${e.stances[s]} ${s}`)
      .concat(e.stances.none ? [`${e.stances.none} without a stance`] : [])
      .join(', ')
    return svg(
      'a',
      { href: page('search', undefined, { speaker: e.from, about: e.to }), class: 'edge-link' },
      svg(
        'path',
        {
          class: ['edge', `stance-${e.stance}`],
          d: `M${start.x.toFixed(1)},${start.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${end.x.toFixed(1)},${end.y.toFixed(1)}`,
          'stroke-width': (1.2 + 3.8 * (e.n / heaviest)).toFixed(1),
          'marker-end': `url(#arrow-${e.stance})`,
          dataset: { from: e.from, to: e.to },
        },
        svg('title', null, `${names.get(e.from)} → ${names.get(e.to)}: ${count(e.n, 'statement')} (${breakdown})`),
      ),
    )
  })
  const markers = [...STANCES, 'none'].map((s) =>
    svg(
      'marker',
      { id: `arrow-${s}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, markerUnits: 'userSpaceOnUse', orient: 'auto' },
      svg('path', { d: 'M0,0 L10,5 L0,10 z', class: ['arrowhead', `stance-${s}`] }),
    ),
  )
  const circles = nodes.map((nd) =>
    svg(
      'a',
      { href: entityHref(nd.id), class: 'node-link' },
      svg(
        'g',
        { class: ['node', nd.speaker ? 'speaker' : 'spoken-about'], dataset: { id: nd.id } },
        svg('circle', { cx: nd.x.toFixed(1), cy: nd.y.toFixed(1), r: nd.r.toFixed(1) }),
        svg('text', { x: nd.x.toFixed(1), y: (nd.y + nd.r + 12).toFixed(1), 'text-anchor': 'middle' }, narrow && nd.name.length > 14 ? lastWord(nd.name) : nd.name),
        svg('title', null, `${nd.name}: ${count(nd.statements, 'statement')}`),
      ),
    ),
  )
  return h(
    'figure',
    { class: 'graph' },
    svg(
      'svg',
      { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': `Who speaks about whom: ${nodes.length} people, ${edges.length} arrows` },
      svg('defs', null, markers),
      arrows,
      circles,
    ),
    h(
      'figcaption',
      { class: 'muted' },
      h(
        'ul',
        { class: 'legend-list' },
        [...STANCES, 'none'].map((s) => h('li', null, h('span', { class: ['swatch', `stance-${s}`], 'aria-hidden': 'true' }), ` ${s === 'none' ? 'no stance' : s}`)),
      ),
      'Arrows: speaker → whom their statements are about, coloured by the most common stance; hollow circles: spoken about only. Click a person for their page, an arrow for the statements.',
    ),
  )
}

function lastWord(/** @type {string} */ name) {
  return name.slice(name.lastIndexOf(' ') + 1)
}

/**
 * The same as a table, for reading and for small screens.
 * @param {readonly Edge[]} edges
 * @param {Map<string, string>} names
 */
function edgeTable(edges, names) {
  if (edges.length === 0) return h('p', { class: 'muted' }, 'No speaker here speaks about another.')
  return h(
    'table',
    { class: 'edges' },
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Speaker'), h('th', { scope: 'col' }, 'About'), h('th', { scope: 'col' }, 'Statements'), h('th', { scope: 'col' }, 'Mostly'))),
    h(
      'tbody',
      null,
      edges.map((e) =>
        h(
          'tr',
          null,
          h('td', null, link(entityHref(e.from), names.get(e.from) ?? e.from)),
          h('td', null, link(entityHref(e.to), names.get(e.to) ?? e.to)),
          h('td', null, link(page('search', undefined, { speaker: e.from, about: e.to }), String(e.n))),
          h('td', null, h('span', { class: ['badge', `stance-${e.stance}`] }, e.stance === 'none' ? 'no stance' : e.stance)),
        ),
      ),
    ),
  )
}
