// Seeds the sandbox, idempotently:
// - always: the AWS managed policies of prisma/seed-data/aws-managed-policies.json (a
//   policy new in the file is added; one whose default version changed gets that
//   version as its new default; the rest is left alone);
// - only on a database without any account: the sandbox account (random 12-digit id,
//   alias "sandbox"), its root user, and an example organisation: groups Admins
//   (AdministratorAccess), Developers (PowerUserAccess) and Auditors (SecurityAudit,
//   IAMReadOnlyAccess) with users alice, bob and carol, each with a console password.
// Once an account exists nothing but the AWS managed policies is touched, so users
// may delete or change the example organisation and a restart keeps their changes.
//
//   tsx scripts/seed.ts      (DATABASE_URL, SEED_ROOT_EMAIL, SEED_ROOT_PASSWORD, SEED_USER_PASSWORD)
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Db, DbTransaction } from '@/lib/db/create-prisma-client'
import { generatePassword } from '@/lib/credentials/generate-password'
import { hashPassword } from '@/lib/credentials/password-hash'
import { checkPasswordComposition } from '@/lib/credentials/password-policy'
import { awsManagedPolicyArn, groupArn, userArn } from '@/lib/iam/arn'
import { newAccountId, newGroupId, newUserId } from '@/lib/credentials/ids'
import { versionNumberOf } from '@/lib/iam/policies/policy-version-id'

export const AWS_MANAGED_POLICIES_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../prisma/seed-data/aws-managed-policies.json',
)

export const SANDBOX_ALIAS = 'sandbox'
export const DEFAULT_ROOT_EMAIL = 'root@sandbox.example'

const EXAMPLE_GROUPS = [
  { name: 'Admins', policies: ['AdministratorAccess'] },
  { name: 'Developers', policies: ['PowerUserAccess'] },
  { name: 'Auditors', policies: ['SecurityAudit', 'IAMReadOnlyAccess'] },
] as const

const EXAMPLE_USERS = [
  { name: 'alice', group: 'Admins' },
  { name: 'bob', group: 'Developers' },
  { name: 'carol', group: 'Auditors' },
] as const

export interface SeedOptions {
  rootEmail?: string
  /** Root's console password; random when not given. */
  rootPassword?: string
  /** The console password of alice, bob and carol; a random one each when not given. */
  userPassword?: string
  managedPoliciesFile?: string
}

export interface SeedResult {
  /** True when this run created the account (first start). */
  createdAccount: boolean
  accountId: string
  alias: string | null
  awsManagedPolicies: { added: number; updated: number; total: number }
  /** Only when the account was created now: who can sign in, with the generated passwords. */
  credentials?: {
    rootEmail: string
    rootPassword: string | null // null = from SEED_ROOT_PASSWORD, not repeated
    users: { userName: string; groupName: string; password: string | null }[] // null = from SEED_USER_PASSWORD
  }
}

interface AwsManagedPolicyRecord {
  PolicyName: string
  PolicyId: string
  Arn: string
  Path: string
  DefaultVersionId: string
  CreateDate: string
  UpdateDate: string
  Description?: string
  IsAttachable?: boolean
  Document: unknown
}

export async function loadAwsManagedPolicies(file = AWS_MANAGED_POLICIES_FILE): Promise<AwsManagedPolicyRecord[]> {
  const parsed = JSON.parse(await readFile(file, 'utf8')) as { policies?: AwsManagedPolicyRecord[] }
  if (!Array.isArray(parsed.policies) || parsed.policies.length === 0) throw new Error(`${file}: no "policies" array`)
  for (const p of parsed.policies) {
    if (awsManagedPolicyArn(p.Path, p.PolicyName) !== p.Arn) throw new Error(`${file}: ${p.PolicyName} has ARN ${p.Arn}, expected ${awsManagedPolicyArn(p.Path, p.PolicyName)}`)
  }
  return parsed.policies
}

// Rows are inserted in chunks: one createMany of 1,452 policy documents (3 MB) is a
// single huge statement on PostgreSQL; a few hundred per statement keeps each small.
const CHUNK = 250

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK))
  return out
}

async function refreshAwsManagedPolicies(tx: DbTransaction, policies: AwsManagedPolicyRecord[]) {
  const existing = await tx.managedPolicy.findMany({ where: { accountId: null }, select: { id: true, arn: true, defaultVersionId: true } })
  const byArn = new Map(existing.map((p) => [p.arn, p]))
  const added = policies.filter((p) => !byArn.has(p.Arn))
  const changed = policies.filter((p) => {
    const row = byArn.get(p.Arn)
    return row !== undefined && row.defaultVersionId !== p.DefaultVersionId
  })

  for (const part of chunks(added)) {
    await tx.managedPolicy.createMany({
      data: part.map((p) => ({
        id: p.PolicyId,
        accountId: null,
        name: p.PolicyName,
        nameKey: p.PolicyName.toLowerCase(),
        path: p.Path,
        arn: p.Arn,
        description: p.Description ?? null,
        defaultVersionId: p.DefaultVersionId,
        // AWS's default version of its own policies is its newest.
        lastVersionNumber: versionNumberOf(p.DefaultVersionId),
        isAttachable: p.IsAttachable ?? true,
        createdAt: new Date(p.CreateDate),
        updatedAt: new Date(p.UpdateDate),
      })),
    })
    await tx.policyVersion.createMany({
      data: part.map((p) => ({
        policyId: p.PolicyId,
        versionId: p.DefaultVersionId,
        document: JSON.stringify(p.Document),
        isDefault: true,
        // The default version is the one AWS last set, at the policy's UpdateDate.
        createdAt: new Date(p.UpdateDate),
      })),
    })
  }

  for (const p of changed) {
    const row = byArn.get(p.Arn)!
    await tx.policyVersion.updateMany({ where: { policyId: row.id, isDefault: true }, data: { isDefault: false } })
    await tx.policyVersion.upsert({
      where: { policyId_versionId: { policyId: row.id, versionId: p.DefaultVersionId } },
      create: { policyId: row.id, versionId: p.DefaultVersionId, document: JSON.stringify(p.Document), isDefault: true, createdAt: new Date(p.UpdateDate) },
      update: { document: JSON.stringify(p.Document), isDefault: true },
    })
    await tx.managedPolicy.update({
      where: { id: row.id },
      data: { defaultVersionId: p.DefaultVersionId, lastVersionNumber: versionNumberOf(p.DefaultVersionId), updatedAt: new Date(p.UpdateDate), description: p.Description ?? null },
    })
  }
  return { added: added.length, updated: changed.length, total: existing.length + added.length }
}

// A password chosen through SEED_* must pass AWS's default password policy (the new
// account has no custom one), or users could not even change it to itself.
function assertAcceptablePassword(password: string, variable: string, rootEmail: string) {
  const violations = checkPasswordComposition(password, null, { accountName: SANDBOX_ALIAS, rootEmail })
  if (violations.length) {
    throw new Error(`${variable} does not meet AWS's default password policy: ${violations.map((v) => v.message).join('; ')}`)
  }
}

export async function seedSandbox(prisma: Db, options: SeedOptions = {}): Promise<SeedResult> {
  const policies = await loadAwsManagedPolicies(options.managedPoliciesFile)
  const rootEmail = options.rootEmail || DEFAULT_ROOT_EMAIL
  if (options.rootPassword) assertAcceptablePassword(options.rootPassword, 'SEED_ROOT_PASSWORD', rootEmail)
  if (options.userPassword) assertAcceptablePassword(options.userPassword, 'SEED_USER_PASSWORD', rootEmail)

  const existingAccount = await prisma.account.findFirst({ orderBy: { createdAt: 'asc' }, select: { id: true, alias: true } })
  if (existingAccount) {
    const awsManagedPolicies = await prisma.$transaction((tx) => refreshAwsManagedPolicies(tx, policies), { timeout: 120_000, maxWait: 30_000 })
    return { createdAccount: false, accountId: existingAccount.id, alias: existingAccount.alias, awsManagedPolicies }
  }

  // Hash before the transaction: scrypt takes ~100 ms a password and SQLite holds its
  // write lock for the whole transaction.
  // Generated as the console generates them: acceptable under AWS's default policy.
  const generated = () => generatePassword(null, { accountName: SANDBOX_ALIAS, rootEmail })
  const rootPassword = options.rootPassword || generated()
  const users = await Promise.all(
    EXAMPLE_USERS.map(async (u) => {
      const password = options.userPassword || generated()
      return { ...u, id: newUserId(), password, passwordHash: await hashPassword(password) }
    }),
  )
  const rootPasswordHash = await hashPassword(rootPassword)
  const accountId = newAccountId()

  const outcome = await prisma.$transaction(
    async (tx) => {
      // Checked again inside the transaction: another process may have seeded meanwhile.
      if ((await tx.account.count()) > 0) return null
      const awsManagedPolicies = await refreshAwsManagedPolicies(tx, policies)
      await tx.account.create({ data: { id: accountId, alias: SANDBOX_ALIAS, rootEmail, rootPasswordHash } })
      const policyIds = new Map(
        (await tx.managedPolicy.findMany({
          where: { accountId: null, name: { in: EXAMPLE_GROUPS.flatMap((g) => [...g.policies]) } },
          select: { id: true, name: true },
        })).map((p) => [p.name, p.id]),
      )
      const groupIds = new Map<string, string>()
      for (const group of EXAMPLE_GROUPS) {
        const id = newGroupId()
        groupIds.set(group.name, id)
        await tx.group.create({
          data: {
            id,
            accountId,
            name: group.name,
            nameKey: group.name.toLowerCase(),
            path: '/',
            arn: groupArn(accountId, '/', group.name),
            attachedPolicies: {
              create: group.policies.map((name) => {
                const policyId = policyIds.get(name)
                if (!policyId) throw new Error(`AWS managed policy ${name} is missing from the seed data`)
                return { policyId }
              }),
            },
          },
        })
      }
      for (const user of users) {
        await tx.user.create({
          data: {
            id: user.id,
            accountId,
            name: user.name,
            nameKey: user.name.toLowerCase(),
            path: '/',
            arn: userArn(accountId, '/', user.name),
            loginProfile: { create: { passwordHash: user.passwordHash } },
            groups: { create: { groupId: groupIds.get(user.group)! } },
          },
        })
      }
      return awsManagedPolicies
    },
    { timeout: 120_000, maxWait: 30_000 },
  )

  if (!outcome) return seedSandbox(prisma, options) // lost the race: refresh only
  return {
    createdAccount: true,
    accountId,
    alias: SANDBOX_ALIAS,
    awsManagedPolicies: outcome,
    credentials: {
      rootEmail,
      rootPassword: options.rootPassword ? null : rootPassword,
      users: users.map((u) => ({ userName: u.name, groupName: u.group, password: options.userPassword ? null : u.password })),
    },
  }
}

export function seedOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SeedOptions {
  return { rootEmail: env.SEED_ROOT_EMAIL, rootPassword: env.SEED_ROOT_PASSWORD, userPassword: env.SEED_USER_PASSWORD }
}

/** What to print after a seed: the sign-in details once, when the account was just created. */
export function formatSeedReport(result: SeedResult, baseUrl: string): string {
  const policies = result.awsManagedPolicies
  const policyLine =
    policies.added || policies.updated
      ? `AWS managed policies: ${policies.added} added, ${policies.updated} updated (${policies.total} in all).`
      : `AWS managed policies: ${policies.total}, up to date.`
  if (!result.credentials) return `Account ${result.accountId} (${result.alias ?? 'no alias'}): already seeded. ${policyLine}`
  const { rootEmail, rootPassword, users } = result.credentials
  const lines = [
    'Sandbox account created (these passwords are shown only now):',
    `  Account ID:   ${result.accountId}    Account alias: ${result.alias}`,
    `  Root user:    ${rootEmail}    password: ${rootPassword ?? '(SEED_ROOT_PASSWORD)'}`,
    `                sign in at ${baseUrl}/signin`,
    // ?account= is the account's IAM user sign-in URL (AWS: https://ALIAS.signin.aws.amazon.com/console).
    `  IAM users:    sign in at ${baseUrl}/signin?account=${encodeURIComponent(result.alias ?? result.accountId)}`,
    ...users.map((u) => `    ${u.userName.padEnd(6)} (${u.groupName.padEnd(10)})  password: ${u.password ?? '(SEED_USER_PASSWORD)'}`),
    `  ${policyLine}`,
  ]
  return lines.join('\n')
}

async function main() {
  const { createPrismaClient } = await import('@/lib/db/create-prisma-client')
  const prisma = createPrismaClient()
  try {
    const started = performance.now()
    const result = await seedSandbox(prisma, seedOptionsFromEnv())
    console.log(formatSeedReport(result, `http://localhost:${process.env.PORT || 3000}`))
    console.log(`Seed took ${Math.round(performance.now() - started)} ms.`)
  } finally {
    await prisma.$disconnect()
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  })
}
