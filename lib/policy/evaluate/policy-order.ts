// One fixed order of policy types for explanations, shared by both evaluators so that
// their matchedStatements lists compare equal.

import type { PolicyInput, PolicySet, PolicyType } from '../types'

export interface PolicyEntry {
  type: PolicyType
  input: PolicyInput
  /** For SCPs/RCPs: the organization level (0 = root); -1 otherwise. */
  level: number
}

export function policyEntries(set: PolicySet, resourceType: 'resource' | 'trust'): PolicyEntry[] {
  const out: PolicyEntry[] = []
  set.serviceControlPolicies?.forEach((lvl, level) => lvl.forEach((input) => out.push({ type: 'serviceControlPolicy', input, level })))
  set.resourceControlPolicies?.forEach((lvl, level) => lvl.forEach((input) => out.push({ type: 'resourceControlPolicy', input, level })))
  if (set.resource) out.push({ type: resourceType, input: set.resource, level: -1 })
  for (const input of set.identity) out.push({ type: 'identity', input, level: -1 })
  for (const input of set.permissionsBoundary ?? []) out.push({ type: 'permissionsBoundary', input, level: -1 })
  for (const input of set.session ?? []) out.push({ type: 'sessionPolicy', input, level: -1 })
  return out
}

/** Policy types whose Principal / NotPrincipal is checked against the caller. */
export function checksPrincipal(type: PolicyType): boolean {
  return type === 'resource' || type === 'trust' || type === 'resourceControlPolicy'
}

/** Resource and trust policies apply only to the principals they name. */
export function requiresPrincipal(type: PolicyType): boolean {
  return type === 'resource' || type === 'trust'
}
