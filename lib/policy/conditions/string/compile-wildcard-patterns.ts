/** Escape every RegExp metacharacter so a literal span matches itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?')
}

/**
 * RegExp source for one IAM pattern: `*` is any run of characters and `?` exactly one,
 * newlines included. `anyChar` lets ARN segments exclude the colon.
 */
export function wildcardPatternSource(pattern: string, anyChar = '[\\s\\S]'): string {
  let source = ''
  let literalStart = 0
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '*' || c === '?') {
      source += escapeRegExp(pattern.slice(literalStart, i)) + (c === '*' ? `${anyChar}*` : anyChar)
      literalStart = i + 1
    }
  }
  return source + escapeRegExp(pattern.slice(literalStart))
}

/**
 * One matcher for all of a key's patterns (OR'ed): a Set lookup when none has a wildcard,
 * otherwise one anchored RegExp with an alternation, so a request value is tested once however
 * many patterns the policy lists. No `m` flag: `^`/`$` anchor the whole value, so a value with a
 * newline cannot match a pattern on one of its lines.
 */
export function compileWildcardPatterns(patterns: readonly string[]): (value: string) => boolean {
  if (patterns.length === 0) return () => false
  if (patterns.includes('*')) return () => true
  if (!patterns.some(hasWildcard)) {
    if (patterns.length === 1) {
      const only = patterns[0]
      return (value) => value === only
    }
    const set = new Set(patterns)
    return (value) => set.has(value)
  }
  const regExp = new RegExp(`^(?:${patterns.map((p) => wildcardPatternSource(p)).join('|')})$`)
  return (value) => regExp.test(value)
}
