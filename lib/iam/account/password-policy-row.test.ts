import { describe, expect, it } from 'vitest'
import type { PasswordPolicy } from '@/lib/credentials/password-policy'
import { passwordPolicyFromRow, passwordPolicyToRow, type PasswordPolicyRow } from './password-policy-row'

const flags = (on: boolean) => ({ RequireSymbols: on, RequireNumbers: on, RequireUppercaseCharacters: on, RequireLowercaseCharacters: on, AllowUsersToChangePassword: on })

describe('password policy rows', () => {
  const cases: { name: string; policy: PasswordPolicy; row: Partial<PasswordPolicyRow> }[] = [
    {
      name: 'a full policy round-trips through the database row',
      policy: { MinimumPasswordLength: 14, ...flags(true), ExpirePasswords: true, MaxPasswordAge: 90, PasswordReusePrevention: 3, HardExpiry: true },
      row: { minimumPasswordLength: 14, maxPasswordAge: 90, passwordReusePrevention: 3, hardExpiry: true },
    },
    {
      name: 'a policy without expiry or reuse prevention stores nulls and reads back without those members',
      policy: { MinimumPasswordLength: 6, ...flags(false), ExpirePasswords: false },
      row: { maxPasswordAge: null, passwordReusePrevention: null, hardExpiry: false },
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      expect(passwordPolicyToRow(c.policy)).toMatchObject(c.row)
      expect(passwordPolicyFromRow(passwordPolicyToRow(c.policy))).toEqual(c.policy)
    })
  }
  it('no row means the default policy (null)', () => {
    expect(passwordPolicyFromRow(null)).toBeNull()
  })
})
