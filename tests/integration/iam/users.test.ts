import { afterAll, beforeAll, describe, expect } from 'vitest'
import {
  addUserToGroup, attachUserPolicy, createAccessKey, createGroup, createLoginProfile, createUser, deleteLoginProfile, deleteUser,
  deleteUserPermissionsBoundary, deleteUserPolicy, detachUserPolicy, getLoginProfile, getUser, listAttachedUserPolicies,
  listGroupsForUser, listUserTags, putUserPermissionsBoundary, putUserPolicy, removeUserFromGroup, tagUser, untagUser,
  updateLoginProfile, updateUser,
} from '@/lib/iam'
import { deleteUserWithDependents } from '@/lib/console/delete-user'
import { verifyPassword } from '@/lib/credentials/password-hash'
import { runCases } from '@/tests/support/iam-case-table'
import { doc, setUpIamTest, type IamTestContext } from './iam-test-setup'

let t: IamTestContext
beforeAll(async () => {
  t = await setUpIamTest()
})
afterAll(() => t.cleanup())
const root = () => t.root
const AWS = (name: string) => `arn:aws:iam::aws:policy/${name}`
const nameError = (value: string, at = 'userName') =>
  `1 validation error detected: Value '${value}' at '${at}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`

describe('CreateUser', () => {
  runCases([
    {
      name: 'creates a user with a path, tags and a boundary, with an AIDA id and an ARN with the path',
      call: () => createUser(root(), { UserName: 'dave', Path: '/engineering/', Tags: [{ Key: 'team', Value: 'blue' }], PermissionsBoundary: AWS('IAMReadOnlyAccess') }),
      result: {
        User: {
          UserName: 'dave', Path: '/engineering/', UserId: expect.stringMatching(/^AIDA[A-Z2-7]{17}$/),
          Tags: [{ Key: 'team', Value: 'blue' }],
          PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: AWS('IAMReadOnlyAccess') },
        },
      },
      then: async () => {
        const { User } = await getUser(root(), { UserName: 'dave' })
        expect(User.Arn).toBe(`arn:aws:iam::${t.accountId}:user/engineering/dave`)
        expect(User.CreateDate).toMatch(/^\d{4}-\d\d-\d\dT/)
      },
    },
    { name: 'EntityAlreadyExists: names are unique regardless of case', call: () => createUser(root(), { UserName: 'DAVE' }), error: { code: 'EntityAlreadyExists', message: 'User with name DAVE already exists.', field: 'UserName' } },
    { name: 'ValidationError: a space in the name', call: () => createUser(root(), { UserName: 'da ve' }), error: { code: 'ValidationError', message: nameError('da ve'), field: 'UserName' } },
    { name: 'ValidationError: 65 characters', call: () => createUser(root(), { UserName: 'a'.repeat(65) }), error: { code: 'ValidationError', message: /Member must have length less than or equal to 64/ } },
    { name: 'accepts 64 characters of [\\w+=,.@-]', call: () => createUser(root(), { UserName: `${'a'.repeat(58)}+=,.@-` }), result: { User: { Path: '/' } } },
    { name: 'ValidationError: a path without the trailing slash', call: () => createUser(root(), { UserName: 'p1', Path: '/eng' }), error: { code: 'ValidationError', field: 'Path', message: /regular expression pattern: \(\\u002F\)\|/ } },
    { name: 'ValidationError: a tag key with the reserved aws: prefix', call: () => createUser(root(), { UserName: 't1', Tags: [{ Key: 'aws:team', Value: 'x' }] }), error: { code: 'ValidationError', field: 'Tags' } },
    { name: 'ValidationError: a tag value of 257 characters', call: () => createUser(root(), { UserName: 't2', Tags: [{ Key: 'k', Value: 'v'.repeat(257) }] }), error: { code: 'ValidationError', message: /at 'tags.1.value'.*less than or equal to 256/ } },
    { name: 'ValidationError: 51 tags', call: () => createUser(root(), { UserName: 't3', Tags: Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: '' })) }), error: { code: 'ValidationError', field: 'Tags' } },
    { name: 'InvalidInput: the same tag key twice', call: () => createUser(root(), { UserName: 't4', Tags: [{ Key: 'Team', Value: 'a' }, { Key: 'team', Value: 'b' }] }), error: { code: 'InvalidInput', field: 'Tags' } },
    { name: 'NoSuchEntity: a boundary policy that does not exist', call: () => createUser(root(), { UserName: 'b1', PermissionsBoundary: AWS('NoSuchPolicy') }), error: { code: 'NoSuchEntity', field: 'PermissionsBoundary' } },
    {
      name: 'LimitExceeded: the 5,001st user of an account',
      call: async () => {
        const existing = await t.db.prisma.user.count({ where: { accountId: t.accountId } })
        await t.db.prisma.user.createMany({
          data: Array.from({ length: 5000 - existing }, (_, i) => ({
            id: `AIDAFILLER${String(i).padStart(11, '0')}`, accountId: t.accountId, name: `filler${i}`, nameKey: `filler${i}`, arn: `arn:aws:iam::${t.accountId}:user/filler${i}`,
          })),
        })
        return createUser(root(), { UserName: 'one-too-many' })
      },
      error: { code: 'LimitExceeded', message: 'Cannot exceed quota for UsersPerAccount: 5000' },
      then: async () => {
        await t.db.prisma.user.deleteMany({ where: { name: { startsWith: 'filler' } } })
      },
    },
  ])
})

describe('GetUser, UpdateUser, tags', () => {
  runCases([
    { name: 'GetUser: NoSuchEntity with AWS wording', call: () => getUser(root(), { UserName: 'nobody' }), error: { code: 'NoSuchEntity', message: 'The user with name nobody cannot be found.' } },
    { name: 'GetUser without a name as root: ValidationError', call: () => getUser(root(), {}), error: { code: 'ValidationError' } },
    { name: 'GetUser without a name as a user: itself', call: async () => getUser(await t.asUser('alice'), {}), result: { User: { UserName: 'alice' } } },
    {
      name: 'UpdateUser renames and moves; the ARN follows',
      call: () => updateUser(root(), { UserName: 'dave', NewUserName: 'david', NewPath: '/ops/' }),
      then: async () => {
        expect((await getUser(root(), { UserName: 'david' })).User.Arn).toBe(`arn:aws:iam::${t.accountId}:user/ops/david`)
      },
    },
    { name: 'UpdateUser: EntityAlreadyExists for a taken name', call: () => updateUser(root(), { UserName: 'david', NewUserName: 'Bob' }), error: { code: 'EntityAlreadyExists' } },
    { name: 'TagUser adds and replaces', call: () => tagUser(root(), { UserName: 'david', Tags: [{ Key: 'team', Value: 'red' }, { Key: 'env', Value: 'prod' }] }) },
    { name: 'ListUserTags, sorted by key', call: () => listUserTags(root(), { UserName: 'david' }), result: { Tags: [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'red' }], IsTruncated: false } },
    { name: 'UntagUser removes', call: () => untagUser(root(), { UserName: 'david', TagKeys: ['env'] }), then: async () => {
      expect((await listUserTags(root(), { UserName: 'david' })).Tags).toEqual([{ Key: 'team', Value: 'red' }])
    } },
    {
      name: 'TagUser: LimitExceeded past 50 tags',
      call: () => tagUser(root(), { UserName: 'david', Tags: Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) }),
      error: { code: 'LimitExceeded', message: 'The number of tags has reached the maximum limit.' },
    },
    { name: 'DeleteUserPermissionsBoundary', call: () => deleteUserPermissionsBoundary(root(), { UserName: 'david' }), then: async () => {
      expect((await getUser(root(), { UserName: 'david' })).User.PermissionsBoundary).toBeUndefined()
    } },
    { name: 'PutUserPermissionsBoundary', call: () => putUserPermissionsBoundary(root(), { UserName: 'david', PermissionsBoundary: AWS('PowerUserAccess') }), then: async () => {
      expect((await getUser(root(), { UserName: 'david' })).User.PermissionsBoundary?.PermissionsBoundaryArn).toBe(AWS('PowerUserAccess'))
    } },
  ])
})

describe('groups of a user and attached policies', () => {
  runCases([
    { name: 'ListGroupsForUser', call: () => listGroupsForUser(root(), { UserName: 'alice' }), result: { Groups: [{ GroupName: 'Admins' }] } },
    {
      name: 'AddUserToGroup: LimitExceeded at the 11th group',
      call: async () => {
        for (let i = 1; i <= 10; i++) {
          await createGroup(root(), { GroupName: `g${i}` })
          await addUserToGroup(root(), { GroupName: `g${i}`, UserName: 'david' })
        }
        await createGroup(root(), { GroupName: 'g11' })
        return addUserToGroup(root(), { GroupName: 'g11', UserName: 'david' })
      },
      error: { code: 'LimitExceeded', message: 'Cannot exceed quota for GroupsPerUser: 10' },
    },
    { name: 'AttachUserPolicy twice is one attachment', call: async () => {
      await attachUserPolicy(root(), { UserName: 'david', PolicyArn: AWS('ReadOnlyAccess') })
      return attachUserPolicy(root(), { UserName: 'david', PolicyArn: AWS('ReadOnlyAccess') })
    }, then: async () => {
      expect((await listAttachedUserPolicies(root(), { UserName: 'david' })).AttachedPolicies).toEqual([{ PolicyName: 'ReadOnlyAccess', PolicyArn: AWS('ReadOnlyAccess') }])
    } },
    { name: 'AttachUserPolicy: NoSuchEntity for an unknown policy', call: () => attachUserPolicy(root(), { UserName: 'david', PolicyArn: AWS('Nope') }), error: { code: 'NoSuchEntity', message: `Policy ${AWS('Nope')} does not exist or is not attachable.` } },
    {
      name: 'AttachUserPolicy: LimitExceeded at the 11th policy',
      call: async () => {
        const names = (await t.db.prisma.managedPolicy.findMany({ where: { accountId: null, name: { not: 'ReadOnlyAccess' } }, take: 10, orderBy: { name: 'asc' } })).map((p) => p.arn)
        for (const arn of names.slice(0, 9)) await attachUserPolicy(root(), { UserName: 'david', PolicyArn: arn })
        return attachUserPolicy(root(), { UserName: 'david', PolicyArn: names[9]! })
      },
      error: { code: 'LimitExceeded', message: 'Cannot exceed quota for PoliciesPerUser: 10' },
    },
    { name: 'DetachUserPolicy: NoSuchEntity when not attached', call: () => detachUserPolicy(root(), { UserName: 'alice', PolicyArn: AWS('ReadOnlyAccess') }), error: { code: 'NoSuchEntity' } },
  ])
})

describe('login profile', () => {
  runCases([
    { name: 'CreateLoginProfile stores a hash, never the password', call: () => createLoginProfile(root(), { UserName: 'david', Password: 'Correct-horse-1', PasswordResetRequired: true }), result: { LoginProfile: { UserName: 'david', PasswordResetRequired: true } }, then: async () => {
      const user = await t.db.prisma.user.findFirstOrThrow({ where: { name: 'david' }, include: { loginProfile: true } })
      expect(user.loginProfile!.passwordHash).not.toContain('Correct-horse-1')
      expect(await verifyPassword('Correct-horse-1', user.loginProfile!.passwordHash)).toBe(true)
      const event = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { eventName: 'CreateLoginProfile' } })
      expect(event.requestParameters).not.toContain('Correct-horse-1')
    } },
    { name: 'CreateLoginProfile: EntityAlreadyExists', call: () => createLoginProfile(root(), { UserName: 'david', Password: 'Another-pass-2' }), error: { code: 'EntityAlreadyExists', message: 'Login Profile for user david already exists.' } },
    { name: 'UpdateLoginProfile changes the password', call: () => updateLoginProfile(root(), { UserName: 'david', Password: 'New-password-3', PasswordResetRequired: false }), then: async () => {
      expect((await getLoginProfile(root(), { UserName: 'david' })).LoginProfile.PasswordResetRequired).toBe(false)
    } },
    { name: 'DeleteLoginProfile', call: () => deleteLoginProfile(root(), { UserName: 'david' }) },
    { name: 'GetLoginProfile: NoSuchEntity after delete', call: () => getLoginProfile(root(), { UserName: 'david' }), error: { code: 'NoSuchEntity', message: 'Login Profile for User david cannot be found.' } },
  ])
})

describe('DeleteUser refuses while dependents remain (AWS order)', () => {
  runCases([
    { name: 'a console password', call: async () => {
      await createUser(root(), { UserName: 'erin' })
      await createLoginProfile(root(), { UserName: 'erin', Password: 'Erin-password-1' })
      return deleteUser(root(), { UserName: 'erin' })
    }, error: { code: 'DeleteConflict', message: 'Cannot delete entity, must delete login profile first.' } },
    { name: 'an inline policy', call: async () => {
      await deleteLoginProfile(root(), { UserName: 'erin' })
      await putUserPolicy(root(), { UserName: 'erin', PolicyName: 'p', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }) })
      return deleteUser(root(), { UserName: 'erin' })
    }, error: { code: 'DeleteConflict', message: 'Cannot delete entity, must delete policies first.' } },
    { name: 'an attached policy', call: async () => {
      await deleteUserPolicy(root(), { UserName: 'erin', PolicyName: 'p' })
      await attachUserPolicy(root(), { UserName: 'erin', PolicyArn: AWS('ReadOnlyAccess') })
      return deleteUser(root(), { UserName: 'erin' })
    }, error: { code: 'DeleteConflict', message: 'Cannot delete entity, must detach all policies first.' } },
    { name: 'a group membership', call: async () => {
      await detachUserPolicy(root(), { UserName: 'erin', PolicyArn: AWS('ReadOnlyAccess') })
      await addUserToGroup(root(), { GroupName: 'Developers', UserName: 'erin' })
      return deleteUser(root(), { UserName: 'erin' })
    }, error: { code: 'DeleteConflict', message: 'Cannot delete entity, must remove users from group first.' } },
    { name: 'deletes once nothing is left', call: async () => {
      await removeUserFromGroup(root(), { GroupName: 'Developers', UserName: 'erin' })
      return deleteUser(root(), { UserName: 'erin' })
    }, then: async () => {
      expect(await t.db.prisma.user.count({ where: { name: 'erin' } })).toBe(0)
    } },
    { name: 'NoSuchEntity after delete', call: () => deleteUser(root(), { UserName: 'erin' }), error: { code: 'NoSuchEntity' } },
  ])
})

describe('the console\'s "Delete user" removes dependents in AWS\'s order', () => {
  runCases([
    {
      name: 'access keys, password, inline policies, attached policies, groups, then the user',
      call: async () => {
        await createUser(root(), { UserName: 'frank', Tags: [{ Key: 'k', Value: 'v' }] })
        await createAccessKey(root(), { UserName: 'frank' })
        await createLoginProfile(root(), { UserName: 'frank', Password: 'Frank-password-1' })
        await putUserPolicy(root(), { UserName: 'frank', PolicyName: 'inline', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }) })
        await attachUserPolicy(root(), { UserName: 'frank', PolicyArn: AWS('ReadOnlyAccess') })
        await addUserToGroup(root(), { GroupName: 'Auditors', UserName: 'frank' })
        await putUserPermissionsBoundary(root(), { UserName: 'frank', PermissionsBoundary: AWS('ReadOnlyAccess') })
        return deleteUserWithDependents(root(), { UserName: 'frank' })
      },
      result: { steps: [
        { label: expect.stringMatching(/^Delete access key AKIA[A-Z2-7]{16}$/), status: 'done' },
        { label: 'Delete console password', status: 'done' },
        { label: 'Delete inline policy inline', status: 'done' },
        { label: 'Detach policy ReadOnlyAccess', status: 'done' },
        { label: 'Remove from group Auditors', status: 'done' },
        { label: 'Delete user', status: 'done' },
      ] },
      then: async () => {
        expect(await t.db.prisma.user.count({ where: { name: 'frank' } })).toBe(0)
      },
    },
    {
      name: 'a principal allowed to read but not to delete is refused its first step before anything is removed',
      call: async () => {
        await createUser(root(), { UserName: 'gina' })
        await createLoginProfile(root(), { UserName: 'gina', Password: 'Gina-password-1' })
        return deleteUserWithDependents(await t.asUser('carol'), { UserName: 'gina' }) // Auditors: read-only
      },
      error: { code: 'AccessDenied', message: /iam:DeleteLoginProfile on resource: arn:aws:iam::\d{12}:user\/gina because no identity-based policy allows/ },
      then: async () => {
        expect(await t.db.prisma.loginProfile.count({ where: { user: { name: 'gina' } } })).toBe(1)
      },
    },
  ])
})

describe('two creates racing for one name', () => {
  runCases([
    {
      name: 'one wins, the other gets EntityAlreadyExists (not a ServiceFailure)',
      call: async () => {
        const results = await Promise.allSettled([createUser(root(), { UserName: 'racer' }), createUser(root(), { UserName: 'RACER' })])
        const failures = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as { code: string })
        return { created: results.filter((r) => r.status === 'fulfilled').length, codes: failures.map((f) => f.code) }
      },
      result: { created: 1, codes: ['EntityAlreadyExists'] },
    },
  ])
})
