import { describe, expect, it } from 'vitest'
import { parseSimulateRequest } from './parse-simulate-request'
import { simulateParsedRequest } from './simulate-custom-policy'
import { principalPolicySourceId, withPrincipalPolicies, type SimulatedPrincipal } from './simulate-principal-policy'

const doc = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement }, null, 2)
const ALLOW_S3 = doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' })
const ALLOW_ALL = doc({ Effect: 'Allow', Action: '*', Resource: '*' })
const ONLY_GET = doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })
const ACCOUNT = '111122223333'
const alice: SimulatedPrincipal = {
  accountId: ACCOUNT,
  identity: [{ id: principalPolicySourceId({ kind: 'inline', owner: 'user', ownerName: 'alice', policyName: 'S3' }), document: ALLOW_S3 }],
  boundary: { id: principalPolicySourceId({ kind: 'managed', policyName: 'OnlyGet' }), document: ONLY_GET },
}
const run = (request: object, principal = alice) =>
  simulateParsedRequest(withPrincipalPolicies(parseSimulateRequest({ PolicySourceArn: `arn:aws:iam::${ACCOUNT}:user/alice`, ...request }, 'SimulatePrincipalPolicy'), principal))

describe('SimulatePrincipalPolicy over the custom simulation', () => {
  it.each([
    {
      name: "the principal's inline policy allows, named <kind>_<owner>_<policy>, and its boundary (a managed policy, by name) allows too",
      request: { ActionNames: ['s3:GetObject'] },
      result: {
        EvalDecision: 'allowed',
        MatchedStatements: [
          { SourcePolicyId: 'user_alice_S3', SourcePolicyType: 'IAM Policy', StartPosition: { Line: 3, Column: 17 }, EndPosition: { Line: 8, Column: 6 } },
          { SourcePolicyId: 'OnlyGet', SourcePolicyType: 'IAM Policy' },
        ],
        PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: true },
      },
    },
    {
      name: 'the boundary leaves out what the identity policy allows: implicit deny, not allowed by the boundary',
      request: { ActionNames: ['s3:PutObject'] },
      result: { EvalDecision: 'implicitDeny', MatchedStatements: [], PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: false } },
    },
    {
      name: 'PermissionsBoundaryPolicyInputList replaces the attached boundary for the run',
      request: { ActionNames: ['s3:PutObject'], PermissionsBoundaryPolicyInputList: [ALLOW_ALL] },
      result: { EvalDecision: 'allowed', PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: true } },
    },
    {
      name: "PolicyInputList adds to the principal's policies",
      request: { ActionNames: ['iam:ListUsers'], PolicyInputList: [ALLOW_ALL], PermissionsBoundaryPolicyInputList: [ALLOW_ALL] },
      result: { EvalDecision: 'allowed', MatchedStatements: [{ SourcePolicyId: 'PolicyInputList.1' }, { SourcePolicyId: 'PermissionsBoundaryPolicyInputList.1' }] },
    },
    {
      name: "a group's resource in its own account is a same-account request without CallerArn",
      request: { ActionNames: ['s3:GetObject'], ResourceArns: ['arn:aws:s3:::bucket/key'], ResourceOwner: `arn:aws:iam::${ACCOUNT}:root` },
      principal: { accountId: ACCOUNT, identity: [{ id: 'group_Readers_S3', document: ALLOW_S3 }] },
      result: { EvalDecision: 'allowed', EvalDecisionDetails: {}, ResourceSpecificResults: [{ EvalResourceDecision: 'allowed' }] },
    },
  ])('$name', ({ request, principal, result }) => {
    const response = run(request, principal)
    expect(response.EvaluationResults).toHaveLength(1)
    expect(response.EvaluationResults[0]).toMatchObject(result)
  })

  it('a principal without a boundary has no PermissionsBoundaryDecisionDetail', () => {
    const response = run({ ActionNames: ['s3:GetObject'] }, { accountId: ACCOUNT, identity: alice.identity })
    expect(response.EvaluationResults[0]).not.toHaveProperty('PermissionsBoundaryDecisionDetail')
  })
})
