// The dashboard's IAM-user recommendations, read from the current credential report:
// users with a console password and no MFA, active keys older than 90 days (and whether
// they were used since), users unused for 90 days; none without a current report; and
// the read is refused like GetCredentialReport itself.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { generateCredentialReport } from '@/lib/iam'
import type { Caller } from '@/lib/iam/caller'
import { userSecurityRecommendations } from '@/lib/console/security-recommendations'
import { createUser } from '@/tests/support/fixtures'
import { setUpEmptyAccount, type EmptyAccountContext } from '../iam/iam-test-setup'

const DAY = 24 * 60 * 60 * 1000
const daysAgo = (n: number) => new Date(Date.now() - n * DAY)

let t: EmptyAccountContext
let nobody: Caller

beforeAll(async () => {
  t = await setUpEmptyAccount()
  const { db, accountId } = t
  // Created long ago, password unused for 100 days, no MFA, a key never used since it was made 200 days ago.
  await createUser(db.prisma, accountId, { name: 'dormant', createdAt: daysAgo(200), passwordLastChangedAt: daysAgo(200), passwordLastUsedAt: daysAgo(100), accessKeys: [{ status: 'Active', createdAt: daysAgo(200) }] })
  // An old key used yesterday (key 2: the inactive one was made first): not rotated, but in use; the user is active.
  const busy = await createUser(db.prisma, accountId, { name: 'busy', createdAt: daysAgo(300), mfa: ['virtual'], accessKeys: [{ status: 'Active', createdAt: daysAgo(120) }, { status: 'Inactive', createdAt: daysAgo(250) }] })
  await db.prisma.accessKey.updateMany({ where: { userId: busy.id, status: 'Active' }, data: { lastUsedAt: daysAgo(1), lastUsedService: 's3', lastUsedRegion: 'us-east-1' } })
  // New, with a password and MFA: nothing to recommend.
  await createUser(db.prisma, accountId, { name: 'fresh', createdAt: daysAgo(10), passwordLastChangedAt: daysAgo(10), mfa: ['virtual'] })
  nobody = t.callerOf(await createUser(db.prisma, accountId, { name: 'nobody', createdAt: daysAgo(5), passwordLastChangedAt: daysAgo(5) }))
})
afterAll(() => t.cleanup())

describe('userSecurityRecommendations', () => {
  test('no current credential report: nothing to read the users from (null)', async () => {
    expect(await userSecurityRecommendations(t.root)).toBeNull()
  })
  test('AccessDenied without iam:GetCredentialReport', async () => {
    await expect(userSecurityRecommendations(nobody)).rejects.toMatchObject({ code: 'AccessDenied' })
  })
  test('from the report: who lacks MFA, which keys are old, who is unused', async () => {
    await generateCredentialReport(t.root, {})
    const found = await userSecurityRecommendations(t.root)
    expect(found?.reportGeneratedTime).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(found?.withoutMfa).toEqual([{ userName: 'dormant' }, { userName: 'nobody' }])
    expect(found?.staleAccessKeys).toEqual([
      { userName: 'busy', detail: 'access key 2 not rotated in 90 days' },
      { userName: 'dormant', detail: 'access key 1 not rotated and unused for 90 days' },
    ])
    expect(found?.unused).toEqual([{ userName: 'dormant' }])
  })
})
