// IAM's wildcard rules written as plainly as possible, as the oracle the matchers are tested
// against: a memoized recursion over (pattern position, value position) that tries every way
// a `*` can end, with no search strategy of its own. For tests only: it is quadratic in time
// and memory and recurses once per character.

/** Whether the wildcard at `k` of `pattern` is confined to its ARN segment (may not take a ":"). */
export type Confinement = (pattern: string, k: number) => boolean

const free: Confinement = () => false

/** `*` any run of characters, `?` exactly one, anything else itself; the whole value must match. */
export function matchesByRule(pattern: string, value: string, confined: Confinement = free): boolean {
  const memo = new Map<number, boolean>()
  const from = (k: number, j: number): boolean => {
    const key = k * (value.length + 1) + j
    const known = memo.get(key)
    if (known !== undefined) return known
    let result: boolean
    if (k === pattern.length) result = j === value.length
    else {
      const c = pattern[k]
      const takes = j < value.length && !(confined(pattern, k) && value[j] === ':')
      if (c === '*') result = from(k + 1, j) || (takes && from(k, j + 1))
      else if (c === '?') result = takes && from(k + 1, j + 1)
      else result = j < value.length && value[j] === c && from(k + 1, j + 1)
    }
    memo.set(key, result)
    return result
  }
  return from(0, 0)
}

/**
 * reference_policies_elements_resource: "You can use wildcard characters (* and ?) within any
 * ARN segment" ... "If the * wildcard is the last character of a resource ARN segment, it can
 * expand to match beyond the colon boundaries." The first five segments are the ARN's
 * arn:partition:service:region:account; the resource part after them is free.
 */
export const confinedToResourceSegment: Confinement = (pattern, k) => {
  if (!pattern.startsWith('arn:')) return false
  let colons = 0
  for (let i = 0; i < k; i++) if (pattern[i] === ':') colons++
  if (colons >= 5) return false
  return pattern[k] === '?' || (k + 1 < pattern.length && pattern[k + 1] !== ':')
}

/** A policy Resource against a request resource; the request resource "*" is matched only by "*". */
export function resourceByRule(pattern: string, resource: string): boolean {
  if (pattern === '*') return true
  if (resource === '*') return false
  return matchesByRule(pattern, resource, confinedToResourceSegment)
}

function sixParts(arn: string): string[] | undefined {
  const parts = arn.split(':')
  return parts.length < 6 ? undefined : [...parts.slice(0, 5), parts.slice(5).join(':')]
}

/** ArnLike: both values have six parts, and each part of the pattern matches the same part of the value. */
export function arnLikeByRule(pattern: string, value: string): boolean {
  const p = sixParts(pattern)
  const v = sixParts(value)
  return p !== undefined && v !== undefined && p.every((part, i) => matchesByRule(part, v[i]))
}
