import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { useIamDatabase } from '@/lib/iam/database'
import { listUsers, type TListUsersInput } from '@/lib/iam/users/list-users'
import { createAccount, createGroup, createUser, rootCaller } from '@/tests/support/fixtures'
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '@/tests/support/test-database'

const BASE = Date.parse('2026-01-01T00:00:00Z')
const day = (n: number) => new Date(BASE + n * 24 * 60 * 60 * 1000)
const NOW = day(100)

describe(`listUsers (${testDatabaseKind()})`, () => {
  let db: TestDatabase
  let accountA: string
  let accountB: string
  let accountC: string
  // Password ages are whole days before the moment of the call: the call runs at NOW.
  const list = async (accountId: string, input: TListUsersInput) => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW })
    try {
      return await listUsers(rootCaller(accountId), input)
    } finally {
      vi.useRealTimers()
    }
  }
  const names = async (accountId: string, input: TListUsersInput) => (await list(accountId, { pageSize: 100, ...input })).users.map((u) => u.userName)

  beforeAll(async () => {
    db = await createTestDatabase()
    useIamDatabase(db.prisma)
    const p = db.prisma
    accountA = (await createAccount(p)).id
    accountB = (await createAccount(p)).id
    accountC = (await createAccount(p)).id
    const [g1, g2, g3] = await Promise.all(['G1', 'G2', 'G3'].map((n) => createGroup(p, accountA, n)))
    // One column per sort order; see the expected orders in the table below.
    await createUser(p, accountA, {
      name: 'alice', path: '/eng/', groupIds: [g1!.id, g2!.id], lastActivityAt: day(50), passwordLastChangedAt: day(90), passwordLastUsedAt: day(50), createdAt: day(3),
      mfa: ['virtual', 'webauthn'],
      accessKeys: [{ status: 'Inactive', createdAt: day(1) }, { status: 'Active', createdAt: day(2) }, { status: 'Active', createdAt: day(3) }],
    })
    await createUser(p, accountA, { name: 'Bob', createdAt: day(1) })
    await createUser(p, accountA, { name: 'carol', path: '/audit/', groupIds: [g1!.id], lastActivityAt: day(70), passwordLastChangedAt: day(40), createdAt: day(5) })
    await createUser(p, accountA, {
      name: 'dave', path: '/eng/', groupIds: [g1!.id, g2!.id, g3!.id], lastActivityAt: day(10), passwordLastChangedAt: day(99), passwordLastUsedAt: day(10), createdAt: day(2), mfa: ['virtual'],
    })
    await createUser(p, accountA, { name: 'erin', path: '/ops/', groupIds: [g3!.id], lastActivityAt: day(30), passwordLastChangedAt: day(20), createdAt: day(6) })
    await createUser(p, accountA, { name: 'frank', lastActivityAt: day(60), createdAt: day(4) })
    await createUser(p, accountA, { name: 'dev_ops', createdAt: day(7) })
    await createUser(p, accountA, { name: 'devXops', createdAt: day(8) })

    // Another account, with a user of the same name, must never show up in accountA's list.
    await createUser(p, accountB, { name: 'alice', createdAt: day(1) })
    await createUser(p, accountB, { name: 'zed', createdAt: day(1) })

    // 23 users for pagination; every other one has a console password, so sorting by
    // password age pages across both segments (with and without a password).
    for (let i = 0; i < 23; i++) {
      const n = String(i).padStart(2, '0')
      await createUser(p, accountC, { name: `user${n}`, createdAt: day(i), ...(i % 2 === 0 ? { passwordLastChangedAt: day(50 + i) } : {}) })
    }
  })
  afterAll(async () => {
    useIamDatabase(null)
    await db?.cleanup()
  })

  const SIX = ['alice', 'Bob', 'carol', 'dave', 'erin', 'frank']
  it.each([
    { sortBy: 'userName', sortOrder: 'asc', expected: ['alice', 'Bob', 'carol', 'dave', 'erin', 'frank'] },
    { sortBy: 'userName', sortOrder: 'desc', expected: ['frank', 'erin', 'dave', 'carol', 'Bob', 'alice'] },
    { sortBy: 'path', sortOrder: 'asc', expected: ['Bob', 'frank', 'carol', 'alice', 'dave', 'erin'] },
    { sortBy: 'path', sortOrder: 'desc', expected: ['erin', 'alice', 'dave', 'carol', 'Bob', 'frank'] },
    { sortBy: 'groups', sortOrder: 'asc', expected: ['Bob', 'frank', 'carol', 'erin', 'alice', 'dave'] },
    { sortBy: 'groups', sortOrder: 'desc', expected: ['dave', 'alice', 'carol', 'erin', 'Bob', 'frank'] },
    { sortBy: 'lastActivity', sortOrder: 'asc', expected: ['dave', 'erin', 'alice', 'frank', 'carol', 'Bob'] },
    { sortBy: 'lastActivity', sortOrder: 'desc', expected: ['carol', 'frank', 'alice', 'erin', 'dave', 'Bob'] },
    { sortBy: 'passwordAge', sortOrder: 'asc', expected: ['dave', 'alice', 'carol', 'erin', 'Bob', 'frank'] },
    { sortBy: 'passwordAge', sortOrder: 'desc', expected: ['erin', 'carol', 'alice', 'dave', 'Bob', 'frank'] },
    { sortBy: 'consoleLastSignIn', sortOrder: 'asc', expected: ['dave', 'alice', 'Bob', 'carol', 'erin', 'frank'] },
    { sortBy: 'consoleLastSignIn', sortOrder: 'desc', expected: ['alice', 'dave', 'Bob', 'carol', 'erin', 'frank'] },
    { sortBy: 'creationTime', sortOrder: 'asc', expected: ['Bob', 'dave', 'alice', 'frank', 'carol', 'erin'] },
    { sortBy: 'creationTime', sortOrder: 'desc', expected: ['erin', 'carol', 'frank', 'alice', 'dave', 'Bob'] },
  ] as const)('sorts by $sortBy $sortOrder ("never" last, ties by name)', async ({ sortBy, sortOrder, expected }) => {
    const all = await names(accountA, { sortBy, sortOrder })
    expect(all.filter((n) => SIX.includes(n))).toEqual(expected)
  })

  it('lists the columns of the console table', async () => {
    const { users } = await list(accountA, { search: 'alice' })
    expect(users).toHaveLength(1)
    const alice = users[0]!
    expect(alice).toEqual({
      userName: 'alice',
      userId: expect.stringMatching(/^AIDA[A-Z2-7]{17}$/),
      path: '/eng/',
      arn: `arn:aws:iam::${accountA}:user/eng/alice`,
      groupCount: 2,
      lastActivity: day(50).toISOString(),
      mfa: ['Virtual', 'Security key'],
      passwordAgeDays: 10,
      consoleLastSignIn: day(50).toISOString(),
      accessKeyId: expect.stringMatching(/^AKIA[A-Z2-7]{16}$/),
      creationTime: day(3).toISOString(),
    })
    // The first active key: the inactive older one is skipped, the newer active one too.
    const keys = await db.prisma.accessKey.findMany({ where: { userId: alice.userId }, orderBy: { createdAt: 'asc' } })
    expect(alice.accessKeyId).toBe(keys[1]!.id)

    const [bob] = (await list(accountA, { search: 'bob' })).users
    expect(bob).toMatchObject({ groupCount: 0, lastActivity: null, mfa: [], passwordAgeDays: null, consoleLastSignIn: null, accessKeyId: null })
  })

  it.each([
    { name: 'matches any part of the name, ignoring case', search: 'AR', expected: ['carol'] },
    { name: 'matches a prefix', search: 'da', expected: ['dave'] },
    { name: 'trims surrounding spaces', search: '  frank ', expected: ['frank'] },
    { name: 'takes "_" literally, not as a wildcard', search: 'v_o', expected: ['dev_ops'] },
    { name: 'takes "%" literally (no user name has one)', search: '%', expected: [] },
    { name: 'finds nothing for a name not there', search: 'zed', expected: [] },
    { name: 'empty search lists everyone', search: '', expected: ['alice', 'Bob', 'carol', 'dave', 'dev_ops', 'devXops', 'erin', 'frank'] },
  ])('search $name', async ({ search, expected }) => {
    const result = await list(accountA, { search })
    expect(result.users.map((u) => u.userName)).toEqual(expected)
    expect(result.total).toBe(expected.length)
  })

  it("never lists another account's users", async () => {
    expect(await names(accountB, {})).toEqual(['alice', 'zed'])
    const a = await list(accountA, { pageSize: 100 })
    expect(a.total).toBe(8)
    expect(a.users.every((u) => u.arn.includes(`::${accountA}:`))).toBe(true)
    expect((await list(accountA, { search: 'zed' })).total).toBe(0)
  })

  it.each([
    { sortBy: 'userName', sortOrder: 'asc' },
    { sortBy: 'passwordAge', sortOrder: 'asc' },
    { sortBy: 'passwordAge', sortOrder: 'desc' },
    { sortBy: 'creationTime', sortOrder: 'desc' },
  ] as const)('pages of 10 by $sortBy $sortOrder are disjoint and add up to the whole list', async ({ sortBy, sortOrder }) => {
    const all = await names(accountC, { sortBy, sortOrder })
    expect(all).toHaveLength(23)
    const pages = await Promise.all([1, 2, 3].map((page) => list(accountC, { sortBy, sortOrder, page, pageSize: 10 })))
    expect(pages.map((p) => p.users.length)).toEqual([10, 10, 3])
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3])
    expect(pages.every((p) => p.total === 23 && p.pageSize === 10)).toBe(true)
    expect(pages.flatMap((p) => p.users.map((u) => u.userName))).toEqual(all)
  })

  it('returns the last page when asked past the end, and page 1 of an empty list', async () => {
    const past = await list(accountC, { page: 9, pageSize: 10 })
    expect(past.page).toBe(3)
    expect(past.users.map((u) => u.userName)).toEqual(['user20', 'user21', 'user22'])
    const empty = await list(accountA, { search: 'nobody', page: 4 })
    expect(empty).toEqual({ users: [], total: 0, page: 1, pageSize: 25 })
  })

  it.each([
    { name: 'a page size AWS does not offer', input: { pageSize: 20 }, message: /pageSize must be one of 10, 25, 50, 100/ },
    { name: 'page 0', input: { page: 0 }, message: /page must be 1 or more/ },
    { name: 'a fractional page', input: { page: 1.5 }, message: /page must be a whole number/ },
    { name: 'an unknown sort column', input: { sortBy: 'email' }, message: /at 'sortBy' failed to satisfy constraint/ },
    { name: "an unknown sort order", input: { sortOrder: "up" }, message: /at .sortOrder. failed/ },
    { name: 'search longer than a user name can be', input: { search: 'x'.repeat(65) }, message: /at most 64 characters/ },
    { name: 'an unknown parameter', input: { filter: 'x' }, message: /Unknown parameter: filter/ },
    { name: 'a path prefix without the leading slash', input: { pathPrefix: 'eng/' }, message: /at 'pathPrefix' failed to satisfy constraint/ },
  ])('rejects $name with a ValidationError', async ({ input, message }) => {
    const call = list(accountA, input as TListUsersInput)
    await expect(call).rejects.toMatchObject({ code: 'ValidationError', name: 'IamError', status: 400 })
    await expect(call).rejects.toThrow(message)
  })
})
