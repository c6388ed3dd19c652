// Wildcard patterns as IAM writes them: `*` matches any run of characters, `?` exactly one.

const cache = new Map<string, RegExp>()

/** A matcher for an IAM pattern; action patterns match case-insensitively, resources case-sensitively. */
export function wildcardRegExp(pattern: string, ignoreCase: boolean): RegExp {
  const cacheKey = `${ignoreCase ? 'i' : 's'}${pattern}`
  let re = cache.get(cacheKey)
  if (!re) {
    const source = pattern.split('').map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')
    re = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's')
    cache.set(cacheKey, re)
  }
  return re
}

export function hasWildcard(s: string): boolean {
  return s.includes('*') || s.includes('?')
}

/**
 * Whether two patterns can match a common string. Each is a sequence of literal
 * characters, `?` (any one character) and `*` (any run); this is the usual
 * intersection test for such patterns, memoised over positions (O(n·m)).
 */
export function patternsOverlap(a: string, b: string, ignoreCase = false): boolean {
  const x = ignoreCase ? a.toLowerCase() : a
  const y = ignoreCase ? b.toLowerCase() : b
  const memo = new Map<number, boolean>()
  const go = (i: number, j: number): boolean => {
    const k = i * (y.length + 1) + j
    const known = memo.get(k)
    if (known !== undefined) return known
    let r: boolean
    if (i === x.length && j === y.length) r = true
    else if (i < x.length && x[i] === '*') r = go(i + 1, j) || (j < y.length && go(i, j + 1))
    else if (j < y.length && y[j] === '*') r = go(i, j + 1) || (i < x.length && go(i + 1, j))
    else if (i < x.length && j < y.length) r = (x[i] === '?' || y[j] === '?' || x[i] === y[j]) && go(i + 1, j + 1)
    else r = false
    memo.set(k, r)
    return r
  }
  return go(0, 0)
}
