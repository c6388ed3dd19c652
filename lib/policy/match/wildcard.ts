// IAM's two wildcards, `*` (any run of characters, also none) and `?` (exactly one
// character), turned into a matcher once per pattern. Everything else is literal.

import { compileGlobCodes, globCodes, type StringMatcher } from './glob-matcher'

export type { StringMatcher } from './glob-matcher'

// A `*` or `?` that must be taken literally (one that came from ${*}, ${?} or from a
// substituted variable value) is carried through the glob as one of these private-use
// characters, which no ARN or action contains.
export const LITERAL_STAR = '\uE000'
export const LITERAL_QUESTION = '\uE001'

export function protectWildcards(s: string): string {
  if (s.indexOf('*') < 0 && s.indexOf('?') < 0) return s
  return s.replace(/\*/g, LITERAL_STAR).replace(/\?/g, LITERAL_QUESTION)
}

export function unprotectWildcards(s: string): string {
  return s.replace(/\uE000/g, '*').replace(/\uE001/g, '?')
}

const PROTECTED_STAR_CODE = LITERAL_STAR.charCodeAt(0)
const PROTECTED_QUESTION_CODE = LITERAL_QUESTION.charCodeAt(0)

/**
 * Codes for the glob matcher: `*` and `?` are wildcards, a protected `*` or `?` is the
 * literal character, everything else is literal.
 */
export function wildcardCodes(glob: string): number[] {
  const codes = globCodes(glob)
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] === PROTECTED_STAR_CODE) codes[i] = 42
    else if (codes[i] === PROTECTED_QUESTION_CODE) codes[i] = 63
  }
  return codes
}

export function hasWildcard(s: string): boolean {
  return s.includes('*') || s.includes('?')
}

/**
 * A case-sensitive glob matcher. The common shapes get a plain string test: `*`, an exact
 * string, and a trailing-`*` prefix; the rest goes to the linear-time glob matcher.
 */
export function compileGlob(glob: string): StringMatcher {
  if (glob === '*') return () => true
  if (!hasWildcard(glob)) {
    const exact = unprotectWildcards(glob)
    return (v) => v === exact
  }
  const firstStar = glob.indexOf('*')
  if (firstStar === glob.length - 1 && !glob.includes('?')) {
    const prefix = unprotectWildcards(glob.slice(0, -1))
    return (v) => v.startsWith(prefix)
  }
  return compileGlobCodes(wildcardCodes(glob))
}
