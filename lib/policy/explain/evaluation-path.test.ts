import { describe, expect, it } from 'vitest'
import { evaluate } from '../evaluate/evaluate-compiled'
import { parsePolicy } from '../parse/parse-policy'
import type { EvaluationRequest, PolicyInput, PolicySet } from '../types'
import { evaluationPath, type PathFinding, type PathStepId } from './evaluation-path'

const ACCT = '111122223333'
const ALICE = `arn:aws:iam::${ACCT}:user/alice`

function pol(name: string, ...Statement: object[]): PolicyInput {
  return { name, policy: parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement })).policy! }
}
const request = (principal = ALICE): EvaluationRequest => ({
  principal: { arn: principal, accountId: ACCT },
  action: 's3:PutObject',
  resource: 'arn:aws:s3:::bucket/key',
  resourceAccountId: ACCT,
  context: {},
})
const ALLOW_S3 = pol('PowerUser', { Effect: 'Allow', Action: 's3:*', Resource: '*' })
const READ_ONLY_BOUNDARY = pol('ReadOnlyBoundary', { Sid: 'ReadOnly', Effect: 'Allow', Action: 's3:Get*', Resource: '*' })
const DENY_PUT = pol('NoPut', { Sid: 'NoPut', Effect: 'Deny', Action: 's3:PutObject', Resource: '*' })

/** Each step as "finding" (with "*" on the decisive one) and the statements behind it as policy/index. */
function pathOf(policies: PolicySet, principal?: string) {
  const path = evaluationPath(evaluate(request(principal), policies, { explain: true }))
  return Object.fromEntries(path.steps.map((s) => [s.id, `${s.finding}${s.decisive ? '*' : ''}${s.statements.map((m) => ` ${m.policyName}#${m.statementIndex}`).join('')}`]))
}
const NA: PathFinding = 'notApplicable'
const base = { resourceControlPolicies: NA, serviceControlPolicies: NA, resourceBasedPolicy: NA, permissionsBoundary: NA, sessionPolicy: NA } as Record<PathStepId, string>

describe('evaluationPath: AWS\'s flow chart, each step marked with what it found', () => {
  const cases: { name: string; policies: PolicySet; principal?: string; expected: Record<PathStepId, string> }[] = [
    {
      name: 'an identity policy allows: decided at the identity-based policies',
      policies: { identity: [ALLOW_S3] },
      expected: { ...base, explicitDeny: 'nothing', identityBasedPolicies: 'allow* PowerUser#0', decision: 'allow' },
    },
    {
      name: 'no policy at all: the identity-based policies find nothing and decide (implicit deny)',
      policies: { identity: [] },
      expected: { ...base, explicitDeny: 'nothing', identityBasedPolicies: 'nothing*', decision: 'deny' },
    },
    {
      name: 'the identity policy allows, the boundary does not: decided at the boundary',
      policies: { identity: [ALLOW_S3], permissionsBoundary: [READ_ONLY_BOUNDARY] },
      expected: { ...base, explicitDeny: 'nothing', identityBasedPolicies: 'allow PowerUser#0', permissionsBoundary: 'nothing*', decision: 'deny' },
    },
    {
      name: 'an explicit deny in the boundary decides at the first step, whatever else allows',
      policies: { identity: [ALLOW_S3], permissionsBoundary: [ALLOW_S3, DENY_PUT] },
      expected: { ...base, explicitDeny: 'deny* NoPut#0', identityBasedPolicies: 'allow PowerUser#0', permissionsBoundary: 'deny PowerUser#0 NoPut#0', decision: 'deny' },
    },
    {
      name: 'a bucket policy naming the user allows in its own account: decided at the resource-based policy',
      policies: { identity: [], resource: pol('BucketPolicy', { Effect: 'Allow', Principal: { AWS: ALICE }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::bucket/*' }) },
      expected: { ...base, explicitDeny: 'nothing', resourceBasedPolicy: 'allow* BucketPolicy#0', identityBasedPolicies: 'nothing', decision: 'allow' },
    },
    {
      name: 'the root user: no identity step, decided without a policy',
      policies: { identity: [] },
      principal: `arn:aws:iam::${ACCT}:root`,
      expected: { ...base, explicitDeny: 'nothing', identityBasedPolicies: NA, decision: 'allow*' },
    },
  ]
  for (const c of cases) it(c.name, () => expect(pathOf(c.policies, c.principal)).toEqual(c.expected))

  it('lists the steps in AWS\'s order', () => {
    expect(evaluationPath(evaluate(request(), { identity: [] }, { explain: true })).steps.map((s) => s.title)).toEqual([
      'Explicit deny in any policy', 'Resource control policies (RCPs)', 'Service control policies (SCPs)', 'Resource-based policy',
      'Identity-based policies', 'Permissions boundary', 'Session policy', 'Decision',
    ])
  })
})
