// Two kinds of resource-based policy must themselves allow access for principals of their
// own account, unlike an S3 bucket policy, where an identity-based allow is enough:
// "IAM role trust policies and KMS key policies are exceptions to this logic, because they
// must explicitly allow access for principals."
// (reference_policies_evaluation-logic_policy-eval-denyallow.html, "Resource-based policies")

import type { EvaluationRequest, PolicySet } from '../types'
import { lowerKey } from './request-context'

export type ResourcePolicyKind = 'resource' | 'trust' | 'kmsKey'

const TRUST_ACTIONS = new Set(['sts:assumerole', 'sts:assumerolewithsaml', 'sts:assumerolewithwebidentity', 'sts:tagsession', 'sts:setsourceidentity', 'sts:setcontext'])

/** `lowerAction`: the request's action lower-cased, when the caller has it at hand. */
export function resourcePolicyKind(request: EvaluationRequest, policies: PolicySet, lowerAction?: string): ResourcePolicyKind | undefined {
  if (!policies.resource) return undefined
  if (policies.resourcePolicyType === 'trust') return 'trust'
  if (policies.resourcePolicyType === 'resource') return 'resource'
  if (TRUST_ACTIONS.has(lowerAction ?? lowerKey(request.action))) return 'trust'
  if (/^arn:[^:]+:kms:/.test(request.resource)) return 'kmsKey'
  return 'resource'
}
