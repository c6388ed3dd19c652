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

// The principal's layer is usually one object per session, reused request after request:
// its lower-cased index is built once per object.
const principalIndexes = new WeakMap<object, Map<string, ContextValue>>()

function indexOf(layer: EvaluationRequest['context']): Map<string, ContextValue> {
  let index = principalIndexes.get(layer)
  if (!index) {
    index = new Map()
    for (const k in layer) index.set(lowerKey(k), layer[k])
    principalIndexes.set(layer, index)
  }
  return index
}

/**
 * The value of a key in a request's context layers, `key` as written in the policy and
 * `lower` its lower-cased form. The compiled evaluator calls this directly; RequestContext
 * wraps it for the naive one.
 */
export function lookupContext(
  c: EvaluationRequest['context'],
  p: EvaluationRequest['context'] | undefined,
  key: string,
  lower: string,
): ContextValue | undefined {
  const exact = Object.hasOwn(c, key) ? c[key] : undefined
  if (exact !== undefined) return exact
  const fromPrincipal = p !== undefined && Object.hasOwn(p, key) ? p[key] : undefined
  if (fromPrincipal !== undefined) return fromPrincipal
  // Another spelling: the request's own keys (a handful) are scanned, the last one wins;
  // then the principal's layer through its cached index. A name of another length is
  // another name unless it holds U+0130 (the one character whose lower case is longer,
  // checked over every code point), so most keys are skipped without lower-casing them.
  let found: ContextValue | undefined
  const n = lower.length
  for (const k in c) {
    if (k.length === n ? lowerKey(k) === lower : k.length < n && k.includes('\u0130') && lowerKey(k) === lower) found = c[k]
  }
  if (found !== undefined) return found
  return p !== undefined ? indexOf(p).get(lower) : undefined
}

export class RequestContext {
  constructor(
    private readonly context: EvaluationRequest['context'],
    private readonly principalContext: EvaluationRequest['context'] | undefined,
  ) {}

  /** The value of a key, `key` as written in the policy and `lower` its lower-cased form. */
  get(key: string, lower: string): ContextValue | undefined {
    return lookupContext(this.context, this.principalContext, key, lower)
  }
}
