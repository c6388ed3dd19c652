// The codes a compiled pattern is made of: a character code (>= 0) for a literal character,
// or one of these wildcard codes; callers decide which characters of their syntax are wildcards.

/** `*`: any run of characters, none included. */
export const ANY_RUN = -1
/** `?`: exactly one character. */
export const ANY_ONE = -2
/** A `*` that stays inside one ARN segment: any run of characters other than ":". */
export const SEGMENT_RUN = -3
/** A `?` that stays inside one ARN segment: one character other than ":". */
export const SEGMENT_ONE = -4

export const COLON = 58
