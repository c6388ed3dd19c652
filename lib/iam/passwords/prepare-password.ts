// Every console password that is set or changed (CreateLoginProfile, UpdateLoginProfile,
// ChangePassword) is checked here against the account's policy, or AWS's default policy
// when there is none, with PasswordPolicyViolation naming each unmet rule.
//
// The slow part (comparing with up to 24 earlier hashes for PasswordReusePrevention,
// then hashing the new password: scrypt at OWASP's cost, ~0.4 s each) runs before the
// operation's transaction, never inside it: SQLite holds its write lock for a whole
// transaction, and 26 hashes would hold it for ten seconds. The transaction then reads
// the same facts again and refuses with ConcurrentModification if the password or the
// history changed in between, so what was checked is what gets stored against.
import { checkPassword, checkPasswordComposition, passwordPolicyViolationMessage, type PasswordPolicy } from '@/lib/credentials/password-policy'
import { hashPassword } from '@/lib/credentials/password-hash'
import type { Db, DbTransaction } from '@/lib/db/client'
import { loadAccountPasswordPolicy } from '../account/account-password-policy'
import { IamError, concurrentModification } from '../errors'

interface PasswordTarget {
  accountId: string
  userId: string
}

/** What the policy check read; the transaction must find the same. */
interface PasswordBasis {
  policy: PasswordPolicy | null
  account: { alias: string | null; rootEmail: string }
  /** The user's current password hash, null when there is no login profile. */
  currentHash: string | null
  /** The current hash first, then earlier ones, newest first, as many as reuse prevention looks at. */
  previousHashes: string[]
}

export interface PreparedPassword {
  passwordHash: string
  basis: PasswordBasis
}

async function readPasswordBasis(db: Db | DbTransaction, target: PasswordTarget): Promise<PasswordBasis> {
  const [policy, account, profile] = await Promise.all([
    loadAccountPasswordPolicy(db, target.accountId),
    db.account.findUniqueOrThrow({ where: { id: target.accountId }, select: { alias: true, rootEmail: true } }),
    db.loginProfile.findUnique({ where: { userId: target.userId }, select: { passwordHash: true } }),
  ])
  const reuse = policy?.PasswordReusePrevention ?? 0
  const history = reuse
    ? await db.passwordHistory.findMany({ where: { userId: target.userId }, orderBy: { createdAt: 'desc' }, take: reuse, select: { passwordHash: true } })
    : []
  const currentHash = profile?.passwordHash ?? null
  const previousHashes = [...(currentHash ? [currentHash] : []), ...history.map((h) => h.passwordHash)].slice(0, reuse)
  return { policy, account, currentHash, previousHashes }
}

function violationError(violations: Awaited<ReturnType<typeof checkPassword>>, field: string): IamError {
  return new IamError('PasswordPolicyViolation', passwordPolicyViolationMessage(violations), { field })
}

/** Checks `password` against the policy (reuse included) and hashes it; outside any transaction. */
export async function preparePassword(db: Db, target: PasswordTarget, password: string, field = 'Password'): Promise<PreparedPassword> {
  const basis = await readPasswordBasis(db, target)
  const violations = await checkPassword(password, basis.policy, {
    accountName: basis.account.alias,
    rootEmail: basis.account.rootEmail,
    previousPasswordHashes: basis.previousHashes,
  })
  if (violations.length > 0) throw violationError(violations, field)
  return { passwordHash: await hashPassword(password), basis }
}

/**
 * Inside the transaction that stores the prepared hash: the policy's other rules are
 * checked again (cheap), and anything the reuse check depended on must be unchanged.
 */
export async function assertPreparedPasswordHolds(tx: DbTransaction, target: PasswordTarget, password: string, prepared: PreparedPassword, field = 'Password'): Promise<void> {
  const now = await readPasswordBasis(tx, target)
  const violations = checkPasswordComposition(password, now.policy, { accountName: now.account.alias, rootEmail: now.account.rootEmail })
  if (violations.length > 0) throw violationError(violations, field)
  const before = prepared.basis
  const sameHistory =
    now.currentHash === before.currentHash &&
    now.previousHashes.length === before.previousHashes.length &&
    now.previousHashes.every((hash, i) => hash === before.previousHashes[i])
  if (!sameHistory) throw concurrentModification()
}
