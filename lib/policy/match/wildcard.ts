// IAM's two wildcards, `*` (any run of characters, also none) and `?` (exactly one
// character), turned into a matcher once per pattern. Everything else is literal.

export type StringMatcher = (value: string) => boolean

const REGEX_SPECIAL = /[.+^${}()|[\]\\]/g

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

/** Regex source for a glob; `star` and `one` say what `*` and `?` may consume. */
export function globToRegexSource(glob: string, star = '.*', one = '.'): string {
  let out = ''
  for (const ch of glob) {
    if (ch === '*') out += star
    else if (ch === '?') out += one
    else if (ch === LITERAL_STAR) out += '\\*'
    else if (ch === LITERAL_QUESTION) out += '\\?'
    else out += ch.replace(REGEX_SPECIAL, '\\$&')
  }
  return out
}

export function hasWildcard(s: string): boolean {
  return s.includes('*') || s.includes('?')
}

/**
 * A case-sensitive glob matcher. The common shapes get a plain string test instead of a
 * regular expression: `*`, an exact string, and a trailing-`*` prefix.
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
  const re = new RegExp(`^${globToRegexSource(glob)}$`, 's')
  return (v) => re.test(v)
}
