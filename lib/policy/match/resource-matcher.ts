// Resource ARNs match case-sensitively, segment by segment:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
// "You can use wildcard characters (* and ?) within any ARN segment (the parts separated by
// colons)" ... "If the * wildcard is the last character of a resource ARN segment, it can
// expand to match beyond the colon boundaries."
// So in the first five segments (arn, partition, service, region, account) `*` and `?` stay
// inside their segment, except a `*` that ends a segment, which may run on past colons; the
// sixth part (the resource id, which itself may hold colons) is one free-form glob.
//
// A request for an action without resource-level permissions names the resource "*"; only
// the policy resource "*" matches it, never an ARN pattern such as "arn:aws:s3:::*".

import { ANY_ONE, ANY_RUN, compileGlobCodes, SEGMENT_ONE, SEGMENT_RUN } from './glob-matcher'
import { hasWildcard, unprotectWildcards, wildcardCodes, type StringMatcher } from './wildcard'

export function compileResourcePattern(pattern: string): StringMatcher {
  if (pattern === '*') return () => true
  if (!hasWildcard(pattern)) {
    const exact = flat(unprotectWildcards(pattern))
    return (v) => v === exact
  }
  // Trailing `*` as the only wildcard: it ends a segment, so it matches any tail.
  if (pattern.indexOf('*') === pattern.length - 1 && !pattern.includes('?')) return prefixMatcher(flat(unprotectWildcards(pattern.slice(0, -1))))
  if (starsRunFree(pattern)) return piecesMatcher(pattern.split('*').map((p) => flat(unprotectWildcards(p))))
  const glob = compileGlobCodes(resourceCodes(pattern))
  // The literal text before the first wildcard is a cheap first test: most patterns a
  // request meets fail there, and the glob matcher then never runs.
  const lead = prefixMatcher(flat(unprotectWildcards(pattern.slice(0, firstWildcard(pattern)))))
  // (A per-pattern memo of answers by resource was measured: the Map lookup on cold memory
  // cost as much as the match it would save, so there is none.)
  return (v) => lead(v) && glob(v)
}

// Pieces of a pattern are slices of the policy text; V8 compares a slice through its parent
// string, a flat copy directly (measured ~20% faster in startsWith). Compile time only.
function flat(s: string): string {
  return s.length === 0 ? s : (JSON.parse(JSON.stringify(s)) as string)
}

/**
 * `v` starts with `prefix` and is not the request resource "*". Resources that share a
 * prefix pattern's service and account differ mostly near its end (the bucket, the table,
 * the role name), so the last character is compared first, then the rest.
 */
function prefixMatcher(prefix: string): StringMatcher {
  const n = prefix.length
  if (n === 0) return (v) => v !== '*'
  const last = prefix.charCodeAt(n - 1)
  return (v) => v.length >= n && v.charCodeAt(n - 1) === last && v !== '*' && v.startsWith(prefix)
}

/** Where `piece` first occurs in `v` at or after `from` and ending by `end`, or -1. */
function findPiece(v: string, piece: string, first: number, from: number, end: number): number {
  // String.prototype.indexOf sets up a substring search on every call; the pieces met here
  // are short and start with a rare character (":", "/"), so candidates are found by their
  // first character and confirmed with startsWith.
  const lastStart = end - piece.length
  for (let i = from; i <= lastStart; i++) {
    if (v.charCodeAt(i) === first && v.startsWith(piece, i)) return i
  }
  return -1
}

function firstWildcard(pattern: string): number {
  const star = pattern.indexOf('*')
  const one = pattern.indexOf('?')
  return star < 0 ? one : one < 0 ? star : Math.min(star, one)
}

/**
 * True when every wildcard is a `*` that may run past colons: no `?`, and in an ARN's first
 * five segments a `*` only as the last character of its segment. Such a pattern is literal
 * pieces separated by "anything", matched with string searches instead of an expression.
 */
function starsRunFree(pattern: string): boolean {
  if (pattern.includes('?')) return false
  if (!pattern.startsWith('arn:')) return true
  const parts = pattern.split(':', 6)
  for (let i = 0; i < Math.min(parts.length, 5); i++) {
    const star = parts[i].indexOf('*')
    if (star >= 0 && star !== parts[i].length - 1) return false
  }
  return true
}

/** Literal pieces (at least two) with "any run of characters" between them. */
function piecesMatcher(pieces: string[]): StringMatcher {
  const head = prefixMatcher(pieces[0])
  const firstLength = pieces[0].length
  const last = pieces[pieces.length - 1]
  let min = 0
  for (const p of pieces) min += p.length
  if (pieces.length === 2) return (v) => v.length >= min && head(v) && v.endsWith(last)
  const middle = pieces.slice(1, -1).filter((p) => p.length > 0)
  const firsts = middle.map((p) => p.charCodeAt(0))
  return (v) => {
    if (v.length < min || !head(v) || !v.endsWith(last)) return false
    // Leftmost placement of each middle piece leaves the most room for the rest.
    let at = firstLength
    const end = v.length - last.length
    for (let i = 0; i < middle.length; i++) {
      const found = findPiece(v, middle[i], firsts[i], at, end)
      if (found < 0) return false
      at = found + middle[i].length
    }
    return true
  }
}

/**
 * The segment rule as glob codes: in an ARN's first five segments `*` and `?` become their
 * segment-confined forms, except a `*` that ends its segment; the resource part and a
 * pattern that is not an ARN keep the free forms.
 */
function resourceCodes(pattern: string): number[] {
  const codes = wildcardCodes(pattern)
  if (!pattern.startsWith('arn:')) return codes
  let colons = 0
  for (let i = 0; i < codes.length && colons < 5; i++) {
    const c = codes[i]
    if (c === 58) colons++
    else if (c === ANY_ONE) codes[i] = SEGMENT_ONE
    else if (c === ANY_RUN && i + 1 < codes.length && codes[i + 1] !== 58) codes[i] = SEGMENT_RUN
  }
  return codes
}

export function resourceMatches(pattern: string, resource: string): boolean {
  return compileResourcePattern(pattern)(resource)
}
