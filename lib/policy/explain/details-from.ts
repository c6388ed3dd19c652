// Explanations: what each policy type said about a request, for the simulator's
// EvalDecisionDetails and for AccessDenied messages ("... because no identity-based policy
// allows ...", "... with an explicit deny in a permissions boundary"). The matched
// statements themselves are collected by the evaluators as they find them.

import type { Decision, MatchedStatement, PolicyType } from '../types'

const TYPE_ORDER: readonly PolicyType[] = ['identity', 'resource', 'trust', 'permissionsBoundary', 'sessionPolicy', 'serviceControlPolicy', 'resourceControlPolicy']
/** Per policy type: explicitDeny if one of its statements denied, allowed if one allowed. */
export function detailsFrom(matched: MatchedStatement[], present: PolicyType[]): Partial<Record<PolicyType, Decision>> {
  let presentMask = 0
  let allowed = 0
  let denied = 0
  for (const t of present) presentMask |= 1 << TYPE_ORDER.indexOf(t)
  for (const m of matched) {
    if (m.effect === 'Deny') denied |= 1 << TYPE_ORDER.indexOf(m.policyType)
    else allowed |= 1 << TYPE_ORDER.indexOf(m.policyType)
  }
  return detailsFromMasks(presentMask, allowed, denied)
}

// The same from bit masks (the compiled evaluator keeps these as it goes): which types are
// present, which had an applicable Allow / Deny (bit n = type n in TYPE_ORDER, the
// numbering of compile-statement.ts's POLICY_TYPE_NUMBER). There are few distinct combinations, so each
// answer is built once and shared, frozen.
const byMasks = new Map<number, Partial<Record<PolicyType, Decision>>>()

export function detailsFromMasks(present: number, allowed: number, denied: number): Partial<Record<PolicyType, Decision>> {
  const key = present | (allowed << 7) | (denied << 14)
  let d = byMasks.get(key)
  if (d === undefined) {
    const out: Partial<Record<PolicyType, Decision>> = {}
    for (let t = 0; t < 7; t++) {
      const bit = 1 << t
      if ((present | allowed | denied) & bit) out[TYPE_ORDER[t]] = denied & bit ? 'explicitDeny' : allowed & bit ? 'allowed' : 'implicitDeny'
    }
    d = Object.freeze(out)
    byMasks.set(key, d)
  }
  return d
}
