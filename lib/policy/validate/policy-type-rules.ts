// What each policy type allows, requires and how large it may be.
//
// Access Analyzer validates boundaries and session policies as IDENTITY_POLICY and role
// trust policies as RESOURCE_POLICY (validatePolicyResourceType
// AWS::IAM::AssumeRolePolicyDocument); the differences below are IAM's and
// Organizations' own rules:
// - Principal: not in identity-based policies, required in resource-based and trust policies
//   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
// - Resource: required in identity-based policies; a role trust policy names no resource
//   (IAM rejects it: "Has prohibited field Resource")
//   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
// - Quotas: managed policy 6,144 characters, role trust policy 2,048, session policy 2,048,
//   white space not counted; SCP and RCP 5,120 characters, where every character counts
//   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
//   https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html
//   https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html
import type { PolicyType } from '../types'

export interface PolicyTypeRules {
  label: string
  principal: 'forbidden' | 'required'
  resource: 'required' | 'optional' | 'forbidden'
  /** IAM rejects duplicate Sids in its own policies; resource policies of other services only get a warning. */
  uniqueSids: 'required' | 'recommended'
  /** IAM requires Sids of [A-Za-z0-9]; services such as S3 accept more. */
  alphanumericSid: boolean
  /** Identity-style checks that only make sense for policies that grant to the principal they are attached to (PassRole, CreateServiceLinkedRole). */
  grantsToIdentity: boolean
  defaultMaxLength?: number
  countsWhiteSpace: boolean
  sizeIssueCode: string
}

const IDENTITY: PolicyTypeRules = {
  label: 'identity policy',
  principal: 'forbidden',
  resource: 'required',
  uniqueSids: 'required',
  alphanumericSid: true,
  grantsToIdentity: true,
  defaultMaxLength: 6144,
  countsWhiteSpace: false,
  sizeIssueCode: 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA',
}

export const POLICY_TYPE_RULES: Record<PolicyType, PolicyTypeRules> = {
  identity: IDENTITY,
  permissionsBoundary: { ...IDENTITY, label: 'permissions boundary' },
  sessionPolicy: { ...IDENTITY, label: 'session policy', defaultMaxLength: 2048 },
  resource: {
    label: 'resource-based policy',
    principal: 'required',
    resource: 'optional',
    uniqueSids: 'recommended',
    alphanumericSid: false,
    grantsToIdentity: false,
    // Each service sets its own limit (S3 20 KB, SQS 8 KB ...): only checked when the caller passes maxLength.
    countsWhiteSpace: false,
    sizeIssueCode: 'POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA',
  },
  trust: {
    label: 'role trust policy',
    principal: 'required',
    resource: 'forbidden',
    uniqueSids: 'required',
    alphanumericSid: true,
    grantsToIdentity: false,
    defaultMaxLength: 2048,
    countsWhiteSpace: false,
    sizeIssueCode: 'POLICY_SIZE_EXCEEDS_TRUST_POLICY_QUOTA',
  },
  serviceControlPolicy: {
    label: 'service control policy',
    principal: 'forbidden',
    resource: 'optional',
    uniqueSids: 'required',
    alphanumericSid: true,
    grantsToIdentity: false,
    defaultMaxLength: 5120,
    countsWhiteSpace: true,
    sizeIssueCode: 'POLICY_SIZE_EXCEEDS_SCP_QUOTA',
  },
  resourceControlPolicy: {
    label: 'resource control policy',
    principal: 'required',
    resource: 'required',
    uniqueSids: 'required',
    alphanumericSid: true,
    grantsToIdentity: false,
    defaultMaxLength: 5120,
    countsWhiteSpace: true,
    sizeIssueCode: 'POLICY_SIZE_EXCEEDS_RCP_QUOTA',
  },
}
