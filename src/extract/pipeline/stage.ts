import type { DocumentDraft, ExtractContext, SlotName } from './context.js'

// A stage is one step of extraction: a factory takes the stage's options (each with a documented
// default) and returns what runs over the document. It names the context slots it reads and the
// ones it fills, so that a stage list out of order fails when it is built, not on some input.

export interface Stage {
  /** Stable name, in diagnostics and errors. */
  readonly name: string
  /** Slots an earlier stage must have filled. */
  readonly requires: readonly SlotName[]
  /** Slots this stage fills. */
  readonly provides: readonly SlotName[]
  readonly run: (doc: DocumentDraft, ctx: ExtractContext) => void
}

export function stage(name: string, requires: readonly SlotName[], provides: readonly SlotName[], run: Stage['run']): Stage {
  return { name, requires, provides, run }
}

/** A list of stages whose every requirement is provided by a stage before it. */
export interface Pipeline {
  readonly stages: readonly Stage[]
}

/** Checks the order once, when the list is built: a stage needing what no earlier stage provides throws. */
export function pipeline(stages: readonly Stage[]): Pipeline {
  const provided = new Set<SlotName>()
  for (const s of stages) {
    const missing = s.requires.filter((slot) => !provided.has(slot))
    if (missing.length > 0) throw new Error(`pipeline: stage "${s.name}" requires ${missing.map((m) => `"${m}"`).join(', ')}, which no stage before it provides`)
    for (const slot of s.provides) provided.add(slot)
  }
  return { stages }
}

export function runPipeline(p: Pipeline, doc: DocumentDraft, ctx: ExtractContext): void {
  for (const s of p.stages) s.run(doc, ctx)
}
