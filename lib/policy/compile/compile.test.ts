import { describe, expect, it } from 'vitest'
import { evaluate } from '../evaluate/evaluate-compiled'
import { parsePolicy } from '../parse/parse-policy'
import type { EvaluationRequest, PolicyInput } from '../types'
import { compilePolicy } from './compile-policy'
import { clearCompiledPolicyCache, compiledPolicyCacheSize, compiledPolicyFor, invalidateCompiledPolicies } from './policy-cache'

const policy = (doc: unknown) => parsePolicy(JSON.stringify(doc)).policy!
const input = (name: string, cacheKey: string | undefined, doc: unknown): PolicyInput => ({ name, ...(cacheKey ? { cacheKey } : {}), policy: policy(doc) })

describe('compilePolicy: the action index', () => {
  const compiled = compilePolicy(input('p', undefined, {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'exact', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
      { Sid: 'service', Effect: 'Allow', Action: ['s3:Get*', 's3:GetObject'], Resource: '*' },
      { Sid: 'all', Effect: 'Deny', Action: '*', Resource: '*' },
      { Sid: 'not', Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
      { Sid: 'cross', Effect: 'Allow', Action: 's3*', Resource: '*' },
      { Sid: 'none', Effect: 'Allow', Resource: '*' },
    ],
  }))
  const cases: [string, string, string[], string[]][] = [
    ['exact, service and wildcard buckets, in statement order, once each', 's3:getobject', ['exact', 'service', 'all', 'not', 'cross'], ['all']],
    ['service bucket only matches its prefix', 's3:getbucketacl', ['service', 'all', 'not', 'cross'], ['all']],
    ['NotAction excludes its actions', 'iam:getuser', ['all'], ['all']],
    ['another service', 'ec2:runinstances', ['all', 'not'], ['all']],
  ]
  for (const [name, action, all, denies] of cases) {
    it(name, () => {
      const c = compiled.candidates(action)
      expect(c.all.map((s) => s.statement.sid)).toEqual(all)
      expect(c.denies.map((s) => s.statement.sid)).toEqual(denies)
      expect(c.allows.map((s) => s.statement.sid)).toEqual(all.filter((x) => !denies.includes(x)))
    })
  }
})

describe('policy cache', () => {
  const request: EvaluationRequest = { principal: { arn: 'arn:aws:iam::111122223333:user/a', accountId: '111122223333' }, action: 's3:GetObject', resource: '*', resourceAccountId: '111122223333', context: {} }
  const allow = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }
  const deny = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }] }

  it('compiles once per cacheKey', () => {
    clearCompiledPolicyCache()
    const a = input('p', 'arn:p#v1', allow)
    expect(compiledPolicyFor(a)).toBe(compiledPolicyFor({ ...a }))
    expect(compiledPolicyCacheSize()).toBe(1)
  })
  it('a reused cacheKey keeps the old compiled form until it is invalidated', () => {
    clearCompiledPolicyCache()
    const identity = [input('p', 'arn:aws:iam::111122223333:policy/p#v1', allow)]
    expect(evaluate(request, { identity }).decision).toBe('allowed')
    const changed = [input('p', 'arn:aws:iam::111122223333:policy/p#v1', deny)]
    expect(evaluate(request, { identity: changed }).decision).toBe('allowed')
    expect(invalidateCompiledPolicies('arn:aws:iam::111122223333:policy/p#')).toBe(1)
    expect(evaluate(request, { identity: changed }).decision).toBe('explicitDeny')
  })
  it('invalidates by predicate and clears', () => {
    clearCompiledPolicyCache()
    compiledPolicyFor(input('a', 'a#v1', allow))
    compiledPolicyFor(input('b', 'b#v1', allow))
    expect(invalidateCompiledPolicies((k) => k.startsWith('b'))).toBe(1)
    expect(compiledPolicyCacheSize()).toBe(1)
    clearCompiledPolicyCache()
    expect(compiledPolicyCacheSize()).toBe(0)
  })
  it('an index over the same identity array notices a policy pushed into it', () => {
    clearCompiledPolicyCache()
    const identity = [input('a', 'a#v1', allow)]
    expect(evaluate(request, { identity }).decision).toBe('allowed')
    identity.push(input('d', 'd#v1', deny))
    expect(evaluate(request, { identity }).decision).toBe('explicitDeny')
  })
})
