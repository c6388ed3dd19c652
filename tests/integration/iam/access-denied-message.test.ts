// AWS's AccessDenied sentence for every policy type that can decide a denial
// (troubleshoot_access-denied.html, "Access denied error message examples").
import { describe, expect, test } from 'vitest'
import { accessDeniedMessage } from '@/lib/iam/gate'
import type { Decision, PolicyType } from '@/lib/policy/types'

const PRINCIPAL = 'arn:aws:iam::123456789012:user/dave'
const RESOURCE = 'arn:aws:iam::123456789012:user/erin'
const head = `User: ${PRINCIPAL} is not authorized to perform: iam:CreateUser on resource: ${RESOURCE}`

const cases: { name: string; decision: Decision; type: PolicyType | null; reason: string }[] = [
  { name: 'no identity-based policy allows', decision: 'implicitDeny', type: 'identity', reason: 'because no identity-based policy allows the iam:CreateUser action' },
  { name: 'explicit deny in an identity-based policy', decision: 'explicitDeny', type: 'identity', reason: 'with an explicit deny in an identity-based policy' },
  { name: 'no permissions boundary allows', decision: 'implicitDeny', type: 'permissionsBoundary', reason: 'because no permissions boundary allows the iam:CreateUser action' },
  { name: 'explicit deny in a permissions boundary', decision: 'explicitDeny', type: 'permissionsBoundary', reason: 'with an explicit deny in a permissions boundary' },
  { name: 'no session policy allows', decision: 'implicitDeny', type: 'sessionPolicy', reason: 'because no session policy allows the iam:CreateUser action' },
  { name: 'explicit deny in a session policy', decision: 'explicitDeny', type: 'sessionPolicy', reason: 'with an explicit deny in a session policy' },
  { name: 'no resource-based policy allows', decision: 'implicitDeny', type: 'resource', reason: 'because no resource-based policy allows the iam:CreateUser action' },
  { name: 'explicit deny in a resource-based policy', decision: 'explicitDeny', type: 'resource', reason: 'with an explicit deny in a resource-based policy' },
  { name: 'no service control policy allows', decision: 'implicitDeny', type: 'serviceControlPolicy', reason: 'because no service control policy allows the iam:CreateUser action' },
  { name: 'explicit deny in a service control policy', decision: 'explicitDeny', type: 'serviceControlPolicy', reason: 'with an explicit deny in a service control policy' },
  { name: 'explicit deny in a resource control policy', decision: 'explicitDeny', type: 'resourceControlPolicy', reason: 'with an explicit deny in a resource control policy' },
  { name: 'no deciding type (no policies at all) reads as identity-based', decision: 'implicitDeny', type: null, reason: 'because no identity-based policy allows the iam:CreateUser action' },
]

describe('accessDeniedMessage', () => {
  for (const c of cases) {
    test(c.name, () => {
      expect(accessDeniedMessage(PRINCIPAL, 'iam:CreateUser', RESOURCE, { decision: c.decision, decidingPolicyType: c.type })).toBe(`${head} ${c.reason}`)
    })
  }
})
