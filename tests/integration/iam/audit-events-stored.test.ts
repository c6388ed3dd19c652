// Every answered call has its event, and a change commits only with its event: the event
// of a write is written in the write's own transaction, and the events of reads (batched
// into one INSERT per turn of the event loop) are stored before the read answers.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createUser, getUser, listUsers, tagUser } from '@/lib/iam'
import { testDatabaseKind } from '@/tests/support/test-database'
import { iamErrorOf, setUpIamTest, type IamTestContext } from './iam-test-setup'

let t: IamTestContext
beforeAll(async () => {
  t = await setUpIamTest()
})
afterAll(() => t.cleanup())

const eventsNamed = (eventName: string, where: Record<string, unknown> = {}) =>
  t.db.prisma.auditEvent.findMany({ where: { accountId: t.accountId, eventName, ...where }, orderBy: { eventTime: 'asc' } })

/** Makes the database refuse the successful events of one operation (its failures are still stored). */
async function refuseSuccessEventsOf(eventName: string): Promise<() => Promise<void>> {
  const db = t.db.prisma
  if (testDatabaseKind() === 'sqlite') {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_events BEFORE INSERT ON "AuditEvent" WHEN NEW."eventName" = '${eventName}' AND NEW."errorCode" IS NULL BEGIN SELECT RAISE(ABORT, 'event refused'); END`,
    )
    return async () => void (await db.$executeRawUnsafe('DROP TRIGGER refuse_events'))
  }
  await db.$executeRawUnsafe(
    `CREATE FUNCTION refuse_events() RETURNS trigger AS $$ BEGIN IF NEW."eventName" = '${eventName}' AND NEW."errorCode" IS NULL THEN RAISE EXCEPTION 'event refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
  )
  await db.$executeRawUnsafe('CREATE TRIGGER refuse_events BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION refuse_events()')
  return async () => {
    await db.$executeRawUnsafe('DROP TRIGGER refuse_events ON "AuditEvent"')
    await db.$executeRawUnsafe('DROP FUNCTION refuse_events()')
  }
}

describe(`events are stored with what they record (${testDatabaseKind()})`, () => {
  test('a write whose event cannot be stored changes nothing and answers ServiceFailure', async () => {
    const restore = await refuseSuccessEventsOf('CreateUser')
    try {
      const error = await iamErrorOf(createUser(t.root, { UserName: 'unrecorded' }))
      expect(error.code).toBe('ServiceFailure')
    } finally {
      await restore()
    }
    expect(await t.db.prisma.user.findFirst({ where: { accountId: t.accountId, name: 'unrecorded' } })).toBeNull()
    expect(await eventsNamed('CreateUser', { requestParameters: { contains: 'unrecorded' } })).toMatchObject([{ errorCode: 'ServiceFailure' }])
  })

  test('a committed write has its event, with its response', async () => {
    await createUser(t.root, { UserName: 'recorded' })
    const [event] = await eventsNamed('CreateUser', { requestParameters: { contains: '"recorded"' } })
    expect(event).toMatchObject({ errorCode: null, readOnly: false })
    expect(JSON.parse(event!.responseElements!)).toMatchObject({ User: { UserName: 'recorded' } })
  })

  test('reads made at once each have their own event, stored before they answer', async () => {
    const before = (await eventsNamed('GetUser')).length
    const answers = await Promise.all(Array.from({ length: 60 }, () => getUser(t.root, { UserName: 'recorded' })))
    expect(answers.every((a) => a.User.UserName === 'recorded')).toBe(true)
    expect((await eventsNamed('GetUser')).length - before).toBe(60)
  })

  test('reads and refused calls made at once are all recorded, each with its own outcome', async () => {
    const carol = await t.asUser('carol')
    const calls = [
      ...Array.from({ length: 10 }, () => listUsers(carol, {})),
      ...Array.from({ length: 10 }, () => tagUser(carol, { UserName: 'recorded', Tags: [{ Key: 'team', Value: 'blue' }] }).catch((e: unknown) => e)),
    ]
    await Promise.all(calls)
    const listed = await eventsNamed('ListUsers', { userIdentity: { contains: carol.userId } })
    const tagged = await eventsNamed('TagUser', { userIdentity: { contains: carol.userId } })
    expect(listed.map((e) => e.errorCode)).toEqual(Array(10).fill(null))
    expect(tagged.map((e) => e.errorCode)).toEqual(Array(10).fill('AccessDenied'))
  })

  test('a read whose event cannot be stored fails instead of answering unrecorded', async () => {
    const restore = await refuseSuccessEventsOf('GetUser')
    try {
      const results = await Promise.allSettled([getUser(t.root, { UserName: 'recorded' }), getUser(t.root, { UserName: 'recorded' })])
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    } finally {
      await restore()
    }
  })
})
