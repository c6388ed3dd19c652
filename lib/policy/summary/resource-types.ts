// Which of a service's resource types an ARN in a policy names, so that each action's row
// in a service summary shows the resources that apply to it (GetObject the objects,
// ListBucket the bucket), as the console's action summary does.
//
// An ARN names a resource type when the two can describe a common ARN: the policy's `*`
// and `?` match anything, the format's placeholders (${BucketName}) stand for the
// resource's own values. Read strictly, a placeholder holds no ':' or '/', so that
// arn:aws:s3:::example-bucket/* is an object and not a bucket named "example-bucket/*";
// a name that does hold them (an IAM user with a path) is found by the loose reading,
// where a placeholder holds anything.

import type { ServiceInfo } from '../validate/iam-data/iam-data'

const PLACEHOLDER = -1

function formatTokens(format: string): number[] {
  const tokens: number[] = []
  for (let i = 0; i < format.length; i++) {
    if (format.startsWith('${', i)) {
      const end = format.indexOf('}', i)
      if (end > i) {
        tokens.push(PLACEHOLDER)
        i = end
        continue
      }
    }
    tokens.push(format.charCodeAt(i))
  }
  return tokens
}

const STAR = '*'.charCodeAt(0)
const QUESTION = '?'.charCodeAt(0)
const SLASH = '/'.charCodeAt(0)
const COLON = ':'.charCodeAt(0)

/**
 * Can the policy pattern `arn` and the format describe one ARN? A breadth-first walk over
 * pairs of positions (at most |arn|·|format| of them, no recursion).
 */
function overlaps(arn: string, format: readonly number[], strict: boolean): boolean {
  const n = arn.length
  const m = format.length
  const seen = new Uint8Array((n + 1) * (m + 1))
  const queue: number[] = [0]
  seen[0] = 1
  const visit = (i: number, j: number) => {
    const k = i * (m + 1) + j
    if (!seen[k]) {
      seen[k] = 1
      queue.push(k)
    }
  }
  while (queue.length > 0) {
    const k = queue.pop()!
    const i = Math.floor(k / (m + 1))
    const j = k % (m + 1)
    if (i === n && j === m) return true
    const a = i < n ? arn.charCodeAt(i) : undefined
    const b = j < m ? format[j] : undefined
    // Either run may stop.
    if (a === STAR) visit(i + 1, j)
    if (b === PLACEHOLDER) visit(i, j + 1)
    if (a === undefined || b === undefined) continue
    // One character, acceptable to both.
    const aAny = a === STAR || a === QUESTION
    const bAny = b === PLACEHOLDER
    const compatible = aAny && bAny ? true : aAny ? true : bAny ? !strict || (a !== SLASH && a !== COLON) : a === b
    if (!compatible) continue
    const ni = a === STAR ? i : i + 1
    const nj = b === PLACEHOLDER ? j : j + 1
    if (ni !== i || nj !== j) visit(ni, nj)
  }
  return false
}

const tokenCache = new WeakMap<ServiceInfo, Map<string, number[]>>()

function formatsOf(service: ServiceInfo): Map<string, number[]> {
  let formats = tokenCache.get(service)
  if (!formats) {
    formats = new Map(Object.entries(service.resourceTypes).map(([key, t]) => [key, formatTokens(t.arn)]))
    tokenCache.set(service, formats)
  }
  return formats
}

// A NotAction statement with ARNs asks about the same ARN once per action of a service;
// bounded, since every document summarized passes through it.
const CACHE_LIMIT = 5_000
const typesCache = new Map<string, string[]>()

/** The resource type keys of `service` the ARN names; empty when it fits none of them. */
export function resourceTypesOfArn(service: ServiceInfo, arn: string): string[] {
  const cacheKey = `${service.prefix} ${arn}`
  const cached = typesCache.get(cacheKey)
  if (cached) return cached
  const formats = [...formatsOf(service)]
  const strict = formats.filter(([, f]) => overlaps(arn, f, true)).map(([key]) => key)
  const types = strict.length > 0 ? strict : formats.filter(([, f]) => overlaps(arn, f, false)).map(([key]) => key)
  if (typesCache.size >= CACHE_LIMIT) typesCache.clear()
  typesCache.set(cacheKey, types)
  return types
}

/**
 * The ARNs of a statement that apply to one action: those naming one of its resource
 * types. An action without resource types, and an ARN that fits no type of the service,
 * keep every ARN: the summary shows what the policy wrote rather than hide it.
 */
export function arnsForAction(service: ServiceInfo, action: string, arns: readonly string[]): string[] {
  const types = (service.actions[action]?.resourceTypes ?? []).map((t) => t.replace(/\*$/, ''))
  if (types.length === 0) return [...arns]
  return arns.filter((arn) => {
    const of = resourceTypesOfArn(service, arn)
    return of.length === 0 || of.some((t) => types.includes(t))
  })
}
