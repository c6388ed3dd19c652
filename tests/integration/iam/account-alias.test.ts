// CreateAccountAlias, DeleteAccountAlias and ListAccountAliases as AWS answers them: the
// alias rules in the API Reference's words, one alias per account (a new one replaces the
// old), unique across every account of the deployment, a delete that names the alias, the
// list's paging, the gate, and each call's event. Sign-in by alias follows at once.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createAccountAlias, createLoginProfile, deleteAccountAlias, listAccountAliases } from '@/lib/iam'
import type { Caller } from '@/lib/iam/caller'
import { SIGN_IN_FAILED_MESSAGE, signInToConsole } from '@/lib/auth/sign-in'
import { createAccount, createUser, rootCaller } from '@/tests/support/fixtures'
import { runCases } from '@/tests/support/iam-case-table'
import { testDatabaseKind } from '@/tests/support/test-database'
import { setUpEmptyAccount, type EmptyAccountContext } from './iam-test-setup'

const PATTERN = '^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$'
const invalid = (value: string, constraint: string) =>
  `1 validation error detected: Value '${value}' at 'accountAlias' failed to satisfy constraint: ${constraint}`

let t: EmptyAccountContext
let root: Caller
let otherRoot: Caller
let denied: Caller
const aliasOf = async (accountId: string) => (await t.db.prisma.account.findUniqueOrThrow({ where: { id: accountId } })).alias
const lastEvent = async (eventName: string) =>
  t.db.prisma.auditEvent.findFirst({ where: { accountId: t.accountId, eventName }, orderBy: [{ eventTime: 'desc' }, { id: 'desc' }] })

beforeAll(async () => {
  t = await setUpEmptyAccount()
  root = t.root
  otherRoot = rootCaller((await createAccount(t.db.prisma, { alias: 'other-school' })).id)
  denied = t.callerOf(await createUser(t.db.prisma, t.accountId, { name: 'no-policies' }))
})
afterAll(() => t.cleanup())

describe(`the alias rules (${testDatabaseKind()})`, () => {
  const cases: { name: string; alias: string; constraint: string }[] = [
    { name: 'two characters are too short', alias: 'ab', constraint: 'Member must have length greater than or equal to 3' },
    { name: '64 characters are too long', alias: 'a'.repeat(64), constraint: 'Member must have length less than or equal to 63' },
    { name: 'upper-case letters', alias: 'Classroom-7', constraint: `Member must satisfy regular expression pattern: ${PATTERN}` },
    { name: 'a leading hyphen', alias: '-classroom', constraint: `Member must satisfy regular expression pattern: ${PATTERN}` },
    { name: 'a trailing hyphen', alias: 'classroom-', constraint: `Member must satisfy regular expression pattern: ${PATTERN}` },
    { name: 'two hyphens in a row', alias: 'class--room', constraint: `Member must satisfy regular expression pattern: ${PATTERN}` },
    { name: 'an underscore', alias: 'class_room', constraint: `Member must satisfy regular expression pattern: ${PATTERN}` },
    { name: 'a dot', alias: 'class.room', constraint: `Member must satisfy regular expression pattern: ${PATTERN}` },
  ]
  runCases([
    ...cases.map((c) => ({
      name: `CreateAccountAlias refuses ${c.name}`,
      call: () => createAccountAlias(root, { AccountAlias: c.alias }),
      error: { code: 'ValidationError', message: invalid(c.alias, c.constraint), field: 'AccountAlias' },
    })),
    { name: 'DeleteAccountAlias applies the same rules', call: () => deleteAccountAlias(root, { AccountAlias: 'A_B' }), error: { code: 'ValidationError', message: invalid('A_B', `Member must satisfy regular expression pattern: ${PATTERN}`) } },
    { name: 'AccountAlias is required', call: () => createAccountAlias(root, {} as never), error: { code: 'ValidationError', message: /at 'accountAlias' failed to satisfy constraint: Member must not be null/ } },
    { name: 'none of them changed the alias', call: () => aliasOf(t.accountId), result: undefined, then: (alias) => expect(alias).toBeNull() },
    { name: 'three characters, 63 characters, digits and single hyphens are accepted', call: async () => {
      for (const alias of ['abc', `a${'-b'.repeat(31)}`, '7-7', 'a'.repeat(63)]) await createAccountAlias(root, { AccountAlias: alias })
      return aliasOf(t.accountId)
    }, then: (alias) => expect(alias).toBe('a'.repeat(63)) },
  ])
})

describe(`one alias per account, unique across accounts (${testDatabaseKind()})`, () => {
  runCases([
    { name: 'CreateAccountAlias answers an empty result', call: () => createAccountAlias(root, { AccountAlias: 'classroom-6' }), result: {} },
    { name: 'ListAccountAliases lists it', call: () => listAccountAliases(root, {}), result: { AccountAliases: ['classroom-6'], IsTruncated: false } },
    { name: 'a second alias replaces the first (no LimitExceeded: AWS overwrites)', call: () => createAccountAlias(root, { AccountAlias: 'classroom-7' }), then: async () => {
      expect(await aliasOf(t.accountId)).toBe('classroom-7')
      expect(await listAccountAliases(root, {})).toEqual({ AccountAliases: ['classroom-7'], IsTruncated: false })
    } },
    { name: 'another account\'s alias is EntityAlreadyExists, in AWS words', call: () => createAccountAlias(root, { AccountAlias: 'other-school' }),
      error: { code: 'EntityAlreadyExists', message: 'The account alias other-school already exists.', field: 'AccountAlias' },
      then: async () => expect(await aliasOf(t.accountId)).toBe('classroom-7') },
    { name: 'the account\'s own alias again is EntityAlreadyExists too (the name is taken)', call: () => createAccountAlias(root, { AccountAlias: 'classroom-7' }),
      error: { code: 'EntityAlreadyExists', message: 'The account alias classroom-7 already exists.' } },
    { name: 'the other account cannot take this account\'s alias', call: () => createAccountAlias(otherRoot, { AccountAlias: 'classroom-7' }), error: { code: 'EntityAlreadyExists' } },
    { name: 'the other account lists only its own alias', call: () => listAccountAliases(otherRoot, {}), result: { AccountAliases: ['other-school'], IsTruncated: false } },
    { name: 'an alias given up is free for another account', call: async () => {
      await createAccountAlias(root, { AccountAlias: 'classroom-8' })
      await createAccountAlias(otherRoot, { AccountAlias: 'classroom-7' })
      return listAccountAliases(otherRoot, {})
    }, result: { AccountAliases: ['classroom-7'] } },
  ])
})

describe(`DeleteAccountAlias (${testDatabaseKind()})`, () => {
  runCases([
    { name: 'a name that is not the alias is NoSuchEntity, and the alias stays', call: () => deleteAccountAlias(root, { AccountAlias: 'classroom-6' }),
      error: { code: 'NoSuchEntity', message: 'The account alias classroom-6 cannot be found.', field: 'AccountAlias' },
      then: async () => expect(await aliasOf(t.accountId)).toBe('classroom-8') },
    { name: 'another account\'s alias is NoSuchEntity, and that account keeps it', call: () => deleteAccountAlias(root, { AccountAlias: 'classroom-7' }),
      error: { code: 'NoSuchEntity' }, then: async () => expect(await aliasOf(otherRoot.accountId)).toBe('classroom-7') },
    { name: 'the alias itself is deleted', call: () => deleteAccountAlias(root, { AccountAlias: 'classroom-8' }), result: {}, then: async () => expect(await aliasOf(t.accountId)).toBeNull() },
    { name: 'no alias: ListAccountAliases is an empty list', call: () => listAccountAliases(root, {}), result: { AccountAliases: [], IsTruncated: false } },
    { name: 'no alias: deleting one is NoSuchEntity', call: () => deleteAccountAlias(root, { AccountAlias: 'classroom-8' }), error: { code: 'NoSuchEntity' } },
  ])
})

describe(`ListAccountAliases paging (${testDatabaseKind()})`, () => {
  beforeAll(async () => {
    await createAccountAlias(root, { AccountAlias: 'paged' })
  })
  runCases([
    { name: 'MaxItems 1 holds the one alias, not truncated', call: () => listAccountAliases(root, { MaxItems: 1 }), result: { AccountAliases: ['paged'], IsTruncated: false } },
    { name: 'a Marker past the alias is an empty page', call: () => listAccountAliases(root, { Marker: Buffer.from('1').toString('base64url') }), result: { AccountAliases: [], IsTruncated: false } },
    { name: 'MaxItems 0 is a ValidationError', call: () => listAccountAliases(root, { MaxItems: 0 }), error: { code: 'ValidationError', message: /at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1/ } },
    { name: 'MaxItems 1001 is a ValidationError', call: () => listAccountAliases(root, { MaxItems: 1001 }), error: { code: 'ValidationError', message: /Member must have value less than or equal to 1000/ } },
    { name: 'an empty Marker is a ValidationError', call: () => listAccountAliases(root, { Marker: '' }), error: { code: 'ValidationError', message: /at 'marker'/ } },
  ])
})

describe(`the gate and the event history (${testDatabaseKind()})`, () => {
  runCases([
    { name: 'CreateAccountAlias without iam:CreateAccountAlias on * is AccessDenied, nothing changed', call: () => createAccountAlias(denied, { AccountAlias: 'taken-over' }),
      error: { code: 'AccessDenied', message: /is not authorized to perform: iam:CreateAccountAlias on resource: \*/ }, then: async () => expect(await aliasOf(t.accountId)).toBe('paged') },
    { name: 'DeleteAccountAlias without iam:DeleteAccountAlias is AccessDenied, nothing changed', call: () => deleteAccountAlias(denied, { AccountAlias: 'paged' }),
      error: { code: 'AccessDenied', message: /iam:DeleteAccountAlias on resource: \*/ }, then: async () => expect(await aliasOf(t.accountId)).toBe('paged') },
    { name: 'ListAccountAliases without iam:ListAccountAliases is AccessDenied', call: () => listAccountAliases(denied, {}), error: { code: 'AccessDenied', message: /iam:ListAccountAliases on resource: \*/ } },
    { name: 'the refused CreateAccountAlias is in the event history with its error (CloudTrail\'s camelCase parameters)', call: () => lastEvent('CreateAccountAlias'), then: (event) => {
      expect(event).toMatchObject({ errorCode: 'AccessDenied', readOnly: false, eventSource: 'iam.amazonaws.com', userName: 'no-policies' })
      expect(JSON.parse((event as { requestParameters: string }).requestParameters)).toEqual({ accountAlias: 'taken-over' })
    } },
    { name: 'a CreateAccountAlias that changed the alias is recorded as a write with no error', call: async () => {
      await createAccountAlias(root, { AccountAlias: 'recorded' })
      return lastEvent('CreateAccountAlias')
    }, then: (event) => {
      expect(event).toMatchObject({ errorCode: null, readOnly: false })
      expect(JSON.parse((event as { requestParameters: string }).requestParameters)).toEqual({ accountAlias: 'recorded' })
    } },
    { name: 'DeleteAccountAlias is recorded', call: async () => {
      await deleteAccountAlias(root, { AccountAlias: 'recorded' })
      return lastEvent('DeleteAccountAlias')
    }, then: (event) => expect(event).toMatchObject({ errorCode: null, readOnly: false }) },
    { name: 'ListAccountAliases is recorded as a read', call: async () => {
      await listAccountAliases(root, {})
      return lastEvent('ListAccountAliases')
    }, then: (event) => expect(event).toMatchObject({ errorCode: null, readOnly: true }) },
  ])
})

describe(`sign-in follows the alias at once (${testDatabaseKind()})`, () => {
  const PASSWORD = 'Alias-sign-in-1!'
  const signIn = (account: string) => signInToConsole(t.db.prisma, { kind: 'iam-user', account, userName: 'bob', password: PASSWORD }, { sourceIp: '198.51.100.7' })
  beforeAll(async () => {
    await createUser(t.db.prisma, t.accountId, { name: 'bob' })
    await createLoginProfile(root, { UserName: 'bob', Password: PASSWORD })
    await createAccountAlias(root, { AccountAlias: 'before-change' })
  })
  runCases([
    { name: 'bob signs in with the alias', call: () => signIn('before-change'), result: { ok: true } },
    { name: 'after a new alias, bob signs in with it (in any letter case, as AWS\'s sign-in page takes it)', call: async () => {
      await createAccountAlias(root, { AccountAlias: 'after-change' })
      return signIn('After-Change')
    }, result: { ok: true } },
    { name: 'the old alias is refused with AWS\'s sign-in message', call: () => signIn('before-change'), result: { ok: false, message: SIGN_IN_FAILED_MESSAGE } },
    { name: 'after DeleteAccountAlias only the account ID signs in', call: async () => {
      await deleteAccountAlias(root, { AccountAlias: 'after-change' })
      return [await signIn('after-change'), await signIn(t.accountId)]
    }, result: [{ ok: false, message: SIGN_IN_FAILED_MESSAGE }, { ok: true }] },
  ])
})

describe(`two accounts asking for one free name at once (${testDatabaseKind()})`, () => {
  test('one gets it; the other is EntityAlreadyExists in AWS words and keeps its alias', async () => {
    const before = { [t.accountId]: await aliasOf(t.accountId), [otherRoot.accountId]: await aliasOf(otherRoot.accountId) }
    const settled = await Promise.allSettled([createAccountAlias(root, { AccountAlias: 'contested' }), createAccountAlias(otherRoot, { AccountAlias: 'contested' })])
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1)
    const lost = settled.findIndex((s) => s.status === 'rejected')
    expect((settled[lost] as PromiseRejectedResult).reason).toMatchObject({ code: 'EntityAlreadyExists', message: 'The account alias contested already exists.' })
    const loser = [root, otherRoot][lost]!.accountId
    expect(await aliasOf(loser)).toBe(before[loser])
    expect(await t.db.prisma.account.count({ where: { alias: 'contested' } })).toBe(1)
  })
})
