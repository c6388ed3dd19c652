import { afterAll, describe, expect, it } from 'vitest'
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '@/tests/support/test-database'

describe(`createTestDatabase (${testDatabaseKind()})`, () => {
  const opened: TestDatabase[] = []
  afterAll(async () => {
    await Promise.all(opened.map((db) => db.cleanup()))
  })

  it('gives each call its own migrated, empty database', async () => {
    const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()])
    opened.push(a, b)
    expect(a.url).not.toBe(b.url)
    await a.prisma.account.create({ data: { id: '123456789012', rootEmail: 'a@example.com', rootPasswordHash: 'x' } })
    expect(await a.prisma.account.count()).toBe(1)
    expect(await b.prisma.account.count()).toBe(0)
  })

  it('deletes the database on cleanup', async () => {
    const db = await createTestDatabase()
    await db.cleanup()
    const again = await createTestDatabase()
    opened.push(again)
    expect(await again.prisma.user.count()).toBe(0)
  })
})
