import { readdirSync } from 'node:fs'
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

  it('exist under the same names for SQLite and PostgreSQL', () => {
    const dirs = (dir: string) =>
      readdirSync(path.join(repoRoot, dir), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    expect(dirs('prisma/postgres/migrations')).toEqual(dirs('prisma/migrations'))
  })
})
