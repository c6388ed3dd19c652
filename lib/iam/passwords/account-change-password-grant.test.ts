// The account-level grant behind AllowUsersToChangePassword, as data: it must be a valid
// identity policy and allow exactly what AWS says the flag allows.
import { describe, expect, test } from 'vitest'
import { evaluate, parsePolicy } from '@/lib/policy'
import { validatePolicy } from '@/lib/policy/validate'
import { ACCOUNT_CHANGE_PASSWORD_GRANT, ACCOUNT_CHANGE_PASSWORD_GRANT_NAME } from './account-change-password-grant'

const ACCOUNT = '111122223333'
const policy = parsePolicy(ACCOUNT_CHANGE_PASSWORD_GRANT).policy!
const decide = (action: string, resource: string, userName = 'carol') =>
  evaluate(
    {
      principal: { arn: `arn:aws:iam::${ACCOUNT}:user/${userName}`, accountId: ACCOUNT },
      action,
      resource,
      resourceAccountId: ACCOUNT,
      context: { 'aws:username': { type: 'string', values: [userName] } },
    },
    { identity: [{ name: ACCOUNT_CHANGE_PASSWORD_GRANT_NAME, policy }] },
  ).decision

describe('ACCOUNT_CHANGE_PASSWORD_GRANT', () => {
  test('is a valid identity-based policy', () => {
    expect(validatePolicy(ACCOUNT_CHANGE_PASSWORD_GRANT, 'identity').filter((f) => f.findingType === 'ERROR')).toEqual([])
  })
  const cases = [
    { name: 'ChangePassword on her own user', action: 'iam:ChangePassword', resource: `arn:aws:iam::${ACCOUNT}:user/carol`, expected: 'allowed' },
    { name: 'ChangePassword on her own user under a path', action: 'iam:ChangePassword', resource: `arn:aws:iam::${ACCOUNT}:user/staff/carol`, expected: 'allowed' },
    { name: 'ChangePassword on another user', action: 'iam:ChangePassword', resource: `arn:aws:iam::${ACCOUNT}:user/dave`, expected: 'implicitDeny' },
    { name: 'GetAccountPasswordPolicy', action: 'iam:GetAccountPasswordPolicy', resource: '*', expected: 'allowed' },
    { name: 'nothing else (UpdateLoginProfile on herself)', action: 'iam:UpdateLoginProfile', resource: `arn:aws:iam::${ACCOUNT}:user/carol`, expected: 'implicitDeny' },
  ] as const
  for (const c of cases) test(c.name, () => expect(decide(c.action, c.resource)).toBe(c.expected))
})
