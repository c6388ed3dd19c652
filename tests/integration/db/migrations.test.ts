import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createPrismaClient } from '@/lib/db/create-prisma-client'
import { createEmptyDatabase, deployMigrations, repoRoot, testDatabaseKind } from '@/tests/support/test-database'

const kind = testDatabaseKind()
const migrationsDir = path.join(repoRoot, kind === 'postgresql' ? 'prisma/postgres/migrations' : 'prisma/migrations')
const migrationNames = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()

describe(`migrations (${kind})`, () => {
  const cleanups: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup()
  })

  it('apply on an empty database, then re-apply as a no-op keeping the data', async () => {
    const empty = await createEmptyDatabase()
    cleanups.push(empty.cleanup)

    expect(await deployMigrations(empty.url)).toContain(`Applied: ${migrationNames.join(', ')}`)
    const prisma = createPrismaClient(empty.url)
    cleanups.unshift(() => prisma.$disconnect())
    const applied = await prisma.$queryRawUnsafe<{ migration_name: string; finished_at: unknown }[]>(
      'SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name',
    )
    expect(applied.map((m) => m.migration_name)).toEqual(migrationNames)
    expect(applied.every((m) => m.finished_at !== null)).toBe(true)

    await prisma.account.create({ data: { id: '210987654321', rootEmail: 'kept@example.com', rootPasswordHash: 'x' } })
    // The schema engine locks a SQLite file exclusively (PRAGMA locking_mode=EXCLUSIVE),
    // which an open WAL connection prevents: like `npm start`, migrate with no client open.
    await prisma.$disconnect()
    expect(await deployMigrations(empty.url)).toContain('No pending migrations.')
    expect(await prisma.account.findUnique({ where: { id: '210987654321' } })).toMatchObject({ rootEmail: 'kept@example.com' })
  })

  it('tag_keys_case_insensitive: keys of one owner that differ only in case become the first tag; others are kept', async () => {
    const target = migrationNames.findIndex((name) => name.endsWith('_tag_keys_case_insensitive'))
    expect(target).toBeGreaterThan(0)
    const before = mkdtempSync(path.join(os.tmpdir(), 'migrations-'))
    cleanups.push(async () => rmSync(before, { recursive: true, force: true }))
    cpSync(path.join(migrationsDir, 'migration_lock.toml'), path.join(before, 'migration_lock.toml'))
    for (const name of migrationNames.slice(0, target)) cpSync(path.join(migrationsDir, name), path.join(before, name), { recursive: true })
    const empty = await createEmptyDatabase()
    cleanups.push(empty.cleanup)
    await deployMigrations(empty.url, before)

    // The tables as the earlier migrations left them (no keyLower yet): plain SQL.
    const prisma = createPrismaClient(empty.url)
    const rows = [
      `INSERT INTO "Account" ("id", "rootEmail", "rootPasswordHash") VALUES ('210987654321', 'tags@example.com', 'x')`,
      `INSERT INTO "User" ("id", "accountId", "name", "nameKey", "arn") VALUES ('AIDAONE', '210987654321', 'one', 'one', 'arn:aws:iam::210987654321:user/one')`,
      `INSERT INTO "User" ("id", "accountId", "name", "nameKey", "arn") VALUES ('AIDATWO', '210987654321', 'two', 'two', 'arn:aws:iam::210987654321:user/two')`,
      `INSERT INTO "Tag" ("id", "userId", "key", "value") VALUES ('c1', 'AIDAONE', 'Team', 'red')`,
      `INSERT INTO "Tag" ("id", "userId", "key", "value") VALUES ('c2', 'AIDAONE', 'team', 'blue')`,
      `INSERT INTO "Tag" ("id", "userId", "key", "value") VALUES ('c3', 'AIDAONE', 'TEAM', 'green')`,
      `INSERT INTO "Tag" ("id", "userId", "key", "value") VALUES ('c4', 'AIDAONE', 'Env', 'prod')`,
      `INSERT INTO "Tag" ("id", "userId", "key", "value") VALUES ('c5', 'AIDATWO', 'team', 'blue')`,
    ]
    for (const sql of rows) await prisma.$executeRawUnsafe(sql)
    await prisma.$disconnect()

    expect(await deployMigrations(empty.url)).toContain(`Applied: ${migrationNames.slice(target).join(', ')}`)
    const after = createPrismaClient(empty.url)
    cleanups.unshift(() => after.$disconnect())
    const tags = await after.tag.findMany({ orderBy: { id: 'asc' }, select: { id: true, userId: true, key: true, keyLower: true, value: true } })
    expect(tags).toEqual([
      { id: 'c1', userId: 'AIDAONE', key: 'Team', keyLower: 'team', value: 'red' },
      { id: 'c4', userId: 'AIDAONE', key: 'Env', keyLower: 'env', value: 'prod' },
      { id: 'c5', userId: 'AIDATWO', key: 'team', keyLower: 'team', value: 'blue' },
    ])
  })

  it('exist under the same names for SQLite and PostgreSQL', () => {
    const dirs = (dir: string) =>
      readdirSync(path.join(repoRoot, dir), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    expect(dirs('prisma/postgres/migrations')).toEqual(dirs('prisma/migrations'))
  })
})
