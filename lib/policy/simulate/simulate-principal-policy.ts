// SimulatePrincipalPolicy's difference from SimulateCustomPolicy, as pure data: the
// principal's own policies join the request's (IAM API Reference,
// API_SimulatePrincipalPolicy.html). The caller reads them from its store; this names
// and parses them and hands the request on to the same simulation.
// - PolicyInputList: "additional policy documents to include in the simulation", after
//   the principal's own.
// - PermissionsBoundaryPolicyInputList: "if a permissions boundary is attached to an
//   entity and you pass in a different permissions boundary policy using this parameter,
//   then the new permissions boundary policy is used for the simulation".
// - Without CallerArn the principal's account is the caller's, so a resource of that
//   account is a same-account request for a group or role too.

import { parsePolicy } from '../parse/parse-policy'
import type { PolicyInput } from '../types'
import type { ParsedSimulateRequest } from './parse-simulate-request'

/** One stored policy of the principal: its SourcePolicyId (principalPolicySourceId) and document. */
export interface PrincipalPolicyText {
  id: string
  document: string
}

export interface SimulatedPrincipal {
  accountId: string
  /** Inline and attached policies (a user's groups' included), in the order to evaluate them. */
  identity: PrincipalPolicyText[]
  /** The boundary's document; absent when the principal has none (a group never has). */
  boundary?: PrincipalPolicyText
}

// SourcePolicyId as IAM returns it: an attached managed policy by its name, an inline
// policy as <user|group|role>_<owner name>_<policy name> (AWS's provider acceptance test
// for aws_iam_principal_policy_simulation expects "user_<name>_<policy>" for a user's
// inline policy, under SourcePolicyType "IAM Policy").
export function principalPolicySourceId(policy: { kind: 'managed'; policyName: string } | { kind: 'inline'; owner: 'user' | 'group' | 'role'; ownerName: string; policyName: string }): string {
  return policy.kind === 'managed' ? policy.policyName : `${policy.owner}_${policy.ownerName}_${policy.policyName}`
}

/** `parsed` with the principal's policies added. Stored documents were validated when written; one that no longer parses is an error, not a policy to skip (a Deny in it would be lost). */
export function withPrincipalPolicies(parsed: ParsedSimulateRequest, principal: SimulatedPrincipal): ParsedSimulateRequest {
  const texts = new Map<string, string>()
  const toInput = (p: PrincipalPolicyText): PolicyInput => {
    const { policy, errors } = parsePolicy(p.document)
    if (!policy) throw new Error(`The stored policy ${p.id} cannot be parsed: ${errors.map((e) => e.findingDetails).join('; ')}`)
    texts.set(p.id, p.document)
    return { name: p.id, policy }
  }
  const identity = [...principal.identity.map(toInput), ...parsed.identity]
  const boundary = parsed.boundary ?? (principal.boundary ? [toInput(principal.boundary)] : undefined)
  for (const [id, text] of parsed.texts) texts.set(id, text)
  return {
    ...parsed,
    callerAccount: parsed.callerAccount ?? principal.accountId,
    identity,
    ...(boundary ? { boundary } : {}),
    texts,
  }
}
