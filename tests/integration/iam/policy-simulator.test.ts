// The policy simulator's operations against a seeded account, with AWS's response shapes
// (IAM API Reference: SimulatePrincipalPolicy, EvaluationResult, Statement,
// GetContextKeysForPrincipalPolicy). dave has IAMReadOnlyAccess attached, an inline policy
// allowing s3:PutObject and ec2:DescribeInstances from 10.0.0.0/8, the group Testers
// (inline S3Read: s3:GetObject) and a permissions boundary that allows IAM reads,
// s3:GetObject and ec2:Describe* but not s3:PutObject.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  addUserToGroup, attachGroupPolicy, attachRolePolicy, attachUserPolicy, createGroup, createPolicy, createRole, createUser, getContextKeysForCustomPolicy,
  getContextKeysForPrincipalPolicy, putGroupPolicy, putRolePolicy, putUserPermissionsBoundary, putUserPolicy, simulateCustomPolicy,
  simulatePrincipalPolicy,
} from '@/lib/iam'
import type { UserCaller } from '@/lib/iam/caller'
import { explanationsOf } from '@/lib/iam/simulation/explained-response'
import { runCases } from '@/tests/support/iam-case-table'
import { doc, setUpIamTest, type IamTestContext } from './iam-test-setup'

let t: IamTestContext
let nosim: UserCaller
let carol: UserCaller
const root = () => t.root
const arn = (resource: string) => `arn:aws:iam::${t.accountId}:${resource}`
const DAVE = () => arn('user/dave')
const ALLOW_ALL = doc({ Effect: 'Allow', Action: '*', Resource: '*' })
const ALLOW_CREATE_USER = doc({ Effect: 'Allow', Action: 'iam:CreateUser', Resource: '*' })
// Pretty-printed as the console's editor writes it, so statement positions are those of a real document.
const FROM_OFFICE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Put', Effect: 'Allow', Action: 's3:PutObject', Resource: '*' },
    { Sid: 'FromOffice', Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } },
  ],
}, null, 2)
const sourceIp = (ip: string) => [{ ContextKeyName: 'aws:SourceIp', ContextKeyType: 'ip' as const, ContextKeyValues: [ip] }]

beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(root(), { UserName: 'dave' })
  await createUser(root(), { UserName: 'nosim' })
  await attachUserPolicy(root(), { UserName: 'dave', PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' })
  await putUserPolicy(root(), { UserName: 'dave', PolicyName: 'Office', PolicyDocument: FROM_OFFICE })
  await createGroup(root(), { GroupName: 'Testers' })
  await putGroupPolicy(root(), { GroupName: 'Testers', PolicyName: 'S3Read', PolicyDocument: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) })
  await addUserToGroup(root(), { GroupName: 'Testers', UserName: 'dave' })
  await createPolicy(root(), { PolicyName: 'DaveBoundary', PolicyDocument: doc({ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*', 's3:GetObject', 'ec2:Describe*'], Resource: '*' }) })
  await putUserPermissionsBoundary(root(), { UserName: 'dave', PermissionsBoundary: arn('policy/DaveBoundary') })
  await createRole(root(), { RoleName: 'Builder', AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) })
  await putRolePolicy(root(), { RoleName: 'Builder', PolicyName: 'BuildLogs', PolicyDocument: doc({ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' }) })
  await attachRolePolicy(root(), { RoleName: 'Builder', PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' })
  nosim = await t.asUser('nosim')
  carol = await t.asUser('carol')
})
afterAll(() => t.cleanup())

const ident = (SourcePolicyId: string) => ({ SourcePolicyId, SourcePolicyType: 'IAM Policy' })

describe('SimulatePrincipalPolicy for a user: its own, attached, group and boundary policies', () => {
  runCases([
    {
      name: 'an attached AWS managed policy allows, named by its policy name; the boundary allows too',
      call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: ['iam:ListUsers'] }),
      result: {
        IsTruncated: false,
        EvaluationResults: [{
          EvalActionName: 'iam:ListUsers', EvalResourceName: '*', EvalDecision: 'allowed', MissingContextValues: [],
          MatchedStatements: [
            { ...ident('IAMReadOnlyAccess'), StartPosition: { Line: expect.any(Number), Column: expect.any(Number) }, EndPosition: { Line: expect.any(Number), Column: expect.any(Number) } },
            ident('DaveBoundary'),
          ],
          PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: true },
        }],
      },
    },
    {
      name: "a group's inline policy allows, named group_<group>_<policy>",
      call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: ['s3:GetObject'] }),
      result: { EvaluationResults: [{ EvalDecision: 'allowed', MatchedStatements: [ident('group_Testers_S3Read'), ident('DaveBoundary')] }] },
    },
    {
      name: 'the identity policy allows but the boundary does not: implicit deny, not allowed by the permissions boundary',
      call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: ['s3:PutObject'] }),
      result: { EvaluationResults: [{ EvalActionName: 's3:PutObject', EvalDecision: 'implicitDeny', MatchedStatements: [], PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: false } }] },
    },
    {
      name: 'nothing allows iam:CreateUser: implicit deny with no matching statement',
      call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: ['iam:CreateUser'] }),
      result: { EvaluationResults: [{ EvalDecision: 'implicitDeny', MatchedStatements: [], MissingContextValues: [] }] },
    },
    {
      name: 'PolicyInputList adds a policy, but the attached boundary still leaves iam:CreateUser out',
      call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: ['iam:CreateUser'], PolicyInputList: [ALLOW_CREATE_USER] }),
      result: { EvaluationResults: [{ EvalDecision: 'implicitDeny', PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: false } }] },
    },
    {
      name: 'PolicyInputList with PermissionsBoundaryPolicyInputList, which replaces the boundary for the run: allowed',
      call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: ['iam:CreateUser'], PolicyInputList: [ALLOW_CREATE_USER], PermissionsBoundaryPolicyInputList: [ALLOW_ALL] }),
      result: { EvaluationResults: [{ EvalDecision: 'allowed', MatchedStatements: [ident('PolicyInputList.1'), ident('PermissionsBoundaryPolicyInputList.1')], PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: true } }] },
    },
    {
      name: 'a condition on aws:SourceIp without a value: implicit deny, aws:SourceIp in MissingContextValues',
      call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: ['ec2:DescribeInstances'] }),
      result: { EvaluationResults: [{ EvalDecision: 'implicitDeny', MissingContextValues: ['aws:SourceIp'] }] },
    },
    {
      // AWS's StartPosition of a statement after another is just past the previous one's "}"
      // (line 9 of FROM_OFFICE); its EndPosition just past its own "}" (line 20).
      name: "ContextEntries gives aws:SourceIp inside 10.0.0.0/8: allowed by the inline policy's second statement, at its position",
      call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: ['ec2:DescribeInstances'], ContextEntries: sourceIp('10.1.2.3') }),
      result: { EvaluationResults: [{ EvalDecision: 'allowed', MissingContextValues: [], MatchedStatements: [{ ...ident('user_dave_Office'), StartPosition: { Line: 9, Column: 6 }, EndPosition: { Line: 20, Column: 6 } }, ident('DaveBoundary')] }] },
    },
    {
      name: 'ContextEntries gives aws:SourceIp outside it: implicit deny, nothing missing',
      call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: ['ec2:DescribeInstances'], ContextEntries: sourceIp('203.0.113.7') }),
      result: { EvaluationResults: [{ EvalDecision: 'implicitDeny', MissingContextValues: [], MatchedStatements: [] }] },
    },
    {
      // "CallerArn is required if you include a ResourcePolicy and the PolicySourceArn is not
      // the ARN for an IAM user": for a user it defaults to the user, whom the bucket policy
      // names; a boundary does not limit what a resource-based policy grants a user's ARN.
      name: 'a ResourcePolicy naming the user: CallerArn defaults to the user, and the bucket policy allows',
      call: () => simulatePrincipalPolicy(root(), {
        PolicySourceArn: DAVE(), ActionNames: ['s3:DeleteObject'], ResourceArns: ['arn:aws:s3:::reports/a.csv'],
        ResourcePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: DAVE() }, Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::reports/*' }] }),
      }),
      result: { EvaluationResults: [{ EvalDecision: 'allowed', MatchedStatements: [{ SourcePolicyId: 'ResourcePolicy' }] }] },
    },
    {
      name: 'ResourceArns: one result per action, with ResourceSpecificResults per resource',
      call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: ['s3:GetObject'], ResourceArns: ['arn:aws:s3:::reports/a.csv', 'arn:aws:s3:::reports/b.csv'] }),
      result: { EvaluationResults: [{ EvalDecision: 'allowed', ResourceSpecificResults: [{ EvalResourceName: 'arn:aws:s3:::reports/a.csv', EvalResourceDecision: 'allowed' }, { EvalResourceName: 'arn:aws:s3:::reports/b.csv', EvalResourceDecision: 'allowed' }] }] },
    },
  ])
})

describe('SimulatePrincipalPolicy pages with MaxItems and Marker', () => {
  const actions = ['iam:ListUsers', 's3:GetObject', 's3:PutObject']
  runCases([
    {
      name: 'MaxItems 2 of three actions: truncated, with a Marker',
      call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: actions, MaxItems: 2 }),
      result: { IsTruncated: true, Marker: '2', EvaluationResults: [{ EvalActionName: 'iam:ListUsers' }, { EvalActionName: 's3:GetObject' }] },
    },
    {
      name: 'the Marker gives the rest, not truncated and without a Marker',
      call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: actions, MaxItems: 2, Marker: '2' }),
      result: { IsTruncated: false, EvaluationResults: [{ EvalActionName: 's3:PutObject', EvalDecision: 'implicitDeny' }] },
      then: (value) => expect(value).not.toHaveProperty('Marker'),
    },
    {
      name: 'a Marker past the results: InvalidInput',
      call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: actions, Marker: '4' }),
      error: { code: 'InvalidInput', message: 'Invalid Marker 4.' },
    },
  ])
})

describe('SimulatePrincipalPolicy for a group and a role', () => {
  runCases([
    {
      name: "a group's policies only (no boundary detail: a group has none)",
      call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: arn('group/Testers'), ActionNames: ['s3:GetObject', 's3:PutObject'] }),
      result: { EvaluationResults: [{ EvalDecision: 'allowed', MatchedStatements: [ident('group_Testers_S3Read')] }, { EvalDecision: 'implicitDeny', MatchedStatements: [] }] },
      then: (value) => expect((value as { EvaluationResults: object[] }).EvaluationResults[0]).not.toHaveProperty('PermissionsBoundaryDecisionDetail'),
    },
    {
      name: "a role's inline policy, named role_<role>_<policy>, and its attached policy",
      call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: arn('role/Builder'), ActionNames: ['logs:PutLogEvents', 'iam:GetRole', 's3:GetObject'] }),
      result: { EvaluationResults: [
        { EvalDecision: 'allowed', MatchedStatements: [ident('role_Builder_BuildLogs')] },
        { EvalDecision: 'allowed', MatchedStatements: [ident('IAMReadOnlyAccess')] },
        { EvalDecision: 'implicitDeny' },
      ] },
    },
    {
      name: 'a role with a ResourcePolicy needs a CallerArn (it is not a user)',
      call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: arn('role/Builder'), ActionNames: ['s3:GetObject'], ResourcePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] }) }),
      error: { code: 'InvalidInput', message: 'CallerArn is required when a ResourcePolicy is included in the simulation.' },
    },
  ])
})

describe('SimulatePrincipalPolicy refuses', () => {
  runCases([
    { name: 'a user that does not exist: NoSuchEntity', call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: arn('user/ghost'), ActionNames: ['s3:GetObject'] }), error: { code: 'NoSuchEntity', message: 'The user with name ghost cannot be found.', field: 'PolicySourceArn' } },
    { name: 'a role that does not exist: NoSuchEntity', call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: arn('role/Ghost'), ActionNames: ['s3:GetObject'] }), error: { code: 'NoSuchEntity', message: 'The role with name Ghost cannot be found.' } },
    { name: "an ARN with a path the user does not have: NoSuchEntity", call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: arn('user/team/dave'), ActionNames: ['s3:GetObject'] }), error: { code: 'NoSuchEntity' } },
    { name: 'an ARN that names a policy, not a principal: InvalidInput', call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: arn('policy/DaveBoundary'), ActionNames: ['s3:GetObject'] }), error: { code: 'InvalidInput', message: /^Invalid PolicySourceArn arn:aws:iam::\d{12}:policy\/DaveBoundary: specify the ARN of an IAM user, group or role\.$/ } },
    { name: 'text that is not an ARN: InvalidInput', call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: 'this-is-not-an-arn-at-all', ActionNames: ['s3:GetObject'] }), error: { code: 'InvalidInput' } },
    { name: 'a PolicySourceArn shorter than 20 characters: ValidationError', call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: 'arn:aws:iam::1:u', ActionNames: ['s3:GetObject'] }), error: { code: 'ValidationError', message: "1 validation error detected: Value 'arn:aws:iam::1:u' at 'policySourceArn' failed to satisfy constraint: Member must have length greater than or equal to 20" } },
    { name: 'no ActionNames: ValidationError', call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: [] }), error: { code: 'ValidationError', message: "1 validation error detected: Value '[]' at 'actionNames' failed to satisfy constraint: Member must have length greater than or equal to 1" } },
    { name: 'MaxItems over 1000: ValidationError', call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: ['s3:GetObject'], MaxItems: 1001 }), error: { code: 'ValidationError', message: /'maxItems' failed to satisfy constraint: Member must have value less than or equal to 1000/ } },
    { name: 'an unknown ContextKeyType: ValidationError naming the enum', call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: ['s3:GetObject'], ContextEntries: [{ ContextKeyName: 'aws:SourceIp', ContextKeyType: 'ipv4' as never, ContextKeyValues: ['10.0.0.1'] }] }), error: { code: 'ValidationError', message: /at 'contextEntries\.1\.contextKeyType' failed to satisfy constraint: Member must satisfy enum value set: \[string, stringList/ } },
    { name: 'an extra policy with an error: MalformedPolicyDocument naming it', call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: ['s3:GetObject'], PolicyInputList: [JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allowed', Action: '*', Resource: '*' }] })] }), error: { code: 'MalformedPolicyDocument', message: /PolicyInputList\.1/ } },
    { name: 'an unknown parameter: ValidationError', call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: ['s3:GetObject'], Extra: 1 } as never), error: { code: 'ValidationError', message: /Unknown parameter: Extra/ } },
    {
      name: 'a caller not allowed iam:SimulatePrincipalPolicy: AccessDenied on the principal ARN',
      call: () => simulatePrincipalPolicy(nosim, { PolicySourceArn: DAVE(), ActionNames: ['s3:GetObject'] }),
      error: { code: 'AccessDenied', message: /^User: arn:aws:iam::\d{12}:user\/nosim is not authorized to perform: iam:SimulatePrincipalPolicy on resource: arn:aws:iam::\d{12}:user\/dave because no identity-based policy allows the iam:SimulatePrincipalPolicy action$/ },
    },
    {
      name: "another account's principal: AccessDenied (IAM resources have no resource-based policy)",
      call: () => simulatePrincipalPolicy(root(), { PolicySourceArn: 'arn:aws:iam::999988887777:user/dave', ActionNames: ['s3:GetObject'] }),
      error: { code: 'AccessDenied', message: /on resource: arn:aws:iam::999988887777:user\/dave because no resource-based policy allows/ },
    },
  ])
})

describe('a caller allowed the simulator by IAMReadOnlyAccess (carol, in Auditors)', () => {
  runCases([
    { name: 'SimulatePrincipalPolicy on dave', call: () => simulatePrincipalPolicy(carol, { PolicySourceArn: DAVE(), ActionNames: ['s3:GetObject'] }), result: { EvaluationResults: [{ EvalDecision: 'allowed' }] } },
    {
      name: 'the call is in the event history, read-only',
      call: () => t.db.prisma.auditEvent.findFirst({ where: { accountId: t.accountId, eventName: 'SimulatePrincipalPolicy', userIdentity: { contains: carol.arn } } }),
      result: { readOnly: true, errorCode: null },
    },
  ])
})

describe('SimulateCustomPolicy', () => {
  runCases([
    {
      name: 'the given policies alone, named PolicyInputList.N',
      call: () => simulateCustomPolicy(carol, { PolicyInputList: [ALLOW_CREATE_USER], ActionNames: ['iam:CreateUser', 'iam:DeleteUser'] }),
      result: { IsTruncated: false, EvaluationResults: [{ EvalActionName: 'iam:CreateUser', EvalDecision: 'allowed', MatchedStatements: [ident('PolicyInputList.1')] }, { EvalActionName: 'iam:DeleteUser', EvalDecision: 'implicitDeny' }] },
    },
    { name: 'a malformed policy: the engine\'s MalformedPolicyDocument', call: () => simulateCustomPolicy(root(), { PolicyInputList: ['{"Statement": 5}'], ActionNames: ['s3:GetObject'] }), error: { code: 'MalformedPolicyDocument', message: /PolicyInputList\.1/ } },
    { name: 'a CallerArn that is not a user: the engine\'s InvalidInput', call: () => simulateCustomPolicy(root(), { PolicyInputList: [ALLOW_ALL], ActionNames: ['s3:GetObject'], CallerArn: arn('role/Builder') }), error: { code: 'InvalidInput', message: /^Invalid CallerArn arn:aws:iam::\d{12}:role\/Builder: you can specify only the ARN of an IAM user\.$/ } },
    { name: 'no PolicyInputList: ValidationError', call: () => simulateCustomPolicy(root(), { ActionNames: ['s3:GetObject'] } as never), error: { code: 'ValidationError', message: /at 'policyInputList' failed to satisfy constraint: Member must not be null/ } },
    { name: 'a caller not allowed it: AccessDenied on "*"', call: () => simulateCustomPolicy(nosim, { PolicyInputList: [ALLOW_ALL], ActionNames: ['s3:GetObject'] }), error: { code: 'AccessDenied', message: /^User: arn:aws:iam::\d{12}:user\/nosim is not authorized to perform: iam:SimulateCustomPolicy on resource: \* because no identity-based policy allows the iam:SimulateCustomPolicy action$/ } },
  ])
})

describe('GetContextKeysForCustomPolicy and GetContextKeysForPrincipalPolicy', () => {
  const AWS_EXAMPLE = JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 'dynamodb:*', Resource: 'arn:aws:dynamodb:us-west-2:123456789012:table/${aws:username}', Condition: { DateGreaterThan: { 'aws:CurrentTime': '2015-08-16T12:00:00Z' } } } })
  const MFA = doc({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } })
  runCases([
    { name: "custom: AWS's example, the policy variable and the condition key in document order", call: () => getContextKeysForCustomPolicy(carol, { PolicyInputList: [AWS_EXAMPLE] }), result: { ContextKeyNames: ['aws:username', 'aws:CurrentTime'] } },
    { name: 'custom: keys of several policies, each once', call: () => getContextKeysForCustomPolicy(root(), { PolicyInputList: [MFA, AWS_EXAMPLE, MFA] }), result: { ContextKeyNames: ['aws:MultiFactorAuthPresent', 'aws:username', 'aws:CurrentTime'] } },
    { name: 'custom: a policy without conditions uses none', call: () => getContextKeysForCustomPolicy(root(), { PolicyInputList: [ALLOW_ALL] }), result: { ContextKeyNames: [] } },
    { name: 'custom: a policy with an error is InvalidInput', call: () => getContextKeysForCustomPolicy(root(), { PolicyInputList: ['{"Version": "2012-10-17"'] }), error: { code: 'InvalidInput', message: /PolicyInputList\.1/ } },
    { name: 'custom: a caller not allowed it: AccessDenied', call: () => getContextKeysForCustomPolicy(nosim, { PolicyInputList: [ALLOW_ALL] }), error: { code: 'AccessDenied', message: /iam:GetContextKeysForCustomPolicy on resource: \* / } },
    { name: "principal: dave's policies (the inline policy's aws:SourceIp)", call: () => getContextKeysForPrincipalPolicy(carol, { PolicySourceArn: DAVE() }), result: { ContextKeyNames: ['aws:SourceIp'] } },
    { name: 'principal: PolicyInputList adds its keys after the principal\'s', call: () => getContextKeysForPrincipalPolicy(root(), { PolicySourceArn: DAVE(), PolicyInputList: [MFA] }), result: { ContextKeyNames: ['aws:SourceIp', 'aws:MultiFactorAuthPresent'] } },
    { name: 'principal: a group whose policies have no conditions', call: () => getContextKeysForPrincipalPolicy(root(), { PolicySourceArn: arn('group/Testers') }), result: { ContextKeyNames: [] } },
    { name: 'principal: NoSuchEntity', call: () => getContextKeysForPrincipalPolicy(root(), { PolicySourceArn: arn('group/Ghosts') }), error: { code: 'NoSuchEntity', message: 'The group with name Ghosts cannot be found.' } },
    { name: 'principal: a caller not allowed it: AccessDenied on the principal', call: () => getContextKeysForPrincipalPolicy(nosim, { PolicySourceArn: DAVE() }), error: { code: 'AccessDenied', message: /^User: arn:aws:iam::\d{12}:user\/nosim is not authorized to perform: iam:GetContextKeysForPrincipalPolicy on resource: arn:aws:iam::\d{12}:user\/dave because no identity-based policy allows the iam:GetContextKeysForPrincipalPolicy action$/ } },
  ])
})

describe('a managed policy reached directly and through a group', () => {
  runCases([
    {
      name: 'counts once: IAMReadOnlyAccess attached to dave and to Testers matches once',
      call: async () => {
        await attachGroupPolicy(root(), { GroupName: 'Testers', PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' })
        return simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: ['iam:ListUsers'] })
      },
      result: { EvaluationResults: [{ EvalDecision: 'allowed', MatchedStatements: [ident('IAMReadOnlyAccess'), ident('DaveBoundary')] }] },
    },
  ])
})

describe('the evaluation behind each result, for the console\'s evaluation path', () => {
  test('identity policies allow s3:PutObject, the boundary does not; the response AWS defines has no such field', async () => {
    const response = await simulatePrincipalPolicy(root(), { PolicySourceArn: DAVE(), ActionNames: ['s3:PutObject'], ResourceArns: ['arn:aws:s3:::example-bucket/report.csv'] })
    expect(explanationsOf(response)).toEqual([
      {
        EvalActionName: 's3:PutObject',
        EvalResourceName: 'arn:aws:s3:::example-bucket/report.csv',
        result: expect.objectContaining({
          decision: 'implicitDeny',
          decidingPolicyType: 'permissionsBoundary',
          details: { identity: 'allowed', permissionsBoundary: 'implicitDeny' },
          matchedStatements: [expect.objectContaining({ policyName: 'user_dave_Office', sid: 'Put', effect: 'Allow' })],
        }),
        statements: [expect.objectContaining({ policyName: 'user_dave_Office', policyType: 'identity', sid: 'Put', effect: 'Allow', conditions: [] })],
      },
    ])
    expect(JSON.stringify(response)).not.toContain('permissionsBoundary')
  })
})
