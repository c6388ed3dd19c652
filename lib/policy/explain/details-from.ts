// Explanations: what each policy type said about a request, for the simulator's
// EvalDecisionDetails and for AccessDenied messages ("... because no identity-based policy
// allows ...", "... with an explicit deny in a permissions boundary"). The matched
// statements themselves are collected by the evaluators as they find them.

import type { Decision, MatchedStatement, PolicyType } from '../types'

const TYPE_ORDER: readonly PolicyType[] = ['identity', 'resource', 'trust', 'permissionsBoundary', 'sessionPolicy', 'serviceControlPolicy', 'resourceControlPolicy']
const DECISION_BY_RANK: readonly Decision[] = ['implicitDeny', 'allowed', 'explicitDeny']

/** Per policy type: explicitDeny if one of its statements denied, allowed if one allowed. */
export function detailsFrom(matched: MatchedStatement[], present: PolicyType[]): Partial<Record<PolicyType, Decision>> {
  // Ranks per type (-1 absent, 0 implicit, 1 allowed, 2 explicit deny), then one object
  // built with the keys in a fixed order: cheap on the gate's path, equal as plain data.
  const rank = [-1, -1, -1, -1, -1, -1, -1]
  for (let i = 0; i < present.length; i++) rank[TYPE_ORDER.indexOf(present[i])] = 0
  for (let i = 0; i < matched.length; i++) {
    const m = matched[i]
    const t = TYPE_ORDER.indexOf(m.policyType)
    const r = m.effect === 'Deny' ? 2 : 1
    if (rank[t] < r) rank[t] = r
  }
  const out: Partial<Record<PolicyType, Decision>> = {}
  for (let t = 0; t < 7; t++) if (rank[t] >= 0) out[TYPE_ORDER[t]] = DECISION_BY_RANK[rank[t]]
  return out
}

// The compiled evaluator's form: which policy types are present, and which had an
// applicable Allow / Deny, as bit masks (bit n = type n in TYPE_ORDER, the numbering of
// compile-statement.ts's POLICY_TYPE_NUMBER). There are few distinct combinations, so each
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
