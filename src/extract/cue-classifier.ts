// The trained cue classifier: loads its weights and keeps the candidates it scores as cues.

import classifierData from '../lexicon/en/cue-classifier.json' with { type: 'json' }
import type { Analysis } from './analysis.js'
import { cueFeatures } from './cue-features.js'
import type { CueMatch } from './cues.js'
import { type LinearModel, score } from './model/perceptron.js'

/**
 * The cue classifier as stored: trained by scripts/train-cue-classifier.ts on PolNeAR train.
 * `weights` alternates feature hash and weight: [hash, weight, hash, weight, …].
 */
export interface StoredClassifier {
  bias: number
  weights: number[]
}

export function loadClassifier(data: StoredClassifier): LinearModel {
  const weights = new Map<number, number>()
  for (let i = 0; i + 1 < data.weights.length; i += 2) weights.set(data.weights[i]!, data.weights[i + 1]!)
  return { bias: data.bias, weights }
}

export const englishCueClassifier: LinearModel = loadClassifier(classifierData as StoredClassifier)

/** Keeps the candidates the classifier scores as cues in their context. */
export function keepLikelyCues(a: Analysis, candidates: CueMatch[], model: LinearModel): CueMatch[] {
  return candidates.filter((cue) => cue.prepositional || isNearlyAlwaysCue(cue) || score(model, cueFeatures(a, cue)) > 0)
}

/** Forms like "said" are cues 95 times in 100 anywhere: not worth the classifier's time (PolNeAR dev scores are identical either way). */
function isNearlyAlwaysCue(cue: CueMatch): boolean {
  const verb = cue.verb
  return verb !== null && !verb.learned && !verb.nounLike && verb.ratio >= RELIABLE_RATIO
}

const RELIABLE_RATIO = 0.95
