import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GENERATED_PASSWORD_LENGTH } from '@/lib/credentials/generate-password'
import { verifyPassword } from '@/lib/credentials/password-hash'
import { characterTypesIn, checkPasswordComposition } from '@/lib/credentials/password-policy'
import { AWS_MANAGED_POLICIES_FILE, loadAwsManagedPolicies, seedSandbox, type SeedResult } from '@/scripts/seed'
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '@/tests/support/test-database'

const ROOT_PASSWORD = 'Root-Password-1'
const USER_PASSWORD = 'User-Password-2'

async function snapshot(db: TestDatabase) {
  const p = db.prisma
  return {
    accounts: await p.account.findMany({ orderBy: { id: 'asc' } }),
    users: await p.user.findMany({ orderBy: { id: 'asc' }, include: { loginProfile: true, groups: true } }),
    groups: await p.group.findMany({ orderBy: { id: 'asc' }, include: { attachedPolicies: true } }),
    policies: await p.managedPolicy.count(),
    versions: await p.policyVersion.count(),
  }
}

describe(`seedSandbox (${testDatabaseKind()})`, () => {
  let db: TestDatabase
  let first: SeedResult
  beforeAll(async () => {
    db = await createTestDatabase()
    first = await seedSandbox(db.prisma, { rootPassword: ROOT_PASSWORD, userPassword: USER_PASSWORD })
  })
  afterAll(async () => {
    await db?.cleanup()
  })

  it('creates the sandbox account and its root user', async () => {
    expect(first.createdAccount).toBe(true)
    expect(first.accountId).toMatch(/^[1-9]\d{11}$/)
    const account = await db.prisma.account.findUniqueOrThrow({ where: { id: first.accountId } })
    expect(account).toMatchObject({ alias: 'sandbox', rootEmail: 'root@sandbox.example' })
    expect(await verifyPassword(ROOT_PASSWORD, account.rootPasswordHash)).toBe(true)
    // Passwords chosen through SEED_* are not repeated in the report.
    expect(first.credentials).toMatchObject({ rootEmail: 'root@sandbox.example', rootPassword: null })
  })

  it('loads every AWS managed policy with its real fields and default version document', async () => {
    const expected = await loadAwsManagedPolicies()
    expect(expected).toHaveLength(1452)
    expect(first.awsManagedPolicies).toEqual({ added: 1452, updated: 0, total: 1452 })
    const rows = await db.prisma.managedPolicy.findMany({ where: { accountId: null }, include: { versions: true } })
    expect(rows).toHaveLength(1452)
    const byArn = new Map(rows.map((r) => [r.arn, r]))
    for (const p of expected) {
      const row = byArn.get(p.Arn)!
      expect({ id: row.id, name: row.name, path: row.path, defaultVersionId: row.defaultVersionId }).toEqual({
        id: p.PolicyId, name: p.PolicyName, path: p.Path, defaultVersionId: p.DefaultVersionId,
      })
      expect(row.createdAt.toISOString()).toBe(new Date(p.CreateDate).toISOString())
      expect(row.updatedAt.toISOString()).toBe(new Date(p.UpdateDate).toISOString())
      expect(row.versions).toHaveLength(1)
      expect(row.versions[0]).toMatchObject({ versionId: p.DefaultVersionId, isDefault: true })
      expect(JSON.parse(row.versions[0]!.document)).toEqual(p.Document)
    }
  })

  it('creates the example groups with their policies, and users alice, bob and carol with console passwords', async () => {
    const groups = await db.prisma.group.findMany({
      where: { accountId: first.accountId },
      include: { attachedPolicies: { include: { policy: true } }, members: { include: { user: true } } },
      orderBy: { name: 'asc' },
    })
    expect(groups.map((g) => ({ name: g.name, arn: g.arn, policies: g.attachedPolicies.map((a) => a.policy.name).sort(), members: g.members.map((m) => m.user.name) }))).toEqual([
      { name: 'Admins', arn: `arn:aws:iam::${first.accountId}:group/Admins`, policies: ['AdministratorAccess'], members: ['alice'] },
      { name: 'Auditors', arn: `arn:aws:iam::${first.accountId}:group/Auditors`, policies: ['IAMReadOnlyAccess', 'SecurityAudit'], members: ['carol'] },
      { name: 'Developers', arn: `arn:aws:iam::${first.accountId}:group/Developers`, policies: ['PowerUserAccess'], members: ['bob'] },
    ])
    for (const g of groups) expect(g.id).toMatch(/^AGPA[A-Z2-7]{17}$/)
    const users = await db.prisma.user.findMany({ where: { accountId: first.accountId }, include: { loginProfile: true }, orderBy: { name: 'asc' } })
    expect(users.map((u) => u.arn)).toEqual(['alice', 'bob', 'carol'].map((n) => `arn:aws:iam::${first.accountId}:user/${n}`))
    for (const u of users) {
      expect(u.id).toMatch(/^AIDA[A-Z2-7]{17}$/)
      expect(u.loginProfile).not.toBeNull()
      expect(await verifyPassword(USER_PASSWORD, u.loginProfile!.passwordHash)).toBe(true)
    }
  })

  it('a second run adds nothing and keeps what users changed', async () => {
    await db.prisma.user.delete({ where: { accountId_nameKey: { accountId: first.accountId, nameKey: 'bob' } } })
    const before = await snapshot(db)
    const again = await seedSandbox(db.prisma, { rootPassword: 'Another-Password-3', userPassword: 'Another-Password-4' })
    expect(again).toEqual({ createdAccount: false, accountId: first.accountId, alias: 'sandbox', awsManagedPolicies: { added: 0, updated: 0, total: 1452 } })
    expect(await snapshot(db)).toEqual(before)
  })

  it('refreshes AWS managed policies from a newer file: new ones appear, changed defaults move, nothing else changes', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'seed-refresh-'))
    try {
      const data = JSON.parse(await readFile(AWS_MANAGED_POLICIES_FILE, 'utf8'))
      const changed = data.policies.find((p: { PolicyName: string }) => p.PolicyName === 'ReadOnlyAccess')
      changed.DefaultVersionId = 'v999'
      changed.UpdateDate = '2026-11-30T12:00:00+00:00'
      changed.Document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:Get*', Resource: '*' }] }
      data.policies.push({
        PolicyName: 'SandboxNewManagedPolicy', PolicyId: 'ANPAZZZZZZZZZZZZZZZZZ', Arn: 'arn:aws:iam::aws:policy/job-function/SandboxNewManagedPolicy',
        Path: '/job-function/', DefaultVersionId: 'v1', CreateDate: '2026-11-30T12:00:00+00:00', UpdateDate: '2026-11-30T12:00:00+00:00',
        Document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }] },
      })
      const file = path.join(dir, 'policies.json')
      await writeFile(file, JSON.stringify(data))
      const usersBefore = await db.prisma.user.findMany({ orderBy: { id: 'asc' } })

      const result = await seedSandbox(db.prisma, { managedPoliciesFile: file })
      expect(result.awsManagedPolicies).toEqual({ added: 1, updated: 1, total: 1453 })
      const added = await db.prisma.managedPolicy.findUniqueOrThrow({ where: { arn: 'arn:aws:iam::aws:policy/job-function/SandboxNewManagedPolicy' }, include: { versions: true } })
      expect(added).toMatchObject({ accountId: null, id: 'ANPAZZZZZZZZZZZZZZZZZ', defaultVersionId: 'v1' })
      const readOnly = await db.prisma.managedPolicy.findUniqueOrThrow({ where: { arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, include: { versions: { orderBy: { versionId: 'asc' } } } })
      expect(readOnly.defaultVersionId).toBe('v999')
      expect(readOnly.versions.filter((v) => v.isDefault).map((v) => v.versionId)).toEqual(['v999'])
      expect(await db.prisma.user.findMany({ orderBy: { id: 'asc' } })).toEqual(usersBefore)

      // The same file again: nothing to do.
      expect((await seedSandbox(db.prisma, { managedPoliciesFile: file })).awsManagedPolicies).toEqual({ added: 0, updated: 0, total: 1453 })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('generates random passwords that meet AWS default password policy when none are given', async () => {
    const fresh = await createTestDatabase()
    try {
      const result = await seedSandbox(fresh.prisma)
      const passwords = [result.credentials!.rootPassword, ...result.credentials!.users.map((u) => u.password)]
      expect(passwords).toHaveLength(4)
      expect(new Set(passwords).size).toBe(4)
      for (const pw of passwords) {
        expect(pw).toHaveLength(GENERATED_PASSWORD_LENGTH)
        expect(characterTypesIn(pw!)).toEqual({ uppercase: true, lowercase: true, number: true, symbol: true })
        expect(checkPasswordComposition(pw!, null, { accountName: 'sandbox', rootEmail: 'root@sandbox.example' })).toEqual([])
      }
      const alice = await fresh.prisma.user.findFirstOrThrow({ where: { name: 'alice' }, include: { loginProfile: true } })
      expect(await verifyPassword(result.credentials!.users.find((u) => u.userName === 'alice')!.password!, alice.loginProfile!.passwordHash)).toBe(true)
    } finally {
      await fresh.cleanup()
    }
  })

  it.each([
    { name: 'too short', options: { rootPassword: 'Ab1!' }, message: /SEED_ROOT_PASSWORD .*Minimum password length is 8/ },
    { name: 'one character type', options: { userPassword: 'alllowercase' }, message: /SEED_USER_PASSWORD .*three of the following/ },
  ])('rejects a chosen password that is $name', async ({ options, message }) => {
    await expect(seedSandbox(db.prisma, options)).rejects.toThrow(message)
  })
})
