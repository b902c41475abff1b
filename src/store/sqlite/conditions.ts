// SQL conditions the query builders share, their values bound as parameters, never spliced in.

export type Params = Record<string, string | number>

/** `column` is one of `values`: `= @name` for one value (so an index can also give the order), else `IN` over a JSON array. */
export function oneOf(column: string, name: string, values: readonly number[], params: Params): string {
  if (values.length === 1) {
    params[name] = values[0]!
    return `${column} = @${name}`
  }
  params[name] = JSON.stringify(values)
  return `${column} IN (SELECT value FROM json_each(@${name}))`
}

/** `column` within [from, below), as SQL conditions whose parameters are added to `params`. */
export function dateConditions(column: string, range: { from: string | null; below: string | null }, params: Params): string[] {
  const conditions: string[] = []
  if (range.from !== null) {
    conditions.push(`${column} >= @from`)
    params.from = range.from
  }
  if (range.below !== null) {
    conditions.push(`${column} < @below`)
    params.below = range.below
  }
  return conditions
}
