// One seeded sandbox account per test file (createTestDatabase + seedSandbox: SQLite, or
// PostgreSQL when TEST_DATABASE_URL is set), with lib/iam pointed at it.
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'
import { seedSandbox } from '@/scripts/seed'
import type { Caller, UserCaller } from '@/lib/iam/caller'
import { useIamDatabase } from '@/lib/iam/database'
import { IamError } from '@/lib/iam/errors'
import { createAccount, rootCaller } from '@/tests/support/fixtures'

export interface IamTestContext {
  db: TestDatabase
  accountId: string
  root: Caller
  /** A caller for an existing IAM user of the account. */
  asUser(name: string, extra?: Partial<UserCaller>): Promise<UserCaller>
  cleanup(): Promise<void>
}

export async function setUpIamTest(): Promise<IamTestContext> {
  const db = await createTestDatabase()
  const { accountId } = await seedSandbox(db.prisma, { rootPassword: 'Root-password-1!', userPassword: 'User-password-1!' })
  useIamDatabase(db.prisma)
  return {
    db,
    accountId,
    root: { kind: 'root', accountId, arn: `arn:aws:iam::${accountId}:root` },
    async asUser(name, extra = {}) {
      const user = await db.prisma.user.findUniqueOrThrow({ where: { accountId_nameKey: { accountId, nameKey: name.toLowerCase() } } })
      return { kind: 'user', accountId, arn: user.arn, userId: user.id, userName: user.name, ...extra }
    },
    async cleanup() {
      useIamDatabase(null)
      await db.cleanup()
    },
  }
}

/** The IamError a call rejects with (fails the test when it resolves). */
export async function iamErrorOf(promise: Promise<unknown>): Promise<IamError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof IamError) return error
    throw error
  }
  throw new Error('expected an IamError, but the call succeeded')
}

export const doc = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements })

export interface EmptyAccountContext {
  db: TestDatabase
  accountId: string
  root: Caller
  /** A caller for a user row of this account (made with tests/support/fixtures.ts). */
  callerOf(user: { id: string; arn: string; name: string }): UserCaller
  cleanup(): Promise<void>
}

/** One account with nothing in it (no seed), for tests that must know every row a read sees. */
export async function setUpEmptyAccount(): Promise<EmptyAccountContext> {
  const db = await createTestDatabase()
  useIamDatabase(db.prisma)
  const accountId = (await createAccount(db.prisma)).id
  return {
    db,
    accountId,
    root: rootCaller(accountId),
    callerOf: (user) => ({ kind: 'user', accountId, arn: user.arn, userId: user.id, userName: user.name }),
    async cleanup() {
      useIamDatabase(null)
      await db.cleanup()
    },
  }
}
