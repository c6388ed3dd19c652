// Event history stories: what was done and what was denied, as CloudTrail records it.
import { expect, test } from '@playwright/test'
import { createUserDenied } from './fixtures/create-user-denied'
import { createStoryUser } from './fixtures/credentials'
import { removeUsers } from './fixtures/iam-fixtures'
import { signedInAsIamUser, storyUserPage } from './fixtures/sign-in'

const PASSWORD = 'Events-Story-Passw0rd!'

test.describe('event history', () => {
  test.beforeEach(async () => {
    await removeUsers('dave')
    await createStoryUser('dave', PASSWORD, { managedPolicyArns: ['arn:aws:iam::aws:policy/IAMReadOnlyAccess'] })
  })
  test.afterEach(async () => removeUsers('dave'))

  test('[EVENTS]: dave is denied iam:CreateUser; alice finds the event by his user name, with AccessDenied, his identity and the time; dave may not look', async ({ browser }) => {
    const daveContext = await browser.newContext()
    const aliceContext = await browser.newContext()
    try {
      const dave = await storyUserPage(daveContext, 'dave', PASSWORD)
      const started = new Date()
      await expect(await createUserDenied(dave, 'erin')).toContainText('is not authorized to perform: iam:CreateUser')

      const alice = await aliceContext.newPage()
      await signedInAsIamUser(alice, 'alice')
      await alice.goto('/event-history')
      await alice.getByLabel('User name').fill('dave')
      await alice.getByLabel('Event name').fill('CreateUser')
      // Earlier stories in the same database denied an earlier dave too: only this one's events.
      await alice.getByLabel('Start time').fill(new Date(started.getTime() - 1000).toISOString())
      await alice.getByRole('button', { name: 'Apply filters' }).click()
      const rows = alice.getByRole('table', { name: 'Events' }).getByRole('row').filter({ hasText: 'CreateUser' })
      await expect(rows).toHaveCount(1)
      await expect(rows).toContainText('dave')
      await expect(rows).toContainText('AccessDenied')
      const time = new Date((await rows.locator('time').getAttribute('datetime')) ?? '')
      expect(Math.abs(time.getTime() - started.getTime())).toBeLessThan(60_000)

      await rows.getByText('CreateUser', { exact: true }).click()
      const record = JSON.parse((await rows.locator('pre').textContent()) ?? '') as Record<string, unknown>
      expect(record).toMatchObject({
        eventSource: 'iam.amazonaws.com',
        eventName: 'CreateUser',
        errorCode: 'AccessDenied',
        userIdentity: { type: 'IAMUser', userName: 'dave' },
        requestParameters: { userName: 'erin' },
      })

      // dave's policies (IAMReadOnlyAccess) do not allow cloudtrail:LookupEvents.
      await dave.goto('/event-history')
      await expect(dave.getByRole('alert').filter({ hasText: 'cloudtrail:LookupEvents' })).toContainText('is not authorized to perform: cloudtrail:LookupEvents on resource: *')
    } finally {
      await daveContext.close()
      await aliceContext.close()
    }
  })
})
