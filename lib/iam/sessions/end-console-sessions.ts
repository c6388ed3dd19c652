// Ending console sessions: the row is marked revoked, and findActiveConsoleSession
// refuses it on the very next request (lib/auth/console-session.ts).
import type { Db, DbTransaction } from '@/lib/db/client'
import type { Caller } from '@/lib/iam/caller'

/**
 * Revokes every live console session of a principal (userId null = the account's root
 * user), except `keepSessionId`: the session that made the change, so a user who
 * changes their own password or removes their own MFA device stays signed in.
 */
export async function endConsoleSessions(
  db: Db | DbTransaction,
  principal: { accountId: string; userId: string | null },
  now: Date,
  keepSessionId?: string,
): Promise<number> {
  const { count } = await db.consoleSession.updateMany({
    where: {
      accountId: principal.accountId,
      userId: principal.userId,
      revokedAt: null,
      expiresAt: { gt: now },
      ...(keepSessionId ? { id: { not: keepSessionId } } : {}),
    },
    data: { revokedAt: now },
  })
  return count
}

/** The caller's own console session when the caller is that user: the one a change made by the user keeps. */
export function ownSessionOf(caller: Caller, userId: string): string | undefined {
  return caller.kind === 'user' && caller.userId === userId ? caller.sessionId : undefined
}
