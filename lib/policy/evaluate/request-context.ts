// Condition keys and policy-variable names are case-insensitive in AWS; values are not.
// Policies usually spell a key the way the request context does, so a lookup first tries
// the key as written and only then the request's keys lower-cased; that index is built at
// most once per request, and only when an exact lookup misses. Order: the exact spelling
// in the request's context, then in the principal's, then any spelling (the request's
// context winning over the principal's, and the last of two spellings in one layer).

import type { ContextValue, EvaluationRequest } from '../types'

// Context key names and action names repeat from request to request; lower-casing each
// one anew would allocate and hash a fresh string per request. Bounded: names come from
// callers.
const lowered = new Map<string, string>()

export function lowerKey(key: string): string {
  let l = lowered.get(key)
  if (l === undefined) {
    l = key.toLowerCase()
    if (lowered.size > 10_000) lowered.clear()
    lowered.set(key, l)
  }
  return l
}

export class RequestContext {
  private index: Map<string, ContextValue> | undefined

  constructor(
    private readonly context: EvaluationRequest['context'],
    private readonly principalContext: EvaluationRequest['context'] | undefined,
  ) {}

  /** The value of a key, `key` as written in the policy and `lower` its lower-cased form. */
  get(key: string, lower: string): ContextValue | undefined {
    const exact = Object.hasOwn(this.context, key) ? this.context[key] : undefined
    if (exact !== undefined) return exact
    const p = this.principalContext
    const fromPrincipal = p !== undefined && Object.hasOwn(p, key) ? p[key] : undefined
    if (fromPrincipal !== undefined) return fromPrincipal
    let index = this.index
    if (!index) {
      index = new Map()
      // The request's own keys win over the principal's: indexed last.
      if (p) for (const k in p) index.set(lowerKey(k), p[k])
      for (const k in this.context) index.set(lowerKey(k), this.context[k])
      this.index = index
    }
    return index.get(lower)
  }
}
