// Renaming or moving a user or a group is authorized on both ARNs: "To change a user
// name, the requester must have appropriate permissions on both the source object and
// the target object. For example, to change Bob to Robert, the entity making the request
// must have permission on Bob and Robert, or must have permission on all (*)." (IAM API
// Reference, UpdateUser; UpdateGroup says the same). Guards against a caller allowed on
// one name only renaming an entity into (or out of) the names their policy covers.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createGroup, createUser, getGroup, getUser, putUserPolicy, updateGroup, updateUser } from '@/lib/iam'
import { IamError } from '@/lib/iam/errors'
import { doc, setUpIamTest, type IamTestContext } from './iam-test-setup'

let t: IamTestContext
let n = 0
const arn = (kind: string, pathAndName: string) => `arn:aws:iam::${t.accountId}:${kind}/${pathAndName}`

beforeAll(async () => {
  t = await setUpIamTest()
})
afterAll(() => t.cleanup())

interface RenameCase {
  name: string
  kind: 'user' | 'group'
  /** Resources (path and name, `N` = this case's number) the caller's UpdateUser/UpdateGroup is allowed on. */
  allowedOn: string[]
  /** The entity `from-N` is renamed to `NewName` and/or moved to `NewPath`. */
  update: { NewName?: string; NewPath?: string }
  /** null = allowed; otherwise the ARN the denial names. */
  deniedOn: string | null
}

const cases: RenameCase[] = [
  { name: 'user: allowed on the source only, rename denied on the target', kind: 'user', allowedOn: ['from-N'], update: { NewName: 'to-N' }, deniedOn: 'to-N' },
  { name: 'user: allowed on the target only, rename denied on the source', kind: 'user', allowedOn: ['to-N'], update: { NewName: 'to-N' }, deniedOn: 'from-N' },
  { name: 'user: allowed on both, renamed', kind: 'user', allowedOn: ['from-N', 'to-N'], update: { NewName: 'to-N' }, deniedOn: null },
  { name: 'user: allowed on all users (*), renamed', kind: 'user', allowedOn: ['*'], update: { NewName: 'to-N' }, deniedOn: null },
  { name: 'user: allowed on the source only, move to a new path denied on the target', kind: 'user', allowedOn: ['from-N'], update: { NewPath: '/team/' }, deniedOn: 'team/from-N' },
  { name: 'user: allowed on the source and the new path, moved', kind: 'user', allowedOn: ['from-N', 'team/*'], update: { NewPath: '/team/' }, deniedOn: null },
  { name: 'user: rename and move at once needs the new path and name', kind: 'user', allowedOn: ['from-N', 'team/from-N'], update: { NewName: 'to-N', NewPath: '/team/' }, deniedOn: 'team/to-N' },
  { name: 'user: allowed on the source only, an update to the same name and path is allowed', kind: 'user', allowedOn: ['from-N'], update: { NewName: 'from-N', NewPath: '/' }, deniedOn: null },
  { name: 'group: allowed on the source only, rename denied on the target', kind: 'group', allowedOn: ['from-N'], update: { NewName: 'to-N' }, deniedOn: 'to-N' },
  { name: 'group: allowed on both, renamed', kind: 'group', allowedOn: ['from-N', 'to-N'], update: { NewName: 'to-N' }, deniedOn: null },
  { name: 'group: allowed on the source only, move denied on the target', kind: 'group', allowedOn: ['from-N'], update: { NewPath: '/team/' }, deniedOn: 'team/from-N' },
]

describe('UpdateUser and UpdateGroup are authorized on the source and the target', () => {
  for (const c of cases) {
    test(c.name, async () => {
      const id = ++n
      const sub = (s: string) => s.replace('N', String(id))
      const from = sub('from-N')
      const action = c.kind === 'user' ? 'iam:UpdateUser' : 'iam:UpdateGroup'
      const caller = `renamer-${id}`
      await createUser(t.root, { UserName: caller })
      await putUserPolicy(t.root, {
        UserName: caller,
        PolicyName: 'RenameSome',
        PolicyDocument: doc({ Effect: 'Allow', Action: action, Resource: c.allowedOn.map((r) => arn(c.kind, sub(r))) }),
      })
      const principal = await t.asUser(caller)
      const newName = c.update.NewName && sub(c.update.NewName)

      let outcome: unknown
      if (c.kind === 'user') {
        await createUser(t.root, { UserName: from })
        outcome = await updateUser(principal, { UserName: from, NewUserName: newName, NewPath: c.update.NewPath }).then(() => null, (e: unknown) => e)
      } else {
        await createGroup(t.root, { GroupName: from })
        outcome = await updateGroup(principal, { GroupName: from, NewGroupName: newName, NewPath: c.update.NewPath }).then(() => null, (e: unknown) => e)
      }

      const expectedName = c.deniedOn === null ? (newName ?? from) : from
      const expectedPath = c.deniedOn === null ? (c.update.NewPath ?? '/') : '/'
      if (c.deniedOn === null) {
        expect(outcome).toBeNull()
      } else {
        expect(outcome).toBeInstanceOf(IamError)
        expect((outcome as IamError).code).toBe('AccessDenied')
        expect((outcome as IamError).message).toContain(`perform: ${action} on resource: ${arn(c.kind, sub(c.deniedOn))} because`)
      }
      // Denied: nothing changed; allowed: the entity has its new ARN.
      const entity =
        c.kind === 'user' ? (await getUser(t.root, { UserName: expectedName })).User : (await getGroup(t.root, { GroupName: expectedName })).Group
      expect(entity.Arn).toBe(arn(c.kind, `${expectedPath.slice(1)}${expectedName}`))
    })
  }
})
