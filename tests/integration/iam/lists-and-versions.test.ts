// ListRoles' name search, ListPolicies' PolicyType (AWS managed vs AWS managed - job
// function vs customer managed), and policy version ids that are never given twice.
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createPolicy, createPolicyVersion, createRole, deletePolicyVersion, listPolicies, listPolicyVersions, listRoles } from '@/lib/iam'
import { createPrismaClient } from '@/lib/db/create-prisma-client'
import { repoRoot, testDatabaseKind } from '@/tests/support/test-database'
import { runCases } from '@/tests/support/iam-case-table'
import { doc, setUpIamTest, type IamTestContext } from './iam-test-setup'

let t: IamTestContext
beforeAll(async () => {
  t = await setUpIamTest()
})
afterAll(() => t.cleanup())
const root = () => t.root
const local = (name: string) => `arn:aws:iam::${t.accountId}:policy/${name}`
const allow = (action: string) => doc({ Effect: 'Allow', Action: action, Resource: '*' })
const EC2_TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] })
const names = (roles: { RoleName: string }[]) => roles.map((r) => r.RoleName)

describe('ListRoles Search', () => {
  runCases([
    { name: 'setup: five roles, two paths', call: async () => {
      for (const [RoleName, Path] of [['WebServer', '/'], ['web_worker', '/'], ['webXworker', '/'], ['BatchJob', '/jobs/'], ['NightlyWebCrawl', '/jobs/']] as const) {
        await createRole(root(), { RoleName, Path, AssumeRolePolicyDocument: EC2_TRUST })
      }
      return listRoles(root(), {})
    }, result: { Roles: [{ RoleName: 'BatchJob' }, { RoleName: 'NightlyWebCrawl' }, { RoleName: 'web_worker' }, { RoleName: 'WebServer' }, { RoleName: 'webXworker' }], IsTruncated: false } },
    { name: 'Search is a case-insensitive substring of the role name', call: async () => names((await listRoles(root(), { Search: 'WEB' })).Roles),
      result: ['NightlyWebCrawl', 'web_worker', 'WebServer', 'webXworker'] },
    { name: 'Search with "_" matches it literally, not as a LIKE wildcard', call: async () => names((await listRoles(root(), { Search: 'b_w' })).Roles), result: ['web_worker'] },
    { name: 'Search with "%" (no role name has one) matches nothing', call: () => listRoles(root(), { Search: '%' }), result: { Roles: [], IsTruncated: false } },
    { name: 'Search combines with PathPrefix', call: async () => names((await listRoles(root(), { Search: 'web', PathPrefix: '/jobs/' })).Roles), result: ['NightlyWebCrawl'] },
    { name: 'Search pages with Marker/MaxItems as AWS does', call: async () => {
      const first = await listRoles(root(), { Search: 'web', MaxItems: 3 })
      expect(first).toMatchObject({ IsTruncated: true, Marker: expect.any(String) })
      expect(names(first.Roles)).toEqual(['NightlyWebCrawl', 'web_worker', 'WebServer'])
      return listRoles(root(), { Search: 'web', MaxItems: 3, Marker: first.Marker! })
    }, result: { Roles: [{ RoleName: 'webXworker' }], IsTruncated: false } },
    { name: 'Search with no match is an empty page', call: () => listRoles(root(), { Search: 'nomatch' }), result: { Roles: [], IsTruncated: false } },
    { name: 'Search longer than a role name can be is a ValidationError', call: () => listRoles(root(), { Search: 'r'.repeat(65) }), error: { code: 'ValidationError', message: /64/ } },
  ])
})

describe('ListPolicies PolicyType', () => {
  const allPolicies = async (input: Parameters<typeof listPolicies>[1]) => {
    const out: { PolicyName: string; Path: string; Arn: string }[] = []
    let marker: string | undefined
    do {
      const page = await listPolicies(root(), { ...input, MaxItems: 1000, ...(marker ? { Marker: marker } : {}) })
      out.push(...page.Policies)
      marker = page.Marker
    } while (marker)
    return out
  }
  runCases([
    { name: 'setup: a customer managed policy under /job-function/', call: () => createPolicy(root(), { PolicyName: 'TeamJobFunction', Path: '/job-function/', PolicyDocument: allow('iam:GetUser') }) },
    { name: 'AWSManaged leaves out the job-function policies', call: async () => {
      const policies = await allPolicies({ PolicyType: 'AWSManaged' })
      expect(policies.length).toBe(1452 - 8)
      expect(policies.every((p) => p.Arn.startsWith('arn:aws:iam::aws:policy/') && !p.Path.startsWith('/job-function/'))).toBe(true)
      return policies.map((p) => p.PolicyName)
    }, result: expect.arrayContaining(['AdministratorAccess', 'IAMReadOnlyAccess']) },
    { name: 'AWSManagedJobFunction is the 8 AWS managed /job-function/ policies, not a customer one on that path', call: async () => (await allPolicies({ PolicyType: 'AWSManagedJobFunction' })).map((p) => p.PolicyName),
      result: ['AWSManagementConsoleAdministratorAccess', 'Billing', 'DatabaseAdministrator', 'DataScientist', 'NetworkAdministrator', 'SupportUser', 'SystemAdministrator', 'ViewOnlyAccess'] },
    { name: 'CustomerManaged is the account\'s own policies', call: async () => (await allPolicies({ PolicyType: 'CustomerManaged' })).map((p) => p.PolicyName), result: ['TeamJobFunction'] },
    { name: 'PolicyType with Search: "viewonly" among AWS managed leaves out the job function ViewOnlyAccess', call: async () => (await allPolicies({ PolicyType: 'AWSManaged', Search: 'viewonly' })).map((p) => p.PolicyName), result: ['ConsoleViewOnlyAccessFromVercel'] },
    { name: 'PolicyType with Search: "viewonly" among job functions', call: async () => (await allPolicies({ PolicyType: 'AWSManagedJobFunction', Search: 'viewonly' })).map((p) => p.PolicyName), result: ['ViewOnlyAccess'] },
    { name: 'Search with "%" (no policy name has one) matches nothing, not everything', call: () => listPolicies(root(), { Search: '%' }), result: { Policies: [], IsTruncated: false } },
    { name: 'PolicyType and a Scope that excludes it list nothing', call: () => listPolicies(root(), { Scope: 'Local', PolicyType: 'AWSManaged' }), result: { Policies: [], IsTruncated: false } },
    { name: 'an unknown PolicyType is a ValidationError', call: () => listPolicies(root(), { PolicyType: 'JobFunction' as never }), error: { code: 'ValidationError' } },
  ])
})

describe('policy version ids are never reused', () => {
  const arn = () => local('Versioned')
  const create = () => createPolicyVersion(root(), { PolicyArn: arn(), PolicyDocument: allow('iam:ListUsers') })
  const ids = async () => (await listPolicyVersions(root(), { PolicyArn: arn() })).Versions.map((v) => v.VersionId)
  runCases([
    { name: 'setup: v1 to v5', call: async () => {
      await createPolicy(root(), { PolicyName: 'Versioned', PolicyDocument: allow('iam:GetUser') })
      for (let i = 0; i < 4; i++) await create()
      return ids()
    }, result: ['v5', 'v4', 'v3', 'v2', 'v1'] },
    { name: 'delete v2, create: v6 (not v2)', call: async () => {
      await deletePolicyVersion(root(), { PolicyArn: arn(), VersionId: 'v2' })
      return create()
    }, result: { PolicyVersion: { VersionId: 'v6' } } },
    { name: 'delete the highest (v6), create: v7, not v6 again', call: async () => {
      await deletePolicyVersion(root(), { PolicyArn: arn(), VersionId: 'v6' })
      return create()
    }, result: { PolicyVersion: { VersionId: 'v7' } }, then: async () => expect(await ids()).toEqual(['v7', 'v5', 'v4', 'v3', 'v1']) },
    { name: 'a refused 6th version does not use up an id', call: async () => {
      await expect(create()).rejects.toMatchObject({ code: 'LimitExceeded' })
      await deletePolicyVersion(root(), { PolicyArn: arn(), VersionId: 'v7' })
      return create()
    }, result: { PolicyVersion: { VersionId: 'v8' } } },
    { name: 'two CreatePolicyVersion calls at once get different ids and keep the limit', call: async () => {
      await deletePolicyVersion(root(), { PolicyArn: arn(), VersionId: 'v8' })
      await deletePolicyVersion(root(), { PolicyArn: arn(), VersionId: 'v5' })
      const results = await Promise.allSettled([create(), create(), create()])
      const made = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.PolicyVersion.VersionId] : []))
      const refused = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code?: string }).code] : []))
      return { made: [...made].sort(), refused, versions: (await ids()).length }
    }, result: { made: ['v10', 'v9'], refused: ['LimitExceeded'], versions: 5 } },
  ])

  test('the seed sets each AWS managed policy\'s counter from its DefaultVersionId', async () => {
    const rows = await t.db.prisma.managedPolicy.findMany({ where: { accountId: null }, select: { defaultVersionId: true, lastVersionNumber: true } })
    expect(rows.length).toBe(1452)
    expect(rows.filter((r) => `v${r.lastVersionNumber}` !== r.defaultVersionId)).toEqual([])
    expect(Math.max(...rows.map((r) => r.lastVersionNumber))).toBeGreaterThan(1)
  })
})

describe('the policy version counter migration', () => {
  const run = promisify(execFile)
  const kind = testDatabaseKind()
  const migrationsDir = path.join(repoRoot, kind === 'postgresql' ? 'prisma/postgres/migrations' : 'prisma/migrations')
  const all = readdirSync(migrationsDir).filter((d) => /^\d{14}_/.test(d)).sort()
  const counter = all.find((d) => d.endsWith('_policy_version_counter'))

  test('backfills existing policies from their highest version id, on both kinds of database', async () => {
    expect(counter, 'a *_policy_version_counter migration').toBeDefined()
    const work = path.join(os.tmpdir(), 'sandbox-iam-tests', `counter-migration-${randomBytes(6).toString('hex')}`)
    mkdirSync(work, { recursive: true })
    const copyMigrations = (dirs: string[]) => {
      cpSync(path.join(migrationsDir, 'migration_lock.toml'), path.join(work, 'migration_lock.toml'))
      for (const d of dirs) cpSync(path.join(migrationsDir, d), path.join(work, d), { recursive: true })
    }
    let url = `file:${path.join(work, 'db.sqlite')}`
    let dropDatabase = async () => {}
    if (kind === 'postgresql') {
      const server = process.env.TEST_DATABASE_URL!
      const database = `sandbox_iam_migration_${randomBytes(6).toString('hex')}`
      const onServer = async (sql: string) => {
        const client = new pg.Client({ connectionString: server })
        await client.connect()
        try { await client.query(sql) } finally { await client.end() }
      }
      await onServer(`CREATE DATABASE "${database}"`)
      const u = new URL(server)
      u.pathname = `/${database}`
      url = u.toString()
      dropDatabase = () => onServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
    }
    const deploy = () => {
      const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, PRISMA_MIGRATIONS: work }
      delete env.PRISMA_SCHEMA
      return run(path.join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/db.ts', 'deploy'], { cwd: repoRoot, env })
    }
    try {
      copyMigrations(all.slice(0, all.indexOf(counter!)))
      await deploy()
      const before = createPrismaClient(url)
      try {
        // Rows as the previous schema had them: no counter column yet.
        const p = (n: number) => (kind === 'postgresql' ? `$${n}` : '?')
        for (const [id, versions] of [['ANPAONE', ['v1']], ['ANPAGAPS', ['v1', 'v3', 'v12']], ['ANPATWO', ['v2']]] as const) {
          await before.$executeRawUnsafe(`INSERT INTO "ManagedPolicy" ("id", "name", "nameKey", "arn", "defaultVersionId") VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)})`, id, id, id.toLowerCase(), `arn:aws:iam::aws:policy/${id}`, versions[0])
          for (const v of versions) {
            await before.$executeRawUnsafe(`INSERT INTO "PolicyVersion" ("id", "policyId", "versionId", "document", "isDefault") VALUES (${p(1)}, ${p(2)}, ${p(3)}, '{}', ${v === versions[0]})`, `${id}-${v}`, id, v)
          }
        }
      } finally {
        await before.$disconnect()
      }
      copyMigrations([counter!])
      await deploy()
      const after = createPrismaClient(url)
      try {
        const rows = await after.managedPolicy.findMany({ select: { id: true, lastVersionNumber: true }, orderBy: { id: 'asc' } })
        expect(rows).toEqual([{ id: 'ANPAGAPS', lastVersionNumber: 12 }, { id: 'ANPAONE', lastVersionNumber: 1 }, { id: 'ANPATWO', lastVersionNumber: 2 }])
      } finally {
        await after.$disconnect()
      }
    } finally {
      await dropDatabase()
      rmSync(work, { recursive: true, force: true })
    }
  }, 60_000)
})
