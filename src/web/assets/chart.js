// A timeline of statements drawn as inline SVG: one dot a statement, stacked by day (or week, or
// month, as the span of dates needs), coloured by stance; each dot links to its evidence.

import { h, shorten, svg } from './dom.js'
import { STANCES, day, statementHref } from './format.js'

/** @typedef {import('./api.js').SearchHit} SearchHit */

const DAY = 86_400_000
/** A dot's radius, and the height a stack may reach before its dots shrink to fit. */
const R = 5
const MAX_STACK = 180
const ORDER = [...STANCES, 'none']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "2026-03-19" → milliseconds since the epoch, UTC; NaN when it is no date. */
function time(/** @type {string} */ date) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date)
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN
}

/** @param {number} t */
function iso(t) {
  return new Date(t).toISOString().slice(0, 10)
}

/**
 * The chart, its legend and a line on the undated.
 * @param {readonly SearchHit[]} hits
 * @param {{ width?: number, label?: string }} [options] width: the space it has, in CSS pixels
 */
export function timelineChart(hits, options = {}) {
  const dated = hits.filter((hit) => hit.statement.date && !Number.isNaN(time(hit.statement.date)))
  const undated = hits.length - dated.length
  /** @type {Record<string, number>} */
  const counts = {}
  for (const hit of hits) counts[hit.statement.stance ?? 'none'] = (counts[hit.statement.stance ?? 'none'] ?? 0) + 1
  const legend = h(
    'ul',
    { class: 'legend-list' },
    ORDER.filter((s) => counts[s]).map((s) => h('li', null, h('span', { class: ['swatch', `stance-${s}`], 'aria-hidden': 'true' }), ` ${s === 'none' ? 'no stance' : s} ${counts[s]}`)),
  )
  if (dated.length === 0) {
    return h('figure', { class: 'chart' }, h('p', { class: 'muted' }, 'No dated statements to chart.'), legend)
  }

  const times = dated.map((hit) => time(/** @type {string} */ (hit.statement.date)))
  let min = Math.min(...times)
  let max = Math.max(...times)
  const spanDays = (max - min) / DAY
  const bucketDays = spanDays <= 60 ? 1 : spanDays <= 400 ? 7 : 30
  if (spanDays < 6) {
    min -= 3 * DAY
    max += 3 * DAY
  }
  const bucketOf = (/** @type {number} */ t) => Math.floor((t - min) / (bucketDays * DAY))
  /** @type {Map<number, SearchHit[]>} */
  const buckets = new Map()
  dated.forEach((hit, i) => {
    const b = bucketOf(/** @type {number} */ (times[i]))
    buckets.set(b, [...(buckets.get(b) ?? []), hit])
  })
  const tallest = Math.max(...[...buckets.values()].map((list) => list.length))

  const width = Math.max(300, Math.min(1000, Math.round(options.width ?? 800)))
  const left = 14
  const right = 14
  const top = 10
  const axis = 34
  // Dots shrink (to a radius of 1.5 at least) rather than let one busy day make the chart tall.
  const step = Math.max(4, Math.min(2 * R + 2, MAX_STACK / tallest))
  const r = Math.min(R, (step - 1) / 2)
  const plotHeight = Math.max(60, tallest * step + 4)
  const height = top + plotHeight + axis
  const x = (/** @type {number} */ t) => left + ((t - min) / Math.max(DAY, max - min)) * (width - left - right)
  const base = top + plotHeight

  /** @type {SVGElement[]} */
  const dots = []
  for (const [b, list] of buckets) {
    const start = min + b * bucketDays * DAY
    const cx = x(bucketDays === 1 ? start : Math.min(max, start + (bucketDays * DAY) / 2))
    list.sort((p, q) => ORDER.indexOf(p.statement.stance ?? 'none') - ORDER.indexOf(q.statement.stance ?? 'none'))
    list.forEach((hit, k) => {
      const s = hit.statement
      const who = s.speaker.name ?? 'unknown speaker'
      const what = shorten(s.content.map((c) => c.text).join(' … '), 140)
      dots.push(
        svg(
          'a',
          { href: statementHref(s.id), class: 'dot-link' },
          svg(
            'circle',
            { class: ['dot', `stance-${s.stance ?? 'none'}`], cx: cx.toFixed(1), cy: (base - r - 2 - k * step).toFixed(1), r: r.toFixed(1), dataset: { stance: s.stance ?? 'none' } },
            svg('title', null, `${day(s.date)} · ${who} · ${s.stance ?? 'no stance'}: ${what}`),
          ),
        ),
      )
    })
  }

  /** @type {SVGElement[]} */
  const ticks = []
  for (const t of tickTimes(min, max)) {
    const tx = x(t)
    ticks.push(
      svg('line', { class: 'tick', x1: tx.toFixed(1), x2: tx.toFixed(1), y1: base, y2: base + 5 }),
      // Labels at the ends are kept inside the picture.
      svg('text', { class: 'tick-label', x: tx.toFixed(1), y: base + 18, 'text-anchor': tx < 40 ? 'start' : tx > width - 40 ? 'end' : 'middle' }, tickLabel(t, max - min)),
    )
  }

  const chart = svg(
    'svg',
    {
      class: 'timeline',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-label': `${options.label ?? 'Statements'} over time: ${dated.length} dated, from ${iso(Math.min(...times))} to ${iso(Math.max(...times))}, ${bucketDays === 1 ? 'by day' : bucketDays === 7 ? 'by week' : 'by month'}`,
    },
    svg('line', { class: 'axis', x1: left, x2: width - right, y1: base, y2: base }),
    ticks,
    dots,
  )
  return h(
    'figure',
    { class: 'chart' },
    chart,
    h(
      'figcaption',
      { class: 'muted' },
      legend,
      `One dot a statement, ${bucketDays === 1 ? 'by day' : bucketDays === 7 ? 'by week' : 'by month'}; hover for what was said, click for the evidence.`,
      undated ? ` ${undated} undated not shown.` : '',
    ),
  )
}

/** Days, weeks or month starts between min and max: a handful of ticks. */
function tickTimes(/** @type {number} */ min, /** @type {number} */ max) {
  const days = (max - min) / DAY
  /** @type {number[]} */
  const out = []
  if (days <= 90) {
    const step = days <= 8 ? 1 : days <= 21 ? 3 : days <= 45 ? 7 : 14
    for (let t = min; t <= max; t += step * DAY) out.push(t)
    return out
  }
  const d = new Date(min)
  const months = days <= 400 ? 1 : days <= 800 ? 3 : 12
  let y = d.getUTCFullYear()
  let m = d.getUTCMonth() + 1
  for (;;) {
    if (m > 11) {
      y += Math.floor(m / 12)
      m %= 12
    }
    const t = Date.UTC(y, m, 1)
    if (t > max) return out
    if (m % months === 0 || months === 1) out.push(t)
    m += 1
  }
}

function tickLabel(/** @type {number} */ t, /** @type {number} */ range) {
  const d = new Date(t)
  return range <= 90 * DAY ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` : `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}
