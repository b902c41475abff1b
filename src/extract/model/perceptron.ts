// An averaged perceptron over sparse hashed features (see feature-hash.ts): small, fast to train
// and to apply. Averaging (Collins 2002) keeps the weights from over-fitting the last examples.

export interface Example {
  features: number[]
  label: boolean
}

/** A trained binary classifier: a score above zero means yes. */
export interface LinearModel {
  bias: number
  weights: Map<number, number>
}

export function score(model: LinearModel, features: readonly number[]): number {
  let s = model.bias
  for (const f of features) s += model.weights.get(f) ?? 0
  return s
}

/** Trains on `examples` for `epochs` passes in a fixed shuffled order (seeded: training is reproducible). */
export function trainPerceptron(examples: readonly Example[], epochs: number, seed = 1): LinearModel {
  const w = new Map<number, number>()
  // Sum of each weight over all steps, kept lazily: total += w * (steps since last update).
  const totals = new Map<number, number>()
  const stamps = new Map<number, number>()
  let bias = 0
  let biasTotal = 0
  let biasStamp = 0
  let step = 0
  const order = examples.map((_, i) => i)
  let random = seed
  const next = () => ((random = (Math.imul(random, 1103515245) + 12345) >>> 0) / 2 ** 32)

  const update = (f: number, delta: number) => {
    const current = w.get(f) ?? 0
    totals.set(f, (totals.get(f) ?? 0) + current * (step - (stamps.get(f) ?? 0)))
    stamps.set(f, step)
    w.set(f, current + delta)
  }

  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    for (const index of order) {
      step++
      const { features, label } = examples[index]!
      let s = bias
      for (const f of features) s += w.get(f) ?? 0
      if (s > 0 === label) continue
      const delta = label ? 1 : -1
      for (const f of features) update(f, delta)
      biasTotal += bias * (step - biasStamp)
      biasStamp = step
      bias += delta
    }
  }
  const averaged = new Map<number, number>()
  for (const [f, current] of w) {
    const total = (totals.get(f) ?? 0) + current * (step - (stamps.get(f) ?? 0))
    const mean = total / step
    if (mean !== 0) averaged.set(f, mean)
  }
  biasTotal += bias * (step - biasStamp)
  return { bias: biasTotal / step, weights: averaged }
}
