import classifierData from '../lexicon/en/cue-classifier.json' with { type: 'json' }
import type { Analysis } from './analysis.js'
import { cueFeatures } from './cue-features.js'
import type { CueMatch } from './cues.js'
import { type LinearModel, score } from './model/perceptron.js'

/** The cue classifier as stored: trained by scripts/train-cue-classifier.ts on PolNeAR train. */
export interface StoredClassifier {
  bias: number
  weights: Record<string, number>
}

export function loadClassifier(data: StoredClassifier): LinearModel {
  return { bias: data.bias, weights: new Map(Object.entries(data.weights)) }
}

export const englishCueClassifier: LinearModel = loadClassifier(classifierData as StoredClassifier)

/** Keeps the candidates the classifier scores as cues in their context. */
export function keepLikelyCues(a: Analysis, candidates: CueMatch[], model: LinearModel): CueMatch[] {
  return candidates.filter((cue) => cue.prepositional || score(model, cueFeatures(a, cue)) > 0)
}
