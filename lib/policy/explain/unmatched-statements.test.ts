// What did not match, as a learner reads it: for each request, the statements that name the
// action but did not apply, and for each the parts that failed. Every case runs on both
// evaluators (the compiled one in explain mode, and the naive oracle) and both must give
// exactly the expected list; properties.test.ts checks that they agree on generated input.
import { describe, expect, it } from 'vitest'
import { evaluate } from '../evaluate/evaluate-compiled'
import { evaluateNaive } from '../evaluate/evaluate-naive'
import { parsePolicy } from '../parse/parse-policy'
import type { ContextValue, Decision, EvaluationRequest, EvaluationResult, NonMatchReason, PolicyInput, PolicySet, PolicyType } from '../types'

const ACCT = '111122223333'
const ALICE = `arn:aws:iam::${ACCT}:user/alice`
const BOB = `arn:aws:iam::${ACCT}:user/bob`
const ROOT = `arn:aws:iam::${ACCT}:root`
const OBJECT = 'arn:aws:s3:::example-bucket/report.txt'

function pol(name: string, ...Statement: object[]): PolicyInput {
  const r = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement }))
  if (!r.policy) throw new Error(JSON.stringify(r.errors))
  return { name, policy: r.policy }
}
const str = (...values: string[]): ContextValue => ({ type: 'string', values })

function req(action: string, resource: string, context: Record<string, ContextValue> = {}, principal = ALICE): EvaluationRequest {
  return { principal: { arn: principal, accountId: ACCT }, action, resource, resourceAccountId: ACCT, context }
}

interface Expected {
  policyType: PolicyType
  policyName: string
  statementIndex: number
  effect: 'Allow' | 'Deny'
  sid?: string
  reasons: NonMatchReason[]
}

interface Case {
  name: string
  request: EvaluationRequest
  policies: PolicySet
  decision: Decision
  decidingPolicyType?: PolicyType | null
  details?: EvaluationResult['details']
  unmatched: Expected[]
}

const sourceIp = (range: string) => ({ Condition: { IpAddress: { 'aws:SourceIp': range } } })

const cases: Case[] = [
  {
    name: 'a condition on aws:SourceIp names the operator, the key, the policy range and the request address',
    request: req('s3:GetObject', OBJECT, { 'aws:SourceIp': { type: 'ip', values: ['203.0.113.7'] } }),
    policies: { identity: [pol('office-only', { Sid: 'FromOffice', Effect: 'Allow', Action: 's3:GetObject', Resource: '*', ...sourceIp('10.0.0.0/8') })] },
    decision: 'implicitDeny',
    unmatched: [{ policyType: 'identity', policyName: 'office-only', statementIndex: 0, effect: 'Allow', sid: 'FromOffice', reasons: [{ part: 'Condition', operator: 'IpAddress', key: 'aws:SourceIp', policyValues: ['10.0.0.0/8'], requestValues: ['203.0.113.7'] }] }],
  },
  {
    name: 'a key the request lacks reads as missing (requestValues null)',
    request: req('iam:CreateUser', `arn:aws:iam::${ACCT}:user/carol`),
    policies: { identity: [pol('mfa', { Effect: 'Allow', Action: 'iam:CreateUser', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })] },
    decision: 'implicitDeny',
    unmatched: [{ policyType: 'identity', policyName: 'mfa', statementIndex: 0, effect: 'Allow', reasons: [{ part: 'Condition', operator: 'Bool', key: 'aws:MultiFactorAuthPresent', policyValues: ['true'], requestValues: null }] }],
  },
  {
    name: 'a Resource that does not match names the request ARN and the patterns',
    request: req('s3:GetObject', OBJECT),
    policies: { identity: [pol('other-bucket', { Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::other-bucket/*', 'arn:aws:s3:::logs/*'] })] },
    decision: 'implicitDeny',
    unmatched: [{ policyType: 'identity', policyName: 'other-bucket', statementIndex: 0, effect: 'Allow', reasons: [{ part: 'Resource', resource: OBJECT, patterns: ['arn:aws:s3:::other-bucket/*', 'arn:aws:s3:::logs/*'] }] }],
  },
  {
    name: 'a NotResource that covers the request ARN',
    request: req('s3:GetObject', OBJECT),
    policies: { identity: [pol('not-example', { Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::example-bucket/*' })] },
    decision: 'implicitDeny',
    unmatched: [{ policyType: 'identity', policyName: 'not-example', statementIndex: 0, effect: 'Allow', reasons: [{ part: 'NotResource', resource: OBJECT, patterns: ['arn:aws:s3:::example-bucket/*'] }] }],
  },
  {
    name: 'a statement that does not name the action is not listed, one that applies is not either',
    request: req('s3:GetObject', OBJECT),
    policies: { identity: [pol('mixed', { Effect: 'Allow', Action: 'ec2:*', Resource: '*' }, { Effect: 'Allow', Action: 's3:Get*', Resource: '*' }, { Effect: 'Allow', NotAction: 's3:GetObject', Resource: '*' })] },
    decision: 'allowed',
    unmatched: [],
  },
  {
    name: 'a Deny that did not fire is listed, marked by its effect',
    request: req('s3:GetObject', OBJECT, { 'aws:SourceIp': { type: 'ip', values: ['10.1.2.3'] } }),
    policies: { identity: [pol('guard', { Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Sid: 'OutsideCorp', Effect: 'Deny', Action: '*', Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } })] },
    decision: 'allowed',
    unmatched: [{ policyType: 'identity', policyName: 'guard', statementIndex: 1, effect: 'Deny', sid: 'OutsideCorp', reasons: [{ part: 'Condition', operator: 'NotIpAddress', key: 'aws:SourceIp', policyValues: ['10.0.0.0/8'], requestValues: ['10.1.2.3'] }] }],
  },
  {
    name: 'every failing part is named: the Resource, then each condition not met, in written order',
    request: req('s3:PutObject', OBJECT, { 'aws:RequestedRegion': str('eu-west-1') }),
    policies: { identity: [pol('narrow', { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::uploads/*', Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1', 's3:x-amz-acl': 'private' }, Bool: { 'aws:SecureTransport': 'true' } } })] },
    decision: 'implicitDeny',
    unmatched: [{
      policyType: 'identity', policyName: 'narrow', statementIndex: 0, effect: 'Allow', reasons: [
        { part: 'Resource', resource: OBJECT, patterns: ['arn:aws:s3:::uploads/*'] },
        { part: 'Condition', operator: 'StringEquals', key: 'aws:RequestedRegion', policyValues: ['us-east-1'], requestValues: ['eu-west-1'] },
        { part: 'Condition', operator: 'StringEquals', key: 's3:x-amz-acl', policyValues: ['private'], requestValues: null },
        { part: 'Condition', operator: 'Bool', key: 'aws:SecureTransport', policyValues: ['true'], requestValues: null },
      ],
    }],
  },
  {
    name: 'a policy variable is shown as written, beside the request value it was compared with',
    request: req('s3:GetObject', OBJECT, { 'aws:ResourceTag/team': str('pay') }),
    policies: { identity: [pol('team', { Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } } })] },
    decision: 'implicitDeny',
    unmatched: [{ policyType: 'identity', policyName: 'team', statementIndex: 0, effect: 'Allow', reasons: [{ part: 'Condition', operator: 'StringEquals', key: 'aws:ResourceTag/team', policyValues: ['${aws:PrincipalTag/team}'], requestValues: ['pay'] }] }],
  },
  {
    name: 'a set operator shows every value of the request',
    request: req('iam:TagUser', BOB, { 'aws:TagKeys': { type: 'stringList', values: ['team', 'cost-center'] } }),
    policies: { identity: [pol('tags', { Effect: 'Allow', Action: 'iam:TagUser', Resource: '*', Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env'] } } })] },
    decision: 'implicitDeny',
    unmatched: [{ policyType: 'identity', policyName: 'tags', statementIndex: 0, effect: 'Allow', reasons: [{ part: 'Condition', operator: 'ForAllValues:StringEquals', key: 'aws:TagKeys', policyValues: ['team', 'env'], requestValues: ['team', 'cost-center'] }] }],
  },
  {
    name: "a resource policy's Principal that names someone else",
    request: req('s3:GetObject', OBJECT),
    policies: { identity: [], resource: pol('bucket-policy', { Effect: 'Allow', Principal: { AWS: BOB }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::example-bucket/*' }) },
    decision: 'implicitDeny',
    unmatched: [{ policyType: 'resource', policyName: 'bucket-policy', statementIndex: 0, effect: 'Allow', reasons: [{ part: 'Principal', principal: ALICE, patterns: { AWS: [BOB] } }] }],
  },
  {
    // With Deny, NotPrincipal must list the caller's account too, or the account is denied
    // (reference_policies_elements_notprincipal.html).
    name: "a resource policy's NotPrincipal that excludes the caller",
    request: req('s3:GetObject', OBJECT),
    policies: { identity: [pol('s3', { Effect: 'Allow', Action: 's3:*', Resource: '*' })], resource: pol('bucket-policy', { Effect: 'Deny', NotPrincipal: { AWS: [ALICE, ROOT] }, Action: 's3:*', Resource: '*' }) },
    decision: 'allowed',
    unmatched: [{ policyType: 'resource', policyName: 'bucket-policy', statementIndex: 0, effect: 'Deny', reasons: [{ part: 'NotPrincipal', principal: ALICE, patterns: { AWS: [ALICE, ROOT] } }] }],
  },
  {
    name: 'identity policies allow, the boundary does not: its statement, its reason and its own verdict',
    request: req('s3:PutObject', OBJECT, { 'aws:RequestedRegion': str('eu-west-1') }),
    policies: {
      identity: [pol('PowerUser', { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })],
      permissionsBoundary: [pol('boundary', { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }, { Effect: 'Allow', Action: 's3:PutObject', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } } })],
    },
    decision: 'implicitDeny',
    decidingPolicyType: 'permissionsBoundary',
    details: { identity: 'allowed', permissionsBoundary: 'implicitDeny' },
    unmatched: [{ policyType: 'permissionsBoundary', policyName: 'boundary', statementIndex: 1, effect: 'Allow', reasons: [{ part: 'Condition', operator: 'StringEquals', key: 'aws:RequestedRegion', policyValues: ['us-east-1'], requestValues: ['eu-west-1'] }] }],
  },
  {
    name: 'a boundary that does not name the action: its verdict says so, and nothing of it is listed',
    request: req('s3:PutObject', OBJECT),
    policies: { identity: [pol('PowerUser', { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })], permissionsBoundary: [pol('boundary', { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })] },
    decision: 'implicitDeny',
    decidingPolicyType: 'permissionsBoundary',
    details: { identity: 'allowed', permissionsBoundary: 'implicitDeny' },
    unmatched: [],
  },
  {
    name: 'identity policies allow, the session policy does not',
    request: req('s3:GetObject', OBJECT, {}, `arn:aws:sts::${ACCT}:assumed-role/Reader/session`),
    policies: { identity: [pol('s3', { Effect: 'Allow', Action: 's3:*', Resource: '*' })], session: [pol('session', { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::logs/*' })] },
    decision: 'implicitDeny',
    decidingPolicyType: 'sessionPolicy',
    details: { identity: 'allowed', sessionPolicy: 'implicitDeny' },
    unmatched: [{ policyType: 'sessionPolicy', policyName: 'session', statementIndex: 0, effect: 'Allow', reasons: [{ part: 'Resource', resource: OBJECT, patterns: ['arn:aws:s3:::logs/*'] }] }],
  },
  {
    name: 'policy order: SCP, resource policy, identity, boundary, session',
    request: req('s3:GetObject', OBJECT, {}, `arn:aws:sts::${ACCT}:assumed-role/Reader/session`),
    policies: {
      serviceControlPolicies: [[pol('scp', { Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::secret/*' })]],
      resource: pol('bucket-policy', { Effect: 'Allow', Principal: { AWS: BOB }, Action: 's3:GetObject', Resource: '*' }),
      identity: [pol('id', { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::logs/*' })],
      permissionsBoundary: [pol('boundary', { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::logs/*' })],
      session: [pol('session', { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::logs/*' })],
    },
    decision: 'implicitDeny',
    decidingPolicyType: 'identity',
    unmatched: [
      { policyType: 'serviceControlPolicy', policyName: 'scp', statementIndex: 1, effect: 'Deny', reasons: [{ part: 'Resource', resource: OBJECT, patterns: ['arn:aws:s3:::secret/*'] }] },
      { policyType: 'resource', policyName: 'bucket-policy', statementIndex: 0, effect: 'Allow', reasons: [{ part: 'Principal', principal: `arn:aws:sts::${ACCT}:assumed-role/Reader/session`, patterns: { AWS: [BOB] } }] },
      { policyType: 'identity', policyName: 'id', statementIndex: 0, effect: 'Allow', reasons: [{ part: 'Resource', resource: OBJECT, patterns: ['arn:aws:s3:::logs/*'] }] },
      { policyType: 'permissionsBoundary', policyName: 'boundary', statementIndex: 0, effect: 'Allow', reasons: [{ part: 'Resource', resource: OBJECT, patterns: ['arn:aws:s3:::logs/*'] }] },
      { policyType: 'sessionPolicy', policyName: 'session', statementIndex: 0, effect: 'Allow', reasons: [{ part: 'Resource', resource: OBJECT, patterns: ['arn:aws:s3:::logs/*'] }] },
    ],
  },
]

const shown = (r: EvaluationResult): Expected[] =>
  (r.unmatchedStatements ?? []).map((u) => ({ policyType: u.policyType, policyName: u.policyName, statementIndex: u.statementIndex, effect: u.effect, ...(u.sid !== undefined ? { sid: u.sid } : {}), reasons: u.reasons }))

describe('unmatchedStatements: what named the action but did not apply, and why', () => {
  it('names every case once', () => {
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length)
  })
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const engines: [string, EvaluationResult][] = [['evaluate explain', evaluate(c.request, c.policies, { explain: true })], ['evaluateNaive', evaluateNaive(c.request, c.policies)]]
    for (const [engine, r] of engines) {
      expect(r.decision, `${engine}: decision`).toBe(c.decision)
      if (c.decidingPolicyType !== undefined) expect(r.decidingPolicyType, `${engine}: decidingPolicyType`).toBe(c.decidingPolicyType)
      if (c.details) expect(r.details, `${engine}: details`).toEqual(c.details)
      expect(shown(r), `${engine}: unmatchedStatements`).toEqual(c.unmatched)
      // Unmatched statements carry where they are, for highlighting in the document.
      for (const u of r.unmatchedStatements ?? []) expect(u.position.line, `${engine}: position`).toBeGreaterThan(0)
    }
  })
  it('gate mode leaves the field out (the fast path computes no explanation)', () => {
    const c = cases[0]
    expect(evaluate(c.request, c.policies).unmatchedStatements).toBeUndefined()
  })
})
