// The one matcher for IAM's wildcards (actions, resources, principals, StringLike, ArnLike,
// and the validator's look-ups in the action catalogue). A pattern is compiled once into
// codes: a character code (>= 0) for a literal character, or one of the wildcard codes
// below; callers decide which characters of their syntax are wildcards.
//
// Why not a RegExp: an expression built from policy text such as `iam:**********-` backtracks
// exponentially in the number of stars (ten stars kept `npm run simulate` busy for more than
// 100 s, and one policy write could stall the server for every account). Here `*` runs are
// collapsed at compile time, and what a match costs depends on the pattern's shape:
// - letters and `*` (actions, most resources and StringLike): string searches that never
//   retry, one pass over the value;
// - letters, `*` and `?` (StringLike, ArnLike parts, segment `?` in resources): matchProgram
//   while every stretch after a star is at most 32 codes long (it re-checks that stretch at
//   each start a star offers: at most 32 x |value|); a longer stretch is a piece found by
//   Shift-And (fixed-piece.ts), |value| x ceil(|longest piece| / 32) word operations (16 KB
//   against a 5,001-character piece of `a?` is ~6-10 ms, where re-checking every start
//   took ~1 s);
// - segment stars (a `*` inside an ARN's first five segments, in Resource and NotResource
//   only): matchProgram, at most one backtrack point per kind of star, |pattern| x |value|
//   in the worst case.

import { pieceAt, shiftAndSearch } from './fixed-piece'
import { ANY_ONE, ANY_RUN, SEGMENT_ONE, SEGMENT_RUN } from './glob-codes'

export { ANY_ONE, ANY_RUN, SEGMENT_ONE, SEGMENT_RUN } from './glob-codes'

export type StringMatcher = (value: string) => boolean

const COLON = 58

/** Codes for `text` with `*` and `?` as wildcards and every other character literal. */
export function globCodes(text: string): number[] {
  const codes: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    codes.push(c === 42 ? ANY_RUN : c === 63 ? ANY_ONE : c)
  }
  return codes
}

export function appendLiteral(codes: number[], text: string): void {
  for (let i = 0; i < text.length; i++) codes.push(text.charCodeAt(i))
}

/**
 * Runs of stars collapsed: `**` is `*`; a segment star next to a free star adds nothing
 * (the free one already takes any run), and two segment stars are one.
 */
function collapseRuns(codes: readonly number[]): number[] {
  const out: number[] = []
  for (const c of codes) {
    const prev = out.length > 0 ? out[out.length - 1] : 0
    if (c === ANY_RUN && (prev === ANY_RUN || prev === SEGMENT_RUN)) out[out.length - 1] = ANY_RUN
    else if (c === SEGMENT_RUN && (prev === ANY_RUN || prev === SEGMENT_RUN)) continue
    else out.push(c)
  }
  return out
}

function literalText(codes: readonly number[], from = 0, to = codes.length): string {
  let s = ''
  for (let i = from; i < to; i++) s += String.fromCharCode(codes[i])
  return s
}

const LONGEST_RECHECKED_STRETCH = 32

/** A case-sensitive matcher for compiled codes, with plain string tests for the common shapes. */
export function compileGlobCodes(raw: readonly number[]): StringMatcher {
  const codes = collapseRuns(raw)
  let wildcards = 0
  let onlyFreeStars = true
  let segmentStars = false
  for (const c of codes) {
    if (c < 0) wildcards++
    if (c < 0 && c !== ANY_RUN) onlyFreeStars = false
    if (c === SEGMENT_RUN) segmentStars = true
  }
  if (wildcards === 0) {
    const exact = literalText(codes)
    return (v) => v === exact
  }
  if (codes.length === 1 && codes[0] === ANY_RUN) return () => true
  if (onlyFreeStars) return piecesMatcher(splitAtStars(codes).map((p) => literalText(p)))
  if (!segmentStars) {
    // matchProgram re-checks, at each start a free star offers, the stretch after it: cheap
    // up to one machine word's worth of pattern, beyond that Shift-And costs less.
    const pieces = splitAtStars(codes)
    if (pieces.slice(1).some((p) => p.length > LONGEST_RECHECKED_STRETCH)) return fixedPiecesMatcher(pieces)
  }
  const program = Int32Array.from(codes)
  // After a star, the literal run that follows it is searched for with indexOf instead of
  // being tried at every position: the chunk after the star can only start there.
  const next = codes.map((c, i) => {
    if (c !== ANY_RUN && c !== SEGMENT_RUN) return ''
    let end = i + 1
    while (end < codes.length && codes[end] >= 0) end++
    return literalText(codes, i + 1, end)
  })
  return (v) => matchProgram(program, next, v)
}

/** The runs between free stars (as many as the stars, plus one; some may be empty). */
function splitAtStars(codes: readonly number[]): number[][] {
  const pieces: number[][] = []
  let start = 0
  for (let i = 0; i <= codes.length; i++) {
    if (i === codes.length || codes[i] === ANY_RUN) {
      pieces.push(codes.slice(start, i))
      start = i + 1
    }
  }
  return pieces
}

/**
 * Literal pieces with "any run" between them (at least two pieces: a pattern with one star
 * has a head and a tail). The head must start the value and the tail end it; each middle
 * piece is placed at its leftmost occurrence, which leaves the most room for the rest, so
 * nothing is ever retried.
 */
function piecesMatcher(pieces: string[]): StringMatcher {
  const head = pieces[0]
  const tail = pieces[pieces.length - 1]
  let min = 0
  for (const p of pieces) min += p.length
  if (pieces.length === 2) return (v) => v.length >= min && v.startsWith(head) && v.endsWith(tail)
  const middle = pieces.slice(1, -1).filter((p) => p.length > 0)
  return (v) => {
    if (v.length < min || !v.startsWith(head) || !v.endsWith(tail)) return false
    const end = v.length - tail.length
    let at = head.length
    for (const piece of middle) {
      const found = v.indexOf(piece, at)
      if (found < 0 || found + piece.length > end) return false
      at = found + piece.length
    }
    return true
  }
}

/**
 * Free stars between pieces of fixed length (letters, `?`, segment `?`): the same leftmost
 * placement as piecesMatcher, which is right for the same reason (a piece placed further left
 * leaves a superset of the ends the rest can reach). Pieces without `?` are found with indexOf,
 * the others by Shift-And (fixed-piece.ts), so each character of the value is examined once
 * per piece it lies under: |value| x ceil(|longest piece| / 32) word operations at most.
 */
function fixedPiecesMatcher(pieces: number[][]): StringMatcher {
  const head = pieces[0]
  const tail = pieces[pieces.length - 1]
  const headAt = pieceAt(head)
  const tailAt = pieceAt(tail)
  let min = 0
  for (const p of pieces) min += p.length
  const middle = pieces
    .slice(1, -1)
    .filter((p) => p.length > 0)
    .map((p) => {
      if (p.some((c) => c < 0)) return { length: p.length, find: shiftAndSearch(p) }
      const text = literalText(p)
      return { length: p.length, find: (v: string, from: number) => v.indexOf(text, from) }
    })
  return (v) => {
    if (v.length < min || !headAt(v, 0)) return false
    const end = v.length - tail.length
    if (!tailAt(v, end)) return false
    let at = head.length
    for (const piece of middle) {
      const found = piece.find(v, at, end)
      if (found < 0 || found + piece.length > end) return false
      at = found + piece.length
    }
    return true
  }
}

/**
 * The general case (`?`, or stars confined to an ARN segment): two pointers, and on a
 * mismatch the latest star takes one more character. Only the latest star of each kind is
 * remembered. A later free star makes every earlier star's choice irrelevant (it can take
 * whatever they left). A segment star only competes with the segment stars since the last
 * free star, and of those the latest suffices: between two segment stars either no ":" is
 * matched (then the later one can take what the earlier would have) or a ":" is, and that
 * fixes where the earlier one ends (it cannot take a ":"). The fast-check property in
 * glob-matcher.test.ts checks this against the rule written as a plain recursion.
 *
 * Cost: after a star, the literal run that must follow it is found with indexOf, so stars
 * between letters (`*a*b*…`) scan the value once. What remains is re-checking, at each start
 * the star offers, a stretch of `?` and letters: at most the stretch's length per start.
 * Without segment stars compileGlobCodes sends stretches longer than 32 to fixedPiecesMatcher,
 * so that is 32 x |value| at most; with segment stars it is |pattern| x |value| in the worst
 * case (`*a?a?…b` against `aaa…` in an ARN's region), never exponential.
 */
function matchProgram(p: Int32Array, next: readonly string[], v: string): boolean {
  const m = p.length
  const n = v.length
  let i = 0
  let j = 0
  let runI = -1 // pattern index just after the latest free star, or -1
  let runJ = 0 // where the value resumes after what that star took
  let segI = -1 // the same for the latest segment star after it
  let segJ = 0
  const colon = { from: 0, at: v.indexOf(':') }
  for (;;) {
    if (i < m) {
      const c = p[i]
      if (c === ANY_RUN) {
        const at = next[i] === '' ? j : v.indexOf(next[i], j)
        if (at < 0) return false
        i++
        runI = i
        runJ = j = at
        segI = -1
        continue
      }
      if (c === SEGMENT_RUN) {
        const at = segmentStart(v, next[i], j, colon)
        if (at >= 0) {
          i++
          segI = i
          segJ = j = at
          continue
        }
        segI = -1 // this segment star cannot reach its run: only the free star can help
      } else {
        // At the end of the value a longer take of any star leaves less for a pattern that
        // still wants a character: the text since the latest star holds no star, so it needs
        // exactly what it took, and a chunk started later has fewer characters to fit in.
        if (j === n) return false
        const d = v.charCodeAt(j)
        if (c === d || c === ANY_ONE || (c === SEGMENT_ONE && d !== COLON)) {
          i++
          j++
          continue
        }
        if (segI >= 0 && v.charCodeAt(segJ) !== COLON) {
          // The latest star is a segment star: it takes one more character.
          const at = segmentStart(v, next[segI - 1], segJ + 1, colon)
          if (at >= 0) {
            i = segI
            j = segJ = at
            continue
          }
        }
      }
    } else if (j === n) return true
    else if (segI >= 0 && v.charCodeAt(segJ) !== COLON) {
      const at = segmentStart(v, next[segI - 1], segJ + 1, colon)
      if (at >= 0) {
        i = segI
        j = segJ = at
        continue
      }
    }
    // The free star takes one more character.
    if (runI < 0) return false
    const at = next[runI - 1] === '' ? runJ + 1 : v.indexOf(next[runI - 1], runJ + 1)
    if (at < 0) return false
    i = runI
    j = runJ = at
    segI = -1
  }
}

/**
 * Where a segment star that may start taking at `from` lets `run` begin, before the next ":",
 * or -1. The next ":" is remembered between calls (`colon` holds where it was last looked for
 * and found), so a value with many segment stars and few colons is not rescanned each time.
 */
function segmentStart(v: string, run: string, from: number, colon: { from: number; at: number }): number {
  if (run === '') return from
  const at = v.indexOf(run, from)
  if (at < 0) return -1
  if (from < colon.from || (colon.at >= 0 && from > colon.at)) {
    colon.from = from
    colon.at = v.indexOf(':', from)
  }
  return colon.at >= 0 && colon.at < at ? -1 : at
}
