// AWS's decision procedure, written once and shared by the naive and the compiled
// evaluators: they differ only in how they find the statements that apply (everything,
// straightforwardly, vs. compiled and indexed, stopping early in gate mode).
//
// Sources (IAM User Guide):
//  [denyallow]  reference_policies_evaluation-logic_policy-eval-denyallow.html
//  [single]     reference_policies_evaluation-logic_policy-eval-basics.html
//  [cross]      reference_policies_evaluation-logic-cross-account.html
//  [boundaries] access_policies_boundaries.html ("Evaluating effective permissions with boundaries")
//  [explicit]   reference_policies_evaluation-logic_AccessPolicyLanguage_Interplay.html
//
// Order [denyallow]: explicit deny in any policy -> RCPs -> SCPs -> resource-based policy
// -> identity-based policies -> permissions boundary -> session policy -> implicit deny.

import type { PrincipalIdentity, PrincipalMatch } from '../match/principal-matcher'
import type { EvaluationResult, MatchedStatement, PolicyType } from '../types'
import type { ResourcePolicyKind } from './resource-policy-kind'

/** Answers about the statements that apply, asked lazily so the compiled path can stop early. */
export interface DecisionInputs {
  /** The action is one AWS performs without asking the policies (sts:GetCallerIdentity). */
  needsNoAuthorization: boolean
  who: PrincipalIdentity
  crossAccount: boolean
  resourceKind: ResourcePolicyKind | undefined
  /** The first explicit deny found anywhere (all of them in explain mode go to matchedStatements). */
  explicitDeny(): MatchedStatement | undefined
  /** Number of levels and whether level i has an Allow that applies. */
  rcpLevels: number
  rcpLevelAllows(level: number): boolean
  scpLevels: number
  scpLevelAllows(level: number): boolean
  identityAllows(): boolean
  /** undefined when the principal has no boundary / the request carries no session policy. */
  boundaryAllows(): boolean | undefined
  sessionAllows(): boolean | undefined
  /** The strongest principal match among the resource policy's applicable Allow statements. */
  resourceAllow(): PrincipalMatch | undefined
}

export type DecisionOutcome = Pick<EvaluationResult, 'decision' | 'decidingPolicyType'>

// Every outcome is one of a few: each is built once, frozen, and shared by all requests.
const TYPES: PolicyType[] = ['identity', 'resource', 'trust', 'permissionsBoundary', 'sessionPolicy', 'serviceControlPolicy', 'resourceControlPolicy']
const outcomes = (decision: EvaluationResult['decision']) =>
  Object.fromEntries(TYPES.map((t) => [t, Object.freeze({ decision, decidingPolicyType: t })])) as Record<PolicyType, DecisionOutcome>
const IMPLICIT_DENY = outcomes('implicitDeny')
const EXPLICIT_DENY = outcomes('explicitDeny')
const ALLOWED = outcomes('allowed')
const ALLOWED_WITHOUT_POLICY: DecisionOutcome = Object.freeze({ decision: 'allowed', decidingPolicyType: null })
const deny = (t: PolicyType): DecisionOutcome => IMPLICIT_DENY[t]
const allow = (t: PolicyType | null): DecisionOutcome => (t === null ? ALLOWED_WITHOUT_POLICY : ALLOWED[t])

export function decide(inp: DecisionInputs): DecisionOutcome {
  if (inp.needsNoAuthorization) return allow(null)
  // [explicit] "An explicit deny in any of these policies overrides the allow."
  const d = inp.explicitDeny()
  if (d) return EXPLICIT_DENY[d.policyType]

  // [denyallow] RCPs, then SCPs: "If the enforcement code does not find any applicable Allow
  // statements in the RCPs/SCPs, then the request is explicitly denied" -- AWS's own word
  // is "denied"; with no Deny statement matching it is an implicit deny of that type.
  // Every level of the organization (root, OU, account) must allow.
  for (let i = 0; i < inp.rcpLevels; i++) if (!inp.rcpLevelAllows(i)) return deny('resourceControlPolicy')
  // SCPs restrict principals of member accounts, never service principals.
  if (inp.who.kind !== 'other') {
    for (let i = 0; i < inp.scpLevels; i++) if (!inp.scpLevelAllows(i)) return deny('serviceControlPolicy')
  }

  const resourceType: PolicyType = inp.resourceKind === 'trust' ? 'trust' : 'resource'

  if (inp.crossAccount) {
    // [cross] "the requesting account's identity-based policies (within its boundary and
    // session policy) must allow the request AND the resource-based policy in the trusting
    // account must allow it"; naming the account in the resource policy suffices on that
    // side, because the account then delegates to its identity policies.
    const identitySide = identityPath(inp)
    if (identitySide) return identitySide
    if (inp.resourceAllow() === undefined) return deny(resourceType)
    return allow('identity')
  }

  // Same account.
  const r = inp.resourceAllow()
  if (r === 'direct' || r === 'wildcard') {
    // [denyallow] "Depending on the type of principal, an Allow in a resource-based policy
    // can result in a final decision of Allow, even if an implicit deny in an identity-based
    // policy, permissions boundary, or session policy is present." [boundaries] "Resource-
    // based policies that grant permissions to an IAM user ARN ... are not limited by an
    // implicit deny in an identity-based policy or permissions boundary"; the same holds for
    // a grant to the role-session ARN itself. A Principal of "*" names every caller,
    // including this one, directly.
    return allow(resourceType)
  }
  if (r === 'role') {
    // [boundaries] "Resource-based policies that grant permissions to an IAM role ARN are
    // limited by an implicit deny in a permissions boundary or session policy." The identity
    // policies need not allow.
    const boundary = inp.boundaryAllows()
    const session = inp.sessionAllows()
    if (boundary !== false && session !== false) return allow(resourceType)
    // The identity path is bounded by the same policies, so it cannot do better: the
    // boundary (or session policy) is what stopped the grant.
    return deny(boundary === false ? 'permissionsBoundary' : 'sessionPolicy')
  }
  // The root user "has full access" [denyallow]: nothing but an explicit deny, an SCP/RCP,
  // or a trust/key policy that does not trust the account stops it.
  if (inp.who.kind === 'root') {
    if (inp.resourceKind !== undefined && inp.resourceKind !== 'resource' && r === undefined) return deny(resourceType)
    return allow(null)
  }
  // A trust policy or key policy must allow for principals of its own account too; naming
  // the account (":root") delegates to the identity policies [denyallow].
  if (inp.resourceKind !== undefined && inp.resourceKind !== 'resource' && r === undefined) {
    // Report the identity side first when it denies too: it is the more actionable cause.
    return identityPath(inp) ?? deny(resourceType)
  }
  return identityPath(inp) ?? allow('identity')
}

/** Identity policies, then boundary, then session policy; undefined when all allow. */
function identityPath(inp: DecisionInputs): DecisionOutcome | undefined {
  if (inp.who.kind !== 'root' && !inp.identityAllows()) return deny('identity')
  // [boundaries] "the effective permissions are the intersection of identity-based
  // policies and the permissions boundary".
  if (inp.boundaryAllows() === false) return deny('permissionsBoundary')
  // Session policies: the session's permissions are the intersection of the identity
  // policies and the session policies (access_policies.html#policies_session).
  if (inp.sessionAllows() === false) return deny('sessionPolicy')
  return undefined
}
