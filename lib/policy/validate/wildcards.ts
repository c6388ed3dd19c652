// Wildcard patterns as IAM writes them: `*` matches any run of characters, `?` exactly one.

import { compileGlobCodes, globCodes, type StringMatcher } from '../match/glob-matcher'

// Bounded: the validator sees every pattern any caller writes, and a cache that kept them
// all would grow with hostile input.
const CACHE_LIMIT = 10_000
const cache = new Map<string, StringMatcher>()

/** A matcher for an IAM pattern; action patterns match case-insensitively, resources case-sensitively. */
export function wildcardMatcher(pattern: string, ignoreCase: boolean): StringMatcher {
  const cacheKey = `${ignoreCase ? 'i' : 's'}${pattern}`
  let matcher = cache.get(cacheKey)
  if (!matcher) {
    if (ignoreCase) {
      const matches = compileGlobCodes(globCodes(pattern.toLowerCase()))
      matcher = (value) => matches(value.toLowerCase())
    } else matcher = compileGlobCodes(globCodes(pattern))
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(cacheKey, matcher)
  }
  return matcher
}

export function hasWildcard(s: string): boolean {
  return s.includes('*') || s.includes('?')
}

/**
 * Whether two patterns can match a common string. Each is a sequence of literal
 * characters, `?` (any one character) and `*` (any run); this is the usual
 * intersection test for such patterns, as a table filled from the ends (O(n·m) time,
 * two rows of memory, no recursion, so long hostile ARNs cannot overflow the stack).
 */
export function patternsOverlap(a: string, b: string, ignoreCase = false): boolean {
  const x = ignoreCase ? a.toLowerCase() : a
  const y = ignoreCase ? b.toLowerCase() : b
  const n = x.length
  const m = y.length
  // next[j] = overlap(x[i+1..], y[j..]); cur[j] = overlap(x[i..], y[j..])
  let next = new Array<boolean>(m + 1).fill(false)
  next[m] = true
  for (let j = m - 1; j >= 0; j--) next[j] = y[j] === '*' && next[j + 1]
  for (let i = n - 1; i >= 0; i--) {
    const cur = new Array<boolean>(m + 1).fill(false)
    cur[m] = x[i] === '*' && next[m]
    for (let j = m - 1; j >= 0; j--) {
      if (x[i] === '*') cur[j] = next[j] || cur[j + 1]
      else if (y[j] === '*') cur[j] = cur[j + 1] || next[j]
      else cur[j] = (x[i] === '?' || y[j] === '?' || x[i] === y[j]) && next[j + 1]
    }
    next = cur
  }
  return next[0]
}
