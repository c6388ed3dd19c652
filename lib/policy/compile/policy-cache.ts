// Compiled policies, cached by PolicyInput.cacheKey (e.g. "ARN#v3": one entry per policy
// version). The oldest entries go first once the cache is full. Inputs without a
// cacheKey are remembered by object identity only (a WeakMap), so a caller that builds a
// new PolicyInput gets a fresh compile and nothing leaks.
//
// lib/iam invalidates on every change to a policy version or attachment:
// invalidateCompiledPolicies('arn:aws:iam::123456789012:policy/x#') or a predicate.

import type { PolicyInput } from '../types'
import { compilePolicy, type CompiledPolicy } from './compile-policy'

const MAX_ENTRIES = 20_000
/** Bumped by every invalidation, so that indexes built over compiled policies rebuild. */
let cacheGeneration = 0

export function compiledCacheGeneration(): number {
  return cacheGeneration
}
const byKey = new Map<string, CompiledPolicy>()
let byObject = new WeakMap<PolicyInput, CompiledPolicy>()

export function compiledPolicyFor(input: PolicyInput): CompiledPolicy {
  const key = input.cacheKey
  if (key === undefined) {
    let c = byObject.get(input)
    if (!c) {
      c = compilePolicy(input)
      byObject.set(input, c)
    }
    return c
  }
  let c = byKey.get(key)
  // Eviction is first-in first-out (a Map iterates in insertion order): refreshing recency
  // on every hit would cost a delete and an insert per policy per request on the gate's
  // hot path, and a policy version evicted while still in use is simply compiled again.
  if (c) return c
  c = compilePolicy(input)
  if (byKey.size >= MAX_ENTRIES) byKey.delete(byKey.keys().next().value as string)
  byKey.set(key, c)
  return c
}

/** Drops cached compiled policies whose cacheKey starts with the prefix or satisfies the predicate. Returns how many. */
export function invalidateCompiledPolicies(match: string | ((cacheKey: string) => boolean)): number {
  const test = typeof match === 'string' ? (k: string) => k.startsWith(match) : match
  let n = 0
  cacheGeneration++
  for (const k of [...byKey.keys()]) {
    if (test(k)) {
      byKey.delete(k)
      n++
    }
  }
  return n
}

export function clearCompiledPolicyCache(): void {
  cacheGeneration++
  byKey.clear()
  byObject = new WeakMap()
}

export function compiledPolicyCacheSize(): number {
  return byKey.size
}
