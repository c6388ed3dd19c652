// Every console password that is set or changed (CreateLoginProfile, UpdateLoginProfile,
// ChangePassword) is checked here against the account's policy, or AWS's default policy
// when there is none, with PasswordPolicyViolation naming each unmet rule.
import { checkPassword, passwordPolicyViolationMessage } from '@/lib/auth/password-policy'
import type { DbTransaction } from '@/lib/db/client'
import { loadAccountPasswordPolicy } from '../account/account-password-policy'
import { IamError } from '../errors'

/** The user's current password hash first, then earlier ones, newest first. */
async function previousPasswordHashes(tx: DbTransaction, userId: string, limit: number): Promise<string[]> {
  const [profile, history] = await Promise.all([
    tx.loginProfile.findUnique({ where: { userId }, select: { passwordHash: true } }),
    tx.passwordHistory.findMany({ where: { userId }, orderBy: { createdAt: 'desc' }, take: limit, select: { passwordHash: true } }),
  ])
  return [...(profile ? [profile.passwordHash] : []), ...history.map((h) => h.passwordHash)].slice(0, limit)
}

export async function assertPasswordMeetsPolicy(
  tx: DbTransaction,
  target: { accountId: string; userId: string },
  password: string,
  field = 'Password',
): Promise<void> {
  const [policy, account] = await Promise.all([
    loadAccountPasswordPolicy(tx, target.accountId),
    tx.account.findUniqueOrThrow({ where: { id: target.accountId }, select: { alias: true, rootEmail: true } }),
  ])
  const reuse = policy?.PasswordReusePrevention
  const violations = await checkPassword(password, policy, {
    accountName: account.alias,
    rootEmail: account.rootEmail,
    ...(reuse ? { previousPasswordHashes: await previousPasswordHashes(tx, target.userId, reuse) } : {}),
  })
  if (violations.length > 0) throw new IamError('PasswordPolicyViolation', passwordPolicyViolationMessage(violations), { field })
}
