// A small account for the sign-in tests: alias `sandbox`, root, alice and bob with
// console passwords, and service-bot without one (a user that cannot sign in).
import { hashPassword } from '@/lib/auth/password-hash'
import type { Db } from '@/lib/db/client'
import { newAccountId, newUserId } from '@/lib/iam/ids'

export interface SignInFixture {
  accountId: string
  rootEmail: string
  rootPassword: string
  userPassword: string
  aliceArn: string
}

const ROOT_PASSWORD = 'Root-Pa55word!'
const USER_PASSWORD = 'User-Pa55word!'
// scrypt is deliberately slow: hash once per test file, not once per test.
let hashes: Promise<[string, string]> | undefined

export async function seedSignInFixture(db: Db): Promise<SignInFixture> {
  hashes ??= Promise.all([hashPassword(ROOT_PASSWORD), hashPassword(USER_PASSWORD)])
  const [rootHash, userHash] = await hashes
  const accountId = newAccountId()
  await db.account.create({ data: { id: accountId, alias: 'sandbox', rootEmail: 'root@sandbox.example', rootPasswordHash: rootHash } })
  const arnOf = (name: string) => `arn:aws:iam::${accountId}:user/${name}`
  for (const name of ['alice', 'bob', 'service-bot']) {
    await db.user.create({
      data: {
        id: newUserId(),
        accountId,
        name,
        nameKey: name.toLowerCase(),
        arn: arnOf(name),
        ...(name === 'service-bot' ? {} : { loginProfile: { create: { passwordHash: userHash } } }),
      },
    })
  }
  return { accountId, rootEmail: 'root@sandbox.example', rootPassword: ROOT_PASSWORD, userPassword: USER_PASSWORD, aliceArn: arnOf('alice') }
}
