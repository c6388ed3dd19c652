// A hash made at an older cost is replaced once its password has been typed right: the
// only moment the password is at hand. The update is conditional on the old hash, so a
// password changed meanwhile is never overwritten with the one just verified. A full
// hashing queue skips the upgrade (the sign-in itself must not fail for it); the next
// sign-in tries again.
import type { Db } from '@/lib/db/client'
import { QueueFullError } from '@/lib/credentials/bounded-queue'
import { hashPassword, needsRehash } from '@/lib/credentials/password-hash'

export type PasswordOwner = { kind: 'root'; accountId: string } | { kind: 'user'; userId: string }

export async function upgradePasswordHash(db: Db, owner: PasswordOwner, password: string, storedHash: string): Promise<void> {
  if (!needsRehash(storedHash)) return
  let passwordHash: string
  try {
    passwordHash = await hashPassword(password)
  } catch (error) {
    if (error instanceof QueueFullError) return
    throw error
  }
  if (owner.kind === 'root') {
    await db.account.updateMany({ where: { id: owner.accountId, rootPasswordHash: storedHash }, data: { rootPasswordHash: passwordHash } })
  } else {
    await db.loginProfile.updateMany({ where: { userId: owner.userId, passwordHash: storedHash }, data: { passwordHash } })
  }
}
