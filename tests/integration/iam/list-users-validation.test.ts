// listUsers answers bad input with lib/iam's own IamError('ValidationError'), like every
// other operation, so the console's error mapping (code, status, field) applies to it.
// Guards against the users list throwing an error type the console does not know.
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
  { name: 'a page size AWS does not offer', input: { pageSize: 20 }, message: 'Invalid pageSize: pageSize must be one of 10, 25, 50, 100.', field: 'pageSize' },
  { name: 'page 0', input: { page: 0 }, message: 'Invalid page: page must be 1 or more.', field: 'page' },
  { name: 'search longer than a user name', input: { search: 'x'.repeat(65) }, message: 'Invalid search: Search text must be at most 64 characters (the longest user name).', field: 'search' },
  { name: 'an unknown parameter', input: { filter: 'x' }, message: 'Unknown parameter: filter.' },
]

describe('listUsers rejects bad input with IamError ValidationError', () => {
  for (const c of cases) {
    test(c.name, async () => {
      const error = await listUsers(t.root, c.input as TListUsersInput, { db: t.db.prisma }).then(() => null, (e: unknown) => e)
      expect(error).toBeInstanceOf(IamError)
      expect(error).toMatchObject({ code: 'ValidationError', status: 400, message: c.message })
      expect((error as IamError).field).toBe(c.field)
    })
  }
})
