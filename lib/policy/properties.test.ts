// Property tests over generated policies and requests (fast-check). The generators mix
// well-formed documents with odd and malformed ones; the properties are the evaluator's
// contract: it never throws, an explicit deny always wins, adding a deny never turns a
// deny into an allow, statement order never matters, and the compiled evaluator decides
// exactly as the naive oracle does (and explains the same in explain mode).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate } from './evaluate/evaluate-compiled'
import { evaluateNaive } from './evaluate/evaluate-naive'
import { parsePolicy } from './parse/parse-policy'
import { simulateCustomPolicy } from './simulate/simulate-custom-policy'
import type { ContextValue, EvaluationRequest, Policy, PolicyInput, PolicySet } from './types'

const ACCT = '111122223333'
const OTHER = '444455556666'

const actions = ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:ListAllMyBuckets', 'iam:CreateUser', 'iam:GetUser', 'ec2:RunInstances', 'kms:Decrypt', 'sts:AssumeRole']
const actionPatterns = [...actions, '*', 's3:*', 's3:Get*', 'iam:?etUser', 'S3:getobject', 'ec2:*Instances', 'kms:*', 's3*', 'iam:Create*']
const resources = [
  '*', 'arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/home/alice/a.txt', 'arn:aws:s3:::bucket/home/bob/b.txt', 'arn:aws:s3:::other/x',
  `arn:aws:iam::${ACCT}:user/alice`, `arn:aws:iam::${ACCT}:role/Admin`, `arn:aws:ec2:us-east-1:${ACCT}:instance/i-1`,
  `arn:aws:kms:eu-west-1:${OTHER}:key/k1`, 'arn:aws:s3:::b*ket/weird?',
]
const resourcePatterns = [
  ...resources, 'arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/home/${aws:username}/*', 'arn:aws:s3:::bucket/home/${aws:PrincipalTag/team}/*',
  "arn:aws:s3:::bucket/home/${aws:PrincipalTag/team, 'alice'}/*", 'arn:aws:s3:::b${*}ket/*', 'arn:aws:*:*:*:*', `arn:aws:iam::${ACCT}:user/*`,
  'arn:aws:ec2:us-????-?:*:instance/*', 'arn:aws:s3:::*', 'arn:aws:kms:*', 'arn:aws:s3:::bucket/home/${aws:username',
]
const principalsInPolicy: unknown[] = [
  '*', { AWS: '*' }, { AWS: ACCT }, { AWS: `arn:aws:iam::${ACCT}:root` }, { AWS: `arn:aws:iam::${ACCT}:user/alice` }, { AWS: `arn:aws:iam::${ACCT}:role/Admin` },
  { AWS: [`arn:aws:sts::${ACCT}:assumed-role/Admin/s1`, `arn:aws:iam::${ACCT}:role/Admin`, ACCT] }, { AWS: OTHER }, { Service: 'lambda.amazonaws.com' },
  { AWS: [`arn:aws:iam::${ACCT}:user/alice`, ACCT] },
]
const operators = ['StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike', 'StringEqualsIgnoreCase', 'StringEqualsIfExists', 'Bool', 'BoolIfExists', 'IpAddress', 'NotIpAddress', 'Null', 'DateLessThan', 'NumericLessThan', 'ForAnyValue:StringLike', 'ForAllValues:StringEquals', 'ForAnyValue:StringEqualsIfExists', 'ArnLike', 'ArnNotEquals', 'NoSuchOperator', 'stringequals']
const condKeys = ['aws:username', 'aws:SourceIp', 'aws:sourceip', 'aws:MultiFactorAuthPresent', 'aws:PrincipalTag/team', 'aws:TagKeys', 'aws:CurrentTime', 's3:max-keys', 'aws:PrincipalArn', 'aws:ResourceTag/team']
const condValues: unknown[] = ['alice', 'bob', '10.0.0.0/8', '2001:db8::/32', 'true', 'false', true, 5, '2030-01-01T00:00:00Z', 'a*', 'team-?', '${aws:username}', '${aws:PrincipalTag/team}', `arn:aws:iam::${ACCT}:user/*`, 'pay', '']

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs)
const oneOrMany = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.array(arb, { minLength: 0, maxLength: 3 }))

const condition = fc.dictionary(pick(operators), fc.dictionary(pick(condKeys), oneOrMany(pick(condValues)), { minKeys: 1, maxKeys: 2 }), { minKeys: 1, maxKeys: 2 })

const statementArb = (withPrincipal: boolean) =>
  fc.record(
    {
      Sid: fc.constantFrom('A', 'B', 'Deny1', ''),
      Effect: fc.constantFrom('Allow', 'Allow', 'Deny'),
      act: fc.tuple(fc.constantFrom('Action', 'Action', 'NotAction'), oneOrMany(pick(actionPatterns))),
      res: fc.option(fc.tuple(fc.constantFrom('Resource', 'Resource', 'NotResource'), oneOrMany(pick(resourcePatterns))), { freq: 6 }),
      pri: withPrincipal ? fc.option(fc.tuple(fc.constantFrom('Principal', 'Principal', 'Principal', 'NotPrincipal'), pick(principalsInPolicy)), { freq: 8 }) : fc.constant(null),
      Condition: fc.option(condition, { freq: 2 }),
    },
    { requiredKeys: ['Effect', 'act'] },
  ).map((s) => {
    const out: Record<string, unknown> = { Effect: s.Effect, [s.act[0]]: s.act[1] }
    if (s.Sid) out.Sid = s.Sid
    if (s.res) out[s.res[0]] = s.res[1]
    if (s.pri) out[s.pri[0]] = s.pri[1]
    if (s.Condition) out.Condition = s.Condition
    return out
  })

const documentArb = (withPrincipal: boolean) =>
  fc.record({
    Version: fc.constantFrom('2012-10-17', '2012-10-17', '2008-10-17', undefined),
    Statement: fc.oneof({ weight: 1, arbitrary: statementArb(withPrincipal) }, { weight: 4, arbitrary: fc.array(statementArb(withPrincipal), { minLength: 0, maxLength: 5 }) }),
  }).map((d) => (d.Version === undefined ? { Statement: d.Statement } : d))

function toInput(doc: unknown, name: string): PolicyInput {
  const r = parsePolicy(JSON.stringify(doc))
  if (!r.policy) throw new Error(`generated policy did not parse: ${JSON.stringify(r.errors)}`)
  return { name, policy: r.policy }
}

const contextArb = fc.record(
  {
    'aws:username': fc.constantFrom('alice', 'bob'),
    'aws:SourceIp': fc.constantFrom('10.1.2.3', '192.0.2.1', '2001:db8::1', 'not-an-ip'),
    'aws:MultiFactorAuthPresent': fc.constantFrom('true', 'false'),
    'aws:PrincipalTag/team': fc.constantFrom('pay', 'alice', 'team-1'),
    'aws:TagKeys': fc.array(fc.constantFrom('team', 'a1', 'env'), { maxLength: 3 }),
    'aws:CurrentTime': fc.constantFrom('2025-01-01T00:00:00Z', '2031-01-01T00:00:00Z'),
    's3:max-keys': fc.constantFrom('3', '10', 'x'),
    'aws:ResourceTag/team': fc.constantFrom('pay', 'ops'),
  },
  { requiredKeys: [] },
).map((c) => {
  const types: Record<string, ContextValue['type']> = { 'aws:SourceIp': 'ip', 'aws:MultiFactorAuthPresent': 'boolean', 'aws:TagKeys': 'stringList', 'aws:CurrentTime': 'date', 's3:max-keys': 'numeric' }
  const out: Record<string, ContextValue> = {}
  for (const [k, v] of Object.entries(c)) out[k] = { type: types[k] ?? 'string', values: Array.isArray(v) ? v : [v as string] }
  return out
})

const callers = [
  { arn: `arn:aws:iam::${ACCT}:user/alice`, accountId: ACCT },
  { arn: `arn:aws:sts::${ACCT}:assumed-role/Admin/s1`, accountId: ACCT },
  { arn: `arn:aws:iam::${ACCT}:root`, accountId: ACCT },
  { arn: `arn:aws:iam::${OTHER}:user/eve`, accountId: OTHER },
  { arn: 'lambda.amazonaws.com', accountId: ACCT },
]

const requestArb = fc.record({
  principal: pick(callers),
  action: pick(actions),
  resource: pick(resources),
  resourceAccountId: fc.constantFrom(ACCT, ACCT, OTHER),
  context: contextArb,
  layered: fc.boolean(),
}).map(({ layered, ...r }): EvaluationRequest => {
  if (!layered) return r
  // The principal's keys in EvaluationRequest.principalContext instead of the request's context.
  const context: Record<string, ContextValue> = {}
  const principalContext: Record<string, ContextValue> = {}
  for (const [k, v] of Object.entries(r.context)) (k === 'aws:username' || k.startsWith('aws:PrincipalTag/') ? principalContext : context)[k] = v
  return { ...r, context, principalContext }
})

const policySetArb = fc.record({
  identity: fc.array(documentArb(false), { maxLength: 3 }),
  boundary: fc.option(documentArb(false), { freq: 3 }),
  resource: fc.option(documentArb(true), { freq: 2 }),
  session: fc.option(documentArb(false), { freq: 4 }),
  scps: fc.option(fc.array(fc.array(documentArb(false), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }), { freq: 4 }),
}).map((g): PolicySet => {
  const set: PolicySet = { identity: g.identity.map((d, i) => toInput(d, `identity${i}`)) }
  if (g.boundary) set.permissionsBoundary = [toInput(g.boundary, 'boundary')]
  if (g.resource) set.resource = toInput(g.resource, 'resource')
  if (g.session) set.session = [toInput(g.session, 'session')]
  if (g.scps) set.serviceControlPolicies = g.scps.map((lvl, l) => lvl.map((d, i) => toInput(d, `scp${l}.${i}`)))
  return set
})

function mapPolicies(set: PolicySet, f: (p: Policy, where: string) => Policy): PolicySet {
  const m = (pi: PolicyInput, where: string): PolicyInput => ({ ...pi, policy: f(pi.policy, where) })
  const out: PolicySet = { identity: set.identity.map((p, i) => m(p, `identity${i}`)) }
  if (set.permissionsBoundary) out.permissionsBoundary = set.permissionsBoundary.map((p) => m(p, 'boundary'))
  if (set.resource) out.resource = m(set.resource, 'resource')
  if (set.session) out.session = set.session.map((p) => m(p, 'session'))
  if (set.serviceControlPolicies) out.serviceControlPolicies = set.serviceControlPolicies.map((lvl) => lvl.map((p) => m(p, 'scp')))
  return out
}

const sorted = (xs: string[]) => [...xs].sort()

describe('properties', () => {
  it('parsePolicy + evaluate never throw on 100,000 generated documents, odd and malformed ones included', () => {
    const mangled = documentArb(true).chain((d) => {
      const text = JSON.stringify(d)
      return fc.oneof(
        fc.constant(text),
        fc.nat(text.length).map((n) => text.slice(0, n)),
        fc.tuple(fc.nat(text.length), fc.constantFrom(',', '}', ']', '"', ':', '\\', ' ', '\n', 'x')).map(([n, c]) => text.slice(0, n) + c + text.slice(n)),
      )
    })
    const odd = fc.oneof(
      fc.json(),
      fc.string(),
      fc.anything().map((v) => JSON.stringify(v) ?? 'undefined'),
      fc.record({ Version: fc.anything(), Statement: fc.anything(), Id: fc.anything() }).map((v) => JSON.stringify(v)),
      fc.array(fc.record({ Effect: fc.anything(), Action: fc.anything(), Resource: fc.anything(), Condition: fc.anything(), Principal: fc.anything() })).map((s) => JSON.stringify({ Version: '2012-10-17', Statement: s })),
    )
    fc.assert(
      fc.property(fc.oneof({ weight: 3, arbitrary: mangled }, { weight: 2, arbitrary: odd }), requestArb, fc.boolean(), (text, request, asResource) => {
        const parsed = parsePolicy(text)
        expect(Array.isArray(parsed.errors)).toBe(true)
        if (parsed.errors.length) expect(parsed.errors.every((e) => e.findingType === 'ERROR' && typeof e.issueCode === 'string')).toBe(true)
        if (!parsed.policy) return
        const input: PolicyInput = { name: 'p', policy: parsed.policy }
        // As an identity policy or as the resource's policy (its Principal then counts).
        const set: PolicySet = asResource ? { identity: [], resource: input } : { identity: [input] }
        expect(evaluate(request, set).decision).toBe(evaluateNaive(request, set).decision)
      }),
      { numRuns: 100_000 },
    )
    // About 30 s on this machine when it is quiet; far more when other sessions load it.
  }, 240_000)

  it('simulateCustomPolicy answers every generated request with a result or an AWS error', () => {
    const textArb = fc.oneof(documentArb(false).map((d) => JSON.stringify(d)), fc.json(), fc.string())
    fc.assert(
      fc.property(fc.array(textArb, { maxLength: 2 }), fc.array(pick(actions), { maxLength: 2 }), fc.option(fc.array(pick(resources), { maxLength: 2 })), fc.option(fc.constantFrom(`arn:aws:iam::${ACCT}:user/alice`, 'arn:aws:iam::1:role/x')), (policies, actionNames, resourceArns, caller) => {
        const req: Record<string, unknown> = { PolicyInputList: policies, ActionNames: actionNames }
        if (resourceArns) req.ResourceArns = resourceArns
        if (caller) req.CallerArn = caller
        const r = simulateCustomPolicy(req)
        if ('Error' in r) expect(['MalformedPolicyDocument', 'InvalidInput']).toContain(r.Error.Code)
        else {
          // One result per action, each resource under ResourceSpecificResults when listed.
          expect(r.EvaluationResults.length).toBe(actionNames.length)
          for (const e of r.EvaluationResults) expect(e.ResourceSpecificResults?.length ?? 0).toBe(resourceArns?.length ?? 0)
        }
      }),
      { numRuns: 3_000 },
    )
  })

  it('the compiled evaluator agrees with the naive one (decision, deciding type, explanation, what did not match)', () => {
    fc.assert(
      fc.property(policySetArb, requestArb, (set, request) => {
        const naive = evaluateNaive(request, set)
        const gate = evaluate(request, set)
        const explained = evaluate(request, set, { explain: true })
        expect(gate.decision).toBe(naive.decision)
        expect(gate.decidingPolicyType).toBe(naive.decidingPolicyType)
        expect(explained.decision).toBe(naive.decision)
        expect(explained.decidingPolicyType).toBe(naive.decidingPolicyType)
        expect(explained.matchedStatements).toEqual(naive.matchedStatements)
        expect(sorted(explained.missingContextKeys)).toEqual(sorted(naive.missingContextKeys))
        expect(explained.details).toEqual(naive.details)
        // What did not apply, and why: the same statements with the same reasons, each
        // with at least one; gate mode does not compute it.
        expect(explained.unmatchedStatements).toEqual(naive.unmatchedStatements)
        expect(naive.unmatchedStatements!.every((u) => u.reasons.length > 0)).toBe(true)
        expect(gate.unmatchedStatements).toBeUndefined()
      }),
      { numRuns: 6_000 },
    )
  })

  it('an explicit deny always wins', () => {
    fc.assert(
      fc.property(policySetArb, requestArb, fc.constantFrom('identity', 'boundary', 'session', 'resource'), (set, request, where) => {
        const deny = { index: 99, effect: 'Deny' as const, action: ['*'], resource: ['*'], principal: '*' as const, position: { line: 1, column: 1 } }
        const with_ = structuredClone(set)
        const target = where === 'identity' || !with_.identity.length ? with_.identity : where === 'boundary' ? (with_.permissionsBoundary ??= []) : where === 'session' ? (with_.session ??= []) : undefined
        if (target) target.push({ name: 'deny-all', policy: { version: '2012-10-17', statements: [deny] } })
        else with_.resource = { name: 'deny-all', policy: { version: '2012-10-17', statements: [deny, ...(with_.resource?.policy.statements ?? [])] } }
        expect(evaluate(request, with_).decision).toBe('explicitDeny')
        expect(evaluateNaive(request, with_).decision).toBe('explicitDeny')
      }),
      { numRuns: 3_000 },
    )
  })

  it('adding a deny statement never turns a deny into an allow', () => {
    fc.assert(
      fc.property(policySetArb, requestArb, statementArb(true), fc.nat(), (set, request, extra, k) => {
        const before = evaluate(request, set)
        const deny = toInput({ Version: '2012-10-17', Statement: [{ ...extra, Effect: 'Deny' }] }, 'extra').policy.statements[0]
        const places = ['identity', ...(set.permissionsBoundary ? ['boundary'] : []), ...(set.resource ? ['resource'] : [])]
        const where = places[k % places.length]
        const after = mapPolicies(set, (p, w) => (w === (where === 'identity' ? 'identity0' : where) ? { ...p, statements: [...p.statements, deny] } : p))
        if (where === 'identity' && !set.identity.length) after.identity = [{ name: 'extra', policy: { version: '2012-10-17', statements: [deny] } }]
        const decided = evaluate(request, after).decision
        if (before.decision !== 'allowed') expect(decided).not.toBe('allowed')
        if (before.decision === 'explicitDeny') expect(decided).toBe('explicitDeny')
      }),
      { numRuns: 3_000 },
    )
  })

  it('statement order never matters', () => {
    fc.assert(
      fc.property(policySetArb, requestArb, fc.nat(), (set, request, seed) => {
        let s = seed
        const shuffled = mapPolicies(set, (p) => {
          const st = [...p.statements]
          for (let i = st.length - 1; i > 0; i--) {
            s = (s * 1103515245 + 12345) % 2 ** 31
            const j = s % (i + 1)
            ;[st[i], st[j]] = [st[j], st[i]]
          }
          return { ...p, statements: st }
        })
        const a = evaluate(request, set, { explain: true })
        const b = evaluate(request, shuffled, { explain: true })
        expect(b.decision).toBe(a.decision)
        expect(b.decidingPolicyType).toBe(a.decidingPolicyType)
        expect(sorted(b.matchedStatements.map((m) => `${m.policyName}#${m.statementIndex}`))).toEqual(sorted(a.matchedStatements.map((m) => `${m.policyName}#${m.statementIndex}`)))
      }),
      { numRuns: 3_000 },
    )
  })
})
