import { describe, expect, it } from 'vitest'
import type { MatchedStatement, PolicyType } from '../types'
import { detailsFrom } from './details-from'

const m = (policyType: PolicyType, effect: 'Allow' | 'Deny'): MatchedStatement => ({ policyType, effect, policyName: 'p', statementIndex: 0, position: { line: 1, column: 1 } })

describe('detailsFrom', () => {
  const cases: { name: string; matched: MatchedStatement[]; present: PolicyType[]; expected: object }[] = [
    { name: 'types without a matching statement are implicit denies', matched: [], present: ['identity', 'permissionsBoundary'], expected: { identity: 'implicitDeny', permissionsBoundary: 'implicitDeny' } },
    { name: 'an allow makes its type allowed', matched: [m('identity', 'Allow')], present: ['identity', 'permissionsBoundary'], expected: { identity: 'allowed', permissionsBoundary: 'implicitDeny' } },
    { name: 'a deny outranks an allow of the same type, in either order', matched: [m('resource', 'Deny'), m('resource', 'Allow'), m('identity', 'Allow')], present: ['resource', 'identity'], expected: { resource: 'explicitDeny', identity: 'allowed' } },
    { name: 'absent types are not reported', matched: [], present: [], expected: {} },
  ]
  for (const c of cases) it(c.name, () => expect(detailsFrom(c.matched, c.present)).toEqual(c.expected))
})
