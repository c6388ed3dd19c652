// GenerateCredentialReport and GetCredentialReport, as an auditor reads the downloaded
// CSV: AWS's header, the root row first, each user's credentials with AWS's special
// values, the four-hour rule, AWS's errors, and the gate. Rows are written straight to
// the database (tests/support/fixtures.ts) so the expected values are known to the second.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { generateCredentialReport, getCredentialReport } from '@/lib/iam'
import type { Caller } from '@/lib/iam/caller'
import { createAccount, createUser, rootCaller } from '@/tests/support/fixtures'
import { runCases } from '@/tests/support/iam-case-table'
import type { TestDatabase } from '@/tests/support/test-database'
import { setUpEmptyAccount, type EmptyAccountContext } from './iam-test-setup'

const HEADER =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,' +
  'access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,' +
  'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,' +
  'cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated'

const at = (day: number, hour = 10) => new Date(Date.UTC(2026, 10, day, hour, 0, 0, 123))
const T = (day: number, hour = 10) => `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+00:00`
const NO_CERTS = ['false', 'N/A', 'false', 'N/A']
const NO_KEY = ['false', 'N/A', 'N/A', 'N/A', 'N/A']

let t: EmptyAccountContext
let db: TestDatabase
let accountId: string
let other: string
let root: Caller
let denied: Caller

beforeAll(async () => {
  t = await setUpEmptyAccount()
  ;({ db, accountId, root } = t)
  await db.prisma.account.update({ where: { id: accountId }, data: { createdAt: at(1, 8), rootPasswordLastUsedAt: at(20, 9) } })
  await db.prisma.passwordPolicy.create({
    data: {
      accountId, minimumPasswordLength: 8, requireSymbols: false, requireNumbers: false, requireUppercaseCharacters: false,
      requireLowercaseCharacters: false, allowUsersToChangePassword: true, maxPasswordAge: 90, passwordReusePrevention: null, hardExpiry: false,
    },
  })
  const alice = await createUser(db.prisma, accountId, {
    name: 'alice', path: '/eng/', createdAt: at(2), passwordLastChangedAt: at(3), passwordLastUsedAt: at(21), mfa: ['virtual'],
    accessKeys: [{ status: 'Active', createdAt: at(4) }, { status: 'Inactive', createdAt: at(5) }],
  })
  const [key1] = await db.prisma.accessKey.findMany({ where: { userId: alice.id }, orderBy: { createdAt: 'asc' } })
  await db.prisma.accessKey.update({ where: { id: key1!.id }, data: { lastUsedAt: at(22), lastUsedRegion: 'us-east-1', lastUsedService: 'iam' } })
  await createUser(db.prisma, accountId, { name: 'bob', createdAt: at(6), accessKeys: [{ status: 'Active', createdAt: at(7) }] })
  await createUser(db.prisma, accountId, { name: 'carol', createdAt: at(8), passwordLastChangedAt: at(9) })
  // User names may hold commas ([\w+=,.@-]+): the CSV quotes them.
  const comma = await createUser(db.prisma, accountId, { name: 'd,e', createdAt: at(10) })
  denied = t.callerOf(comma)
  other = (await createAccount(db.prisma)).id
})
afterAll(() => t.cleanup())

async function reportLines(): Promise<string[]> {
  const { Content } = await getCredentialReport(root, {})
  return Buffer.from(Content, 'base64').toString('utf8').trimEnd().split('\n')
}
const rowOf = async (user: string) => (await reportLines()).find((line) => line.startsWith(`${user},`) || line.startsWith(`"${user}",`))
let firstGeneratedTime = ''

describe('before any report', () => {
  runCases([
    {
      name: 'ReportNotPresent, in AWS words',
      call: () => getCredentialReport(root, {}),
      error: { code: 'ReportNotPresent', message: 'The request was rejected because the credential report does not exist. To generate a credential report, use GenerateCredentialReport.' },
    },
    { name: 'AccessDenied: GenerateCredentialReport without iam:GenerateCredentialReport on *', call: () => generateCredentialReport(denied, {}), error: { code: 'AccessDenied', message: /is not authorized to perform: iam:GenerateCredentialReport on resource: \*/ } },
    { name: 'the first Generate starts a report (AWS\'s STARTED answer)', call: () => generateCredentialReport(root, {}), result: { State: 'STARTED', Description: 'No report exists. Starting a new report generation task' } },
    { name: 'AccessDenied: GetCredentialReport without iam:GetCredentialReport on *', call: () => getCredentialReport(denied, {}), error: { code: 'AccessDenied', message: /is not authorized to perform: iam:GetCredentialReport on resource: \*/ } },
    {
      name: 'GetCredentialReport returns Base64 CSV, text/csv and the generation time',
      call: () => getCredentialReport(root, {}),
      result: { ReportFormat: 'text/csv', GeneratedTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) },
      then: (value) => {
        firstGeneratedTime = (value as { GeneratedTime: string }).GeneratedTime
      },
    },
    { name: 'another account has no report of its own', call: () => getCredentialReport(rootCaller(other), {}), error: { code: 'ReportNotPresent' } },
  ])
})

describe('the CSV', () => {
  const cases: { name: string; user: string; row: string[] }[] = [
    {
      name: 'root: not_supported for the password columns, its last sign-in, no MFA, no keys',
      user: '<root_account>',
      row: ['<root_account>', '', T(1, 8), 'not_supported', T(20, 9), 'not_supported', 'not_supported', 'false', ...NO_KEY, ...NO_KEY, ...NO_CERTS],
    },
    {
      name: 'alice: password (next rotation = last change + MaxPasswordAge 90 days), MFA, a used active key and an inactive one',
      user: 'alice',
      row: ['alice', '', T(2), 'true', T(21), T(3), '2027-02-01T10:00:00+00:00', 'true', 'true', T(4), T(22), 'us-east-1', 'iam', 'false', T(5), 'N/A', 'N/A', 'N/A', ...NO_CERTS],
    },
    {
      name: 'bob: no password (N/A), an active key never used (N/A)',
      user: 'bob',
      row: ['bob', '', T(6), 'false', 'N/A', 'N/A', 'N/A', 'false', 'true', T(7), 'N/A', 'N/A', 'N/A', ...NO_KEY, ...NO_CERTS],
    },
    {
      name: 'carol: a password never used (no_information)',
      user: 'carol',
      row: ['carol', '', T(8), 'true', 'no_information', T(9), '2027-02-07T10:00:00+00:00', 'false', ...NO_KEY, ...NO_KEY, ...NO_CERTS],
    },
  ]
  test('the header line is exactly AWS\'s, and <root_account> is the first row', async () => {
    const lines = await reportLines()
    expect(lines[0]).toBe(HEADER)
    expect(lines[1]!.startsWith('<root_account>,')).toBe(true)
    expect(lines).toHaveLength(6)
  })
  for (const c of cases) {
    test(c.name, async () => {
      const arn = c.user === '<root_account>' ? `arn:aws:iam::${accountId}:root` : c.user === 'alice' ? `arn:aws:iam::${accountId}:user/eng/alice` : `arn:aws:iam::${accountId}:user/${c.user}`
      const expected = [...c.row]
      expected[1] = arn
      expect(expected).toHaveLength(22)
      expect(await rowOf(c.user)).toBe(expected.join(','))
    })
  }
  test('a name with a comma is quoted, and so is its ARN', async () => {
    expect(await rowOf('d,e')).toBe(`"d,e","arn:aws:iam::${accountId}:user/d,e",${T(10)},false,N/A,N/A,N/A,false,${NO_KEY.join(',')},${NO_KEY.join(',')},${NO_CERTS.join(',')}`)
  })
})

describe('the four-hour rule', () => {
  test('a second Generate within four hours keeps the report: COMPLETE, same time, same content', async () => {
    const before = await getCredentialReport(root, {})
    await createUser(db.prisma, accountId, { name: 'erin' })
    expect(await generateCredentialReport(root, {})).toEqual({ State: 'COMPLETE' })
    const after = await getCredentialReport(root, {})
    expect(after.GeneratedTime).toBe(firstGeneratedTime)
    expect(after.Content).toBe(before.Content)
    expect(await rowOf('erin')).toBeUndefined()
  })
  test('after four hours the report has expired (ReportExpired), and Generate makes a new one', async () => {
    const fourHoursAgo = new Date(Date.now() - 4 * 60 * 60 * 1000 - 1000)
    await db.prisma.credentialReport.updateMany({ where: { accountId }, data: { generatedAt: fourHoursAgo } })
    const expired = await getCredentialReport(root, {}).then(() => null, (e: { code: string; message: string }) => e)
    expect(expired?.code).toBe('ReportExpired')
    expect(expired?.message).toBe(
      'The request was rejected because the most recent credential report has expired. To generate a new credential report, use GenerateCredentialReport. For more information about credential report expiration, see Getting credential reports in the IAM User Guide.',
    )
    // Two calls at once (two server processes, or two clicks) make one new report between them.
    const states = await Promise.all([generateCredentialReport(root, {}), generateCredentialReport(root, {})])
    expect(states.map((s) => s.State).sort()).toEqual(['COMPLETE', 'STARTED'])
    const renewed = await getCredentialReport(root, {})
    expect(new Date(renewed.GeneratedTime).getTime()).toBeGreaterThan(fourHoursAgo.getTime() + 4 * 60 * 60 * 1000)
    expect(await rowOf('erin')).toMatch(/^erin,/)
    // Only the newest report is kept for the account.
    expect(await db.prisma.credentialReport.count({ where: { accountId } })).toBe(1)
  })
})
