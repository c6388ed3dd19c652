import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { simulateText } from './simulate'

const repoRoot = path.resolve(import.meta.dirname, '..')
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx')
const doc = (d: unknown) => JSON.stringify(d, null, 2)

// IAM User Guide, "Policy evaluation for requests within a single account", section
// "Example identity-based and resource-based policy evaluation".
const carlosPolicy = doc({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'AllowS3ListRead', Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:GetAccountPublicAccessBlock', 's3:ListAccessPoints', 's3:ListAllMyBuckets'], Resource: 'arn:aws:s3:::*' },
    { Sid: 'AllowS3Self', Effect: 'Allow', Action: 's3:*', Resource: ['arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar/*', 'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar'] },
    { Sid: 'DenyS3Logs', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::*log*' },
  ],
})
const carlosBucketPolicy = doc({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:user/carlossalazar' }, Action: 's3:*', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar-logs/*' }],
})

// IAM User Guide, "Permissions boundaries for IAM entities": Shirley's boundary allows
// only S3, CloudWatch and EC2, so her identity policy's iam:CreateUser is not effective.
const shirleyBoundary = doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:*', 'cloudwatch:*', 'ec2:*'], Resource: '*' }] })
const shirleyPolicy = doc({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 'iam:CreateUser', Resource: '*' } })

type Result = { EvalActionName: string; EvalResourceName: string; EvalDecision: string; MatchedStatements: { SourcePolicyId: string; StartPosition: { Line: number } }[]; PermissionsBoundaryDecisionDetail?: { AllowedByPermissionsBoundary: boolean }; MissingContextValues: string[] }

describe('simulate: AWS examples from the Policy evaluation logic pages', () => {
  const cases: { name: string; request: object; expected: { action: string; resource?: string; decision: string; matched?: string[]; allowedByBoundary?: boolean }[] }[] = [
    {
      name: 'Carlos saves a file to the logs bucket: DenyS3Logs explicitly denies, though the bucket policy allows',
      request: { PolicyInputList: [carlosPolicy], ResourcePolicy: carlosBucketPolicy, CallerArn: 'arn:aws:iam::111122223333:user/carlossalazar', ActionNames: ['s3:PutObject'], ResourceArns: ['arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar-logs/file.txt'] },
      expected: [{ action: 's3:PutObject', decision: 'explicitDeny', matched: ['PolicyInputList.1'] }],
    },
    {
      name: 'Carlos saves a file to his own bucket: AllowS3Self allows',
      request: { PolicyInputList: [carlosPolicy], CallerArn: 'arn:aws:iam::111122223333:user/carlossalazar', ActionNames: ['s3:PutObject'], ResourceArns: ['arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar/file.txt'] },
      expected: [{ action: 's3:PutObject', decision: 'allowed', matched: ['PolicyInputList.1'] }],
    },
    {
      name: 'Carlos lists all buckets: s3:ListAllMyBuckets takes resource "*", which arn:aws:s3:::* does not match',
      request: { PolicyInputList: [carlosPolicy], ActionNames: ['s3:ListAllMyBuckets'] },
      expected: [{ action: 's3:ListAllMyBuckets', resource: '*', decision: 'implicitDeny' }],
    },
    {
      name: 'Shirley creates a user: the boundary does not allow iam:CreateUser',
      request: { PolicyInputList: [shirleyPolicy], PermissionsBoundaryPolicyInputList: [shirleyBoundary], ActionNames: ['iam:CreateUser', 's3:GetObject'] },
      expected: [
        { action: 'iam:CreateUser', decision: 'implicitDeny', allowedByBoundary: false },
        // The boundary allows S3 but grants nothing by itself.
        { action: 's3:GetObject', decision: 'implicitDeny', allowedByBoundary: true },
      ],
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const r = simulateText(JSON.stringify(c.request)) as { EvaluationResults: Result[]; IsTruncated: boolean }
      expect(r.IsTruncated).toBe(false)
      expect(r.EvaluationResults).toHaveLength(c.expected.length)
      c.expected.forEach((e, i) => {
        const got = r.EvaluationResults[i]
        expect(got.EvalActionName).toBe(e.action)
        if (e.resource) expect(got.EvalResourceName).toBe(e.resource)
        expect(got.EvalDecision).toBe(e.decision)
        if (e.matched) expect(got.MatchedStatements.map((m) => m.SourcePolicyId)).toEqual(e.matched)
        if (e.allowedByBoundary !== undefined) expect(got.PermissionsBoundaryDecisionDetail?.AllowedByPermissionsBoundary).toBe(e.allowedByBoundary)
      })
    })
  }

  it('the explicit deny is the only matched statement, with its source position', () => {
    const r = simulateText(JSON.stringify(cases[0].request)) as { EvaluationResults: Result[] }
    // DenyS3Logs is the third statement, lines 24 to 29 of the pretty-printed policy; AWS's
    // StartPosition is just past the previous statement's "}" (line 23), its EndPosition just
    // past the statement's own "}".
    expect(r.EvaluationResults[0].MatchedStatements).toEqual([
      { SourcePolicyId: 'PolicyInputList.1', SourcePolicyType: 'IAM Policy', StartPosition: { Line: 23, Column: 6 }, EndPosition: { Line: 29, Column: 6 } },
    ])
  })

  it('reports the context keys the policies need and the request lacks', () => {
    const p = doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }] })
    const r = simulateText(JSON.stringify({ PolicyInputList: [p], ActionNames: ['s3:GetObject'] })) as { EvaluationResults: Result[] }
    expect(r.EvaluationResults[0]).toMatchObject({ EvalDecision: 'implicitDeny', MissingContextValues: ['aws:MultiFactorAuthPresent'] })
    const r2 = simulateText(JSON.stringify({ PolicyInputList: [p], ActionNames: ['s3:GetObject'], ContextEntries: [{ ContextKeyName: 'aws:MultiFactorAuthPresent', ContextKeyValues: ['true'], ContextKeyType: 'boolean' }] })) as { EvaluationResults: Result[] }
    expect(r2.EvaluationResults[0]).toMatchObject({ EvalDecision: 'allowed', MissingContextValues: [] })
  })
})

// IAM API Reference, EvaluationResult: "The simulator now returns a single EvaluationResult
// per action, regardless of how many resource ARNs are provided ... The top-level
// EvalDecision reflects the most restrictive decision across all resources"; and
// ResourceSpecificResult.EvalDecisionDetails is "returned only for cross-account simulations".
describe('simulate: response shape', () => {
  const carlos = 'arn:aws:iam::111122223333:user/carlossalazar'
  const own = 'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar/file.txt'
  const logs = 'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar-logs/file.txt'
  type Shape = { EvaluationResults: Record<string, unknown>[]; IsTruncated: boolean }

  it('one EvaluationResult per action, the most restrictive decision on top, each resource under ResourceSpecificResults', () => {
    const r = simulateText(JSON.stringify({ PolicyInputList: [carlosPolicy], CallerArn: carlos, ActionNames: ['s3:PutObject', 's3:GetObject'], ResourceArns: [own, logs] })) as unknown as Shape
    expect(r.EvaluationResults).toHaveLength(2)
    const deny = { SourcePolicyId: 'PolicyInputList.1', SourcePolicyType: 'IAM Policy', StartPosition: { Line: 23, Column: 6 }, EndPosition: { Line: 29, Column: 6 } }
    const allowSelf = { SourcePolicyId: 'PolicyInputList.1', SourcePolicyType: 'IAM Policy', StartPosition: { Line: 14, Column: 6 }, EndPosition: { Line: 23, Column: 6 } }
    expect(r.EvaluationResults[0]).toEqual({
      EvalActionName: 's3:PutObject',
      EvalDecision: 'explicitDeny',
      MatchedStatements: [deny],
      MissingContextValues: [],
      EvalDecisionDetails: {},
      ResourceSpecificResults: [
        { EvalResourceName: own, EvalResourceDecision: 'allowed', MatchedStatements: [allowSelf], MissingContextValues: [] },
        { EvalResourceName: logs, EvalResourceDecision: 'explicitDeny', MatchedStatements: [deny], MissingContextValues: [] },
      ],
    })
    expect(r.EvaluationResults[1]).toMatchObject({ EvalActionName: 's3:GetObject', EvalDecision: 'explicitDeny' })
  })

  it('one resource in the same account: EvalResourceName on top, EvalDecisionDetails {} on top only', () => {
    const r = simulateText(JSON.stringify({ PolicyInputList: [carlosPolicy], CallerArn: carlos, ActionNames: ['s3:PutObject'], ResourceArns: [own] })) as unknown as Shape
    const e = r.EvaluationResults[0]
    expect(e).toMatchObject({ EvalActionName: 's3:PutObject', EvalResourceName: own, EvalDecision: 'allowed', EvalDecisionDetails: {} })
    expect(Object.keys((e.ResourceSpecificResults as object[])[0])).toEqual(['EvalResourceName', 'EvalResourceDecision', 'MatchedStatements', 'MissingContextValues'])
  })

  it('resource "*" in the same account: no EvalDecisionDetails, no ResourceSpecificResults', () => {
    const r = simulateText(JSON.stringify({ PolicyInputList: [shirleyPolicy], ActionNames: ['iam:CreateUser'] })) as unknown as Shape
    expect(Object.keys(r.EvaluationResults[0])).toEqual(['EvalActionName', 'EvalResourceName', 'EvalDecision', 'MatchedStatements', 'MissingContextValues'])
  })

  // Positions as real SimulatePrincipalPolicy / SimulateCustomPolicy responses report them:
  // AdministratorAccess (2-space JSON) "StartPosition": {"Line": 3, "Column": 17},
  // "EndPosition": {"Line": 8, "Column": 6}; a compact two-statement bucket policy, first
  // statement 38 to 248, the second starting at 248 (the column of the comma before its "{").
  it('StartPosition is just past the token before the statement, EndPosition just past its "}"', () => {
    const admin = doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] })
    const a = simulateText(JSON.stringify({ PolicyInputList: [admin], ActionNames: ['s3:GetObject'] })) as unknown as Shape
    expect(a.EvaluationResults[0].MatchedStatements).toEqual([{ SourcePolicyId: 'PolicyInputList.1', SourcePolicyType: 'IAM Policy', StartPosition: { Line: 3, Column: 17 }, EndPosition: { Line: 8, Column: 6 } }])
    const first = { Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: '*', Resource: ['arn:aws:s3:::tims-fancy-bucket/*', 'arn:aws:s3:::tims-fancy-bucket'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }
    const second = { Sid: 'DenyTimDelete', Effect: 'Deny', Principal: '*', Action: 's3:DeleteObject', Resource: ['arn:aws:s3:::tims-fancy-bucket/*'] }
    const bucket = JSON.stringify({ Version: '2012-10-17', Statement: [first, second] })
    const b = simulateText(JSON.stringify({ PolicyInputList: [], ResourcePolicy: bucket, CallerArn: 'arn:aws:iam::111122223333:user/dummy', ActionNames: ['s3:DeleteObject'], ResourceArns: ['arn:aws:s3:::tims-fancy-bucket/k'], ContextEntries: [{ ContextKeyName: 'aws:SecureTransport', ContextKeyValues: ['false'], ContextKeyType: 'boolean' }] })) as unknown as Shape
    expect(b.EvaluationResults[0].MatchedStatements).toEqual([
      { SourcePolicyId: 'ResourcePolicy', SourcePolicyType: 'Resource Policy', StartPosition: { Line: 1, Column: 38 }, EndPosition: { Line: 1, Column: 248 } },
      { SourcePolicyId: 'ResourcePolicy', SourcePolicyType: 'Resource Policy', StartPosition: { Line: 1, Column: 248 }, EndPosition: { Line: 1, Column: 248 + JSON.stringify(second).length + 1 } },
    ])
  })

  it('cross-account: EvalDecisionDetails per policy type, on top and per resource', () => {
    const other = 'arn:aws:sqs:us-east-1:444455556666:queue1'
    const p = doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }] })
    const r = simulateText(JSON.stringify({ PolicyInputList: [p], CallerArn: carlos, ActionNames: ['sqs:SendMessage'], ResourceArns: [other] })) as unknown as Shape
    const e = r.EvaluationResults[0]
    expect(e.EvalDecision).toBe('implicitDeny')
    expect(e.EvalDecisionDetails).toEqual({ 'IAM Policy': 'allowed' })
    expect((e.ResourceSpecificResults as Record<string, unknown>[])[0].EvalDecisionDetails).toEqual({ 'IAM Policy': 'allowed' })
  })
})

describe('simulate: malformed input gets an AWS error, never a stack trace', () => {
  const cases: { name: string; text: string; code: string; message: RegExp }[] = [
    { name: 'request is not JSON', text: '{', code: 'InvalidInput', message: /not valid JSON/ },
    { name: 'ActionNames missing', text: JSON.stringify({ PolicyInputList: [] }), code: 'InvalidInput', message: /actionNames/ },
    { name: 'policy is not JSON', text: JSON.stringify({ PolicyInputList: ['{"Version": "2012-10-17",}'], ActionNames: ['s3:GetObject'] }), code: 'MalformedPolicyDocument', message: /line 1, column/ },
    { name: 'policy has an unknown element', text: JSON.stringify({ PolicyInputList: [doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Foo: 1 }] })], ActionNames: ['s3:GetObject'] }), code: 'MalformedPolicyDocument', message: /Foo/ },
    { name: 'resource policy without CallerArn', text: JSON.stringify({ PolicyInputList: [], ActionNames: ['s3:GetObject'], ResourcePolicy: carlosBucketPolicy }), code: 'InvalidInput', message: /CallerArn/ },
    { name: 'CallerArn of a role', text: JSON.stringify({ PolicyInputList: [], ActionNames: ['s3:GetObject'], CallerArn: 'arn:aws:iam::111122223333:role/R' }), code: 'InvalidInput', message: /IAM user/ },
    { name: 'unknown context key type', text: JSON.stringify({ PolicyInputList: [], ActionNames: ['s3:GetObject'], ContextEntries: [{ ContextKeyName: 'aws:SourceIp', ContextKeyValues: ['1.2.3.4'], ContextKeyType: 'ipv4' }] }), code: 'InvalidInput', message: /contextKeyType/ },
    { name: 'not an object', text: '[]', code: 'InvalidInput', message: /JSON object/ },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const r = simulateText(c.text) as { Error?: { Code: string; Message: string } }
      expect(r.Error?.Code).toBe(c.code)
      expect(r.Error?.Message).toMatch(c.message)
    })
  }
})

// Policies whose wildcards made the engine's backtracking regular expressions run for minutes
// or hours (ten stars and a dash: over 100 s). No timing assertion: a hang fails on the test
// timeout; `npm run bench:wildcards` prints the figures.
describe('simulate: hostile wildcards are answered', () => {
  const tenStars = '*'.repeat(10)
  const manyStars = '*a'.repeat(10) + 'b'
  const long = 'a'.repeat(64)
  const allow = (statement: object) => doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', ...statement }] })
  const cases: { name: string; request: object; decision: string }[] = [
    { name: 'Action iam: + ten stars + "-": no IAM action ends in "-"', request: { PolicyInputList: [allow({ Action: `iam:${tenStars}-`, Resource: '*' })], ActionNames: ['iam:GetUser'] }, decision: 'implicitDeny' },
    { name: 'Action iam: + ten stars + "r" allows iam:GetUser', request: { PolicyInputList: [allow({ Action: `iam:${tenStars}r`, Resource: '*' })], ActionNames: ['iam:GetUser'] }, decision: 'allowed' },
    {
      name: 'segment-confined stars in a Resource region',
      request: { PolicyInputList: [allow({ Action: 's3:GetObject', Resource: `arn:aws:s3:${manyStars}:111122223333:x` })], ActionNames: ['s3:GetObject'], ResourceArns: [`arn:aws:s3:${long}:111122223333:x`] },
      decision: 'implicitDeny',
    },
    {
      name: 'StringLike with many stars',
      request: {
        PolicyInputList: [allow({ Action: 's3:GetObject', Resource: '*', Condition: { StringLike: { 'aws:PrincipalTag/team': manyStars } } })],
        ActionNames: ['s3:GetObject'],
        ContextEntries: [{ ContextKeyName: 'aws:PrincipalTag/team', ContextKeyValues: [long], ContextKeyType: 'string' }],
      },
      decision: 'implicitDeny',
    },
    {
      name: 'ArnLike with many stars in the resource part',
      request: {
        PolicyInputList: [allow({ Action: 's3:GetObject', Resource: '*', Condition: { ArnLike: { 'aws:SourceArn': `arn:aws:s3:::${manyStars}` } } })],
        ActionNames: ['s3:GetObject'],
        ContextEntries: [{ ContextKeyName: 'aws:SourceArn', ContextKeyValues: [`arn:aws:s3:::${long}`], ContextKeyType: 'string' }],
      },
      decision: 'implicitDeny',
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const r = simulateText(JSON.stringify(c.request)) as { EvaluationResults: Result[] }
      expect(r.EvaluationResults[0].EvalDecision).toBe(c.decision)
    })
  }
})

describe('simulate CLI', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'simulate-'))
  it('prints the response for a file and exits 0', () => {
    const file = path.join(dir, 'req.json')
    writeFileSync(file, JSON.stringify({ PolicyInputList: [carlosPolicy], ActionNames: ['s3:PutObject'], ResourceArns: ['arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar/f'] }))
    const out = execFileSync(tsx, ['scripts/simulate.ts', file], { cwd: repoRoot, encoding: 'utf8' })
    expect(JSON.parse(out).EvaluationResults[0].EvalDecision).toBe('allowed')
  })
  it('--batch answers one line per request line, exit 1 when one failed', () => {
    const input = [
      JSON.stringify({ PolicyInputList: [shirleyPolicy], ActionNames: ['iam:CreateUser'] }),
      JSON.stringify({ PolicyInputList: ['nope'], ActionNames: ['iam:CreateUser'] }),
    ].join('\n')
    const r = spawnSync(tsx, ['scripts/simulate.ts', '--batch'], { cwd: repoRoot, input, encoding: 'utf8' })
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines[0].EvaluationResults[0].EvalDecision).toBe('allowed')
    expect(lines[1].Error.Code).toBe('MalformedPolicyDocument')
    expect(r.status).toBe(1)
    expect(r.stderr).toBe('')
  })
  it('answers the ten-star policy (iam: + ten stars + "-") of a file', () => {
    const file = path.join(dir, 'ten-stars.json')
    const policy = doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: `iam:${'*'.repeat(10)}-`, Resource: '*' }] })
    writeFileSync(file, JSON.stringify({ PolicyInputList: [policy], ActionNames: ['iam:GetUser'] }))
    const out = execFileSync(tsx, ['scripts/simulate.ts', file], { cwd: repoRoot, encoding: 'utf8' })
    expect(JSON.parse(out).EvaluationResults[0].EvalDecision).toBe('implicitDeny')
  })
  it('a missing file is an InvalidInput error with exit 1', () => {
    const r = spawnSync(tsx, ['scripts/simulate.ts', path.join(dir, 'absent.json')], { cwd: repoRoot, encoding: 'utf8' })
    expect(r.status).toBe(1)
    expect(JSON.parse(r.stdout).Error.Code).toBe('InvalidInput')
  })
})
