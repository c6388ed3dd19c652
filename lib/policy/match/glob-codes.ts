// The wildcard codes of a compiled glob (glob-matcher.ts); every other code is a
// character. Their own module because fixed-piece.ts reads them and glob-matcher.ts
// reads fixed-piece.ts.

/** `*`: any run of characters, none included. */
export const ANY_RUN = -1
/** `?`: exactly one character. */
export const ANY_ONE = -2
/** A `*` that stays inside one ARN segment: any run of characters other than ":". */
export const SEGMENT_RUN = -3
/** A `?` that stays inside one ARN segment: one character other than ":". */
export const SEGMENT_ONE = -4
