// Condition keys and policy-variable names are case-insensitive in AWS; values are not.
// The request's context is indexed once by lower-cased key for every lookup that follows.

import type { ContextValue, EvaluationRequest } from '../types'

export type NormalizedContext = Map<string, ContextValue>

// Context key names repeat from request to request; lower-casing each one anew would
// allocate a fresh string (and hash it) per key per request. Bounded: names come from callers.
const lowered = new Map<string, string>()

function lower(key: string): string {
  let l = lowered.get(key)
  if (l === undefined) {
    l = key.toLowerCase()
    if (lowered.size > 10_000) lowered.clear()
    lowered.set(key, l)
  }
  return l
}

export function normalizeContext(context: EvaluationRequest['context']): NormalizedContext {
  const m: NormalizedContext = new Map()
  for (const key in context) m.set(lower(key), context[key])
  return m
}
