// The load bench's database, fresh each run: the migrations, the sandbox seed (AWS
// managed policies; groups Admins with AdministratorAccess and Auditors with
// SecurityAudit + IAMReadOnlyAccess), then `count` IAM users made by the sandbox's root
// through lib/iam, as an administrator would: CreateUser, CreateLoginProfile,
// AddUserToGroup. Every READER_EVERY-th user is an Auditor, whose writes the gate
// refuses: the bench's expected AccessDenied.
import { createPrismaClient } from '@/lib/db/create-prisma-client'
import * as iam from '@/lib/iam'
import type { Caller } from '@/lib/iam/caller'
import { useIamDatabase } from '@/lib/iam/database'
import { seedSandbox, SANDBOX_ALIAS } from '@/scripts/seed'
import { bin, run } from '../support/next-server'

export const READER_EVERY = 8
export const USER_PASSWORD = 'Bench-Load-Passw0rd!'
const ROOT_PASSWORD = 'Bench-Load-Root-Passw0rd!'

export interface LoadUser {
  userName: string
  /** In Auditors (read-only): its writes are denied. */
  readOnly: boolean
}

export const loadUserName = (n: number) => `bench-user-${String(n).padStart(3, '0')}`

export async function seedLoadAccount(databaseUrl: string, count: number): Promise<{ account: string; users: LoadUser[] }> {
  // scripts/db.ts reset: a SQLite file is deleted, PostgreSQL's tables dropped; then the migrations.
  run(bin('tsx'), ['scripts/db.ts', 'reset'], { DATABASE_URL: databaseUrl })
  const db = createPrismaClient(databaseUrl)
  try {
    const { accountId } = await seedSandbox(db, { rootPassword: ROOT_PASSWORD, userPassword: USER_PASSWORD })
    useIamDatabase(db)
    const root: Caller = { kind: 'root', accountId, arn: `arn:aws:iam::${accountId}:root` }
    const users = Array.from({ length: count }, (_, n): LoadUser => ({ userName: loadUserName(n), readOnly: n % READER_EVERY === READER_EVERY - 1 }))
    for (const { userName, readOnly } of users) {
      await iam.createUser(root, { UserName: userName })
      await iam.createLoginProfile(root, { UserName: userName, Password: USER_PASSWORD, PasswordResetRequired: false })
      await iam.addUserToGroup(root, { UserName: userName, GroupName: readOnly ? 'Auditors' : 'Admins' })
    }
    return { account: SANDBOX_ALIAS, users }
  } finally {
    useIamDatabase(null)
    await db.$disconnect()
  }
}
