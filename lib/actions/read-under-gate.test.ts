import { describe, expect, it } from 'vitest'
import { IamError, noSuchEntity } from '@/lib/iam/errors'
import { evaluate, parsePolicy } from '@/lib/policy'
import { readUnderGate, type ReadResult } from './read-under-gate'

const ACCOUNT = '111122223333'
const BOB = `arn:aws:iam::${ACCOUNT}:user/bob`
const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`

// A real explicit deny from the engine, so the case checks that the deciding statement
// (policy, Sid, line) reaches the page as the gate reports it.
const DENIED_REQUEST = { principal: { arn: BOB, accountId: ACCOUNT }, action: 'iam:GetUser', resource: ALICE, resourceAccountId: ACCOUNT, context: { 'aws:SourceIp': { type: 'ip' as const, values: ['203.0.113.7'] } } }

const DENY_FROM_OUTSIDE = parsePolicy(JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'NoUserReads', Effect: 'Deny', Action: 'iam:GetUser', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } },
    { Sid: 'ReadOwnUser', Effect: 'Allow', Action: 'iam:GetUser', Resource: BOB },
  ],
})).policy!
const DENIED_POLICIES = { identity: [{ name: 'DenyUserReads', policy: DENY_FROM_OUTSIDE }] }

function explicitDeny() {
  return evaluate(DENIED_REQUEST, DENIED_POLICIES, { explain: true })
}

const DENIED_MESSAGE = `User: ${BOB} is not authorized to perform: iam:GetUser on resource: ${ALICE} with an explicit deny in an identity-based policy`

interface Case {
  name: string
  read: () => Promise<unknown>
  expected: ReadResult<unknown>
}

const cases: Case[] = [
  { name: 'allowed: the value read', read: async () => ({ UserName: 'alice' }), expected: { ok: true, value: { UserName: 'alice' } } },
  {
    name: 'AccessDenied: the message, the statements that applied and those that did not, what each policy type said, and the request to replay',
    read: async () => {
      throw new IamError('AccessDenied', DENIED_MESSAGE, { evaluation: explicitDeny(), request: DENIED_REQUEST, policies: DENIED_POLICIES })
    },
    expected: {
      ok: false,
      error: {
        code: 'AccessDenied',
        message: DENIED_MESSAGE,
        denial: {
          decision: 'explicitDeny',
          decidingPolicyType: 'identity',
          // The Deny that applied, with its condition beside the request's value...
          statements: [expect.objectContaining({
            policyName: 'DenyUserReads', sid: 'NoUserReads', effect: 'Deny', statementIndex: 0,
            conditions: [{ operator: 'IpAddress', key: 'aws:SourceIp', policyValues: ['203.0.113.0/24'], requestValues: ['203.0.113.7'] }],
          })],
          // ...and the Allow that names the action but not alice.
          unmatched: [expect.objectContaining({ sid: 'ReadOwnUser', reasons: [{ part: 'Resource', resource: ALICE, patterns: [BOB] }] })],
          details: { identity: 'explicitDeny' },
          request: { principalArn: BOB, action: 'iam:GetUser', resource: ALICE, context: [{ key: 'aws:SourceIp', type: 'ip', values: ['203.0.113.7'] }] },
        },
      },
    },
  },
  {
    name: 'another IamError: its code, message and field',
    read: async () => {
      throw noSuchEntity('user', 'alice', 'UserName')
    },
    expected: { ok: false, error: { code: 'NoSuchEntity', message: 'The user with name alice cannot be found.', field: 'UserName' } },
  },
  {
    name: 'ServiceFailure is an IAM answer too: shown in place',
    read: async () => {
      throw new IamError('ServiceFailure', 'The request processing has failed because of an unknown error, exception or failure.')
    },
    expected: { ok: false, error: { code: 'ServiceFailure', message: 'The request processing has failed because of an unknown error, exception or failure.' } },
  },
]

describe('readUnderGate', () => {
  it.each(cases)('$name', async ({ read, expected }) => {
    expect(await readUnderGate(read)).toEqual(expected)
  })

  it('rethrows what is not an IamError (a bug goes to the error page)', async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'UserName')")
    await expect(
      readUnderGate(async () => {
        throw bug
      }),
    ).rejects.toBe(bug)
  })

  it('rethrows an object that only looks like an IamError', async () => {
    const lookalike = Object.assign(new Error('denied'), { code: 'AccessDenied' })
    await expect(
      readUnderGate(async () => {
        throw lookalike
      }),
    ).rejects.toBe(lookalike)
  })
})
