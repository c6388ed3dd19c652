// The account's password policy as lib/iam reads it: the custom policy (a PasswordPolicy
// row), or null when none is set and AWS's default policy applies.
import type { PasswordPolicy } from '@/lib/credentials/password-policy'
import { passwordPolicyFromRow } from './password-policy-row'
import type { Db, DbTransaction } from '@/lib/db/client'

export async function loadAccountPasswordPolicy(db: Db | DbTransaction, accountId: string): Promise<PasswordPolicy | null> {
  return passwordPolicyFromRow(await db.passwordPolicy.findUnique({ where: { accountId } }))
}
