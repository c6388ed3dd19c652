// Rows for integration tests, written straight to the database (below lib/iam), so a
// test of one operation does not depend on the others working.
import type { Db } from '@/lib/db/create-prisma-client'
import type { Caller } from '@/lib/iam/caller'
import { groupArn, rootArn, userArn } from '@/lib/iam/arn'
import { newAccessKeyId, newAccountId, newGroupId, newUserId } from '@/lib/credentials/ids'

export async function createAccount(prisma: Db, options: { id?: string; alias?: string | null } = {}) {
  const id = options.id ?? newAccountId()
  return prisma.account.create({
    data: { id, alias: options.alias ?? null, rootEmail: `root-${id}@example.com`, rootPasswordHash: 'not-a-real-hash' },
  })
}

export function rootCaller(accountId: string): Caller {
  return { kind: 'root', accountId, arn: rootArn(accountId) }
}

export async function createGroup(prisma: Db, accountId: string, name: string, path = '/') {
  return prisma.group.create({
    data: { id: newGroupId(), accountId, name, nameKey: name.toLowerCase(), path, arn: groupArn(accountId, path, name) },
  })
}

export interface UserFixture {
  name: string
  path?: string
  createdAt?: Date
  lastActivityAt?: Date | null
  passwordLastUsedAt?: Date | null
  /** When the console password was last set; absent = no console password. */
  passwordLastChangedAt?: Date
  groupIds?: string[]
  mfa?: ('virtual' | 'webauthn')[]
  /** Access keys in creation order. */
  accessKeys?: { status: 'Active' | 'Inactive'; createdAt: Date }[]
}

export async function createUser(prisma: Db, accountId: string, user: UserFixture) {
  const path = user.path ?? '/'
  const id = newUserId()
  return prisma.user.create({
    data: {
      id,
      accountId,
      name: user.name,
      nameKey: user.name.toLowerCase(),
      path,
      arn: userArn(accountId, path, user.name),
      ...(user.createdAt ? { createdAt: user.createdAt } : {}),
      lastActivityAt: user.lastActivityAt ?? null,
      passwordLastUsedAt: user.passwordLastUsedAt ?? null,
      ...(user.passwordLastChangedAt
        ? { loginProfile: { create: { passwordHash: 'not-a-real-hash', passwordLastChangedAt: user.passwordLastChangedAt } } }
        : {}),
      groups: { create: (user.groupIds ?? []).map((groupId) => ({ groupId })) },
      mfaDevices: {
        create: (user.mfa ?? []).map((type, i) => ({
          accountId,
          type,
          name: `${user.name}-${type}-${i}`,
          serialNumber: type === 'virtual' ? `arn:aws:iam::${accountId}:mfa/${user.name}-${i}` : `credential-${id}-${i}`,
          enabled: true,
          enabledAt: new Date(),
        })),
      },
      accessKeys: {
        create: (user.accessKeys ?? []).map((k) => ({
          id: newAccessKeyId(accountId),
          secretEncrypted: 'not-a-real-secret',
          status: k.status,
          createdAt: k.createdAt,
        })),
      },
    },
  })
}
