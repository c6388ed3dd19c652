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
