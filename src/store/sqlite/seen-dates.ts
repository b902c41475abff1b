// First- and last-seen dates only widen: these SQL expressions set a column to the earlier (later)
// of itself and a value, a NULL on either side keeping the other.

export const earlierOf = (column: string, value: string): string =>
  `CASE WHEN ${column} IS NULL OR ${value} < ${column} THEN coalesce(${value}, ${column}) ELSE ${column} END`

export const laterOf = (column: string, value: string): string =>
  `CASE WHEN ${column} IS NULL OR ${value} > ${column} THEN coalesce(${value}, ${column}) ELSE ${column} END`
