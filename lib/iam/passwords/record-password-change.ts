// What follows a new console password, whoever set it: the old hash joins the
// history that PasswordReusePrevention reads, and the user's other console sessions
// end (a changed password locks out whoever else was signed in with the old one).
import type { DbTransaction } from '@/lib/db/client'
import { PASSWORD_REUSE_PREVENTION_LIMITS } from '@/lib/credentials/password-policy'
import { endConsoleSessions } from '../sessions/end-console-sessions'

export async function recordPasswordChange(
  tx: DbTransaction,
  user: { accountId: string; userId: string },
  previousHash: string,
  now: Date,
  keepSessionId?: string,
): Promise<void> {
  await tx.passwordHistory.create({ data: { userId: user.userId, passwordHash: previousHash, createdAt: now } })
  // The policy can look back at most 24 passwords; older hashes serve no rule.
  const stale = await tx.passwordHistory.findMany({
    where: { userId: user.userId },
    orderBy: { createdAt: 'desc' },
    skip: PASSWORD_REUSE_PREVENTION_LIMITS.max,
    select: { id: true },
  })
  if (stale.length) await tx.passwordHistory.deleteMany({ where: { id: { in: stale.map((s) => s.id) } } })
  await endConsoleSessions(tx, user, now, keepSessionId)
}
