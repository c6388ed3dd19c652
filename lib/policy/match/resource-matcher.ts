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

import { globToRegexSource, hasWildcard, unprotectWildcards, type StringMatcher } from './wildcard'

export function compileResourcePattern(pattern: string): StringMatcher {
  if (pattern === '*') return () => true
  if (!hasWildcard(pattern)) {
    const exact = unprotectWildcards(pattern)
    return (v) => v === exact
  }
  // Trailing `*` as the only wildcard: it ends a segment, so it matches any tail.
  if (pattern.indexOf('*') === pattern.length - 1 && !pattern.includes('?')) {
    const prefix = unprotectWildcards(pattern.slice(0, -1))
    return (v) => v !== '*' && v.startsWith(prefix)
  }
  const re = new RegExp(`^${resourceRegexSource(pattern)}$`, 's')
  // (A per-pattern memo of answers by resource was measured: the Map lookup on cold memory
  // cost as much as the anchored expression it replaced, so there is none.)
  return (v) => v !== '*' && re.test(v)
}

function resourceRegexSource(pattern: string): string {
  if (!pattern.startsWith('arn:')) return globToRegexSource(pattern)
  const parts = pattern.split(':')
  const head = parts.slice(0, 5)
  const tail = parts.slice(5)
  let src = ''
  head.forEach((seg, i) => {
    if (i > 0) src += ':'
    src += segmentRegexSource(seg)
  })
  if (tail.length) src += ':' + globToRegexSource(tail.join(':'))
  return src
}

function segmentRegexSource(seg: string): string {
  if (seg.endsWith('*')) return globToRegexSource(seg.slice(0, -1), '[^:]*', '[^:]') + '.*'
  return globToRegexSource(seg, '[^:]*', '[^:]')
}

export function resourceMatches(pattern: string, resource: string): boolean {
  return compileResourcePattern(pattern)(resource)
}
