// Condition keys and policy-variable names are case-insensitive in AWS; values are not.
// The request's context is indexed once by lower-cased key for every lookup that follows.

import type { ContextValue, EvaluationRequest } from '../types'

export type NormalizedContext = Map<string, ContextValue>

export function normalizeContext(context: EvaluationRequest['context']): NormalizedContext {
  const m: NormalizedContext = new Map()
  for (const key in context) m.set(key.toLowerCase(), context[key])
  return m
}
