// listUsers answers bad input with lib/iam's own IamError('ValidationError'), like every
// other operation, so the console's error mapping (code, status, field) applies to it.
// Guards against the users list throwing an error type the console does not know; the
// refusal is recorded in the event history like any other operation's.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { listUsers, type TListUsersInput } from '@/lib/iam/users/list-users'
import { IamError } from '@/lib/iam/errors'
import { setUpIamTest, type IamTestContext } from './iam-test-setup'

let t: IamTestContext
beforeAll(async () => {
  t = await setUpIamTest()
})
afterAll(() => t.cleanup())

const cases: { name: string; input: unknown; message: string; field?: string }[] = [
  { name: 'a page size AWS does not offer', input: { pageSize: 20 }, message: "1 validation error detected: Value '20' at 'pageSize' failed to satisfy constraint: pageSize must be one of 10, 25, 50, 100.", field: 'pageSize' },
  { name: 'page 0', input: { page: 0 }, message: "1 validation error detected: Value '0' at 'page' failed to satisfy constraint: page must be 1 or more.", field: 'page' },
  { name: 'search longer than a user name', input: { search: 'x'.repeat(65) }, message: `1 validation error detected: Value '${'x'.repeat(65)}' at 'search' failed to satisfy constraint: Search text must be at most 64 characters (the longest user name).`, field: 'search' },
  { name: 'an unknown parameter', input: { filter: 'x' }, message: '1 validation error detected: Unknown parameter: filter.' },
]

describe('listUsers rejects bad input with IamError ValidationError', () => {
  for (const c of cases) {
    test(c.name, async () => {
      const error = await listUsers(t.root, c.input as TListUsersInput).then(() => null, (e: unknown) => e)
      expect(error).toBeInstanceOf(IamError)
      expect(error).toMatchObject({ code: 'ValidationError', status: 400, message: c.message })
      expect((error as IamError).field).toBe(c.field)
      const event = await t.db.prisma.auditEvent.findFirst({ where: { accountId: t.accountId, eventName: 'ListUsers' }, orderBy: { eventTime: 'desc' } })
      expect(event).toMatchObject({ errorCode: 'ValidationError', errorMessage: c.message })
    })
  }
})
