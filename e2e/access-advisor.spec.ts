// Access Advisor story: a user's IAM call shows on his Access Advisor tab as IAM last
// accessed today, by him, while another service his policies allow is not accessed.
// Not dave: the event history story counts dave's refused CreateUser events, and events
// outlive a story within a run.
import { expect, test } from '@playwright/test'
import { createUserDenied } from './fixtures/create-user-denied'
import { createStoryUser } from './fixtures/credentials'
import { removeUsers } from './fixtures/iam-fixtures'
import { signedInAsIamUser, storyUserPage } from './fixtures/sign-in'

const PASSWORD = 'Advisor-Story-Passw0rd!'

test.describe('access advisor', () => {
  test.beforeEach(async () => {
    await removeUsers('oscar')
    await createStoryUser('oscar', PASSWORD, { managedPolicyArns: ['arn:aws:iam::aws:policy/IAMReadOnlyAccess', 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'] })
  })
  test.afterEach(async () => removeUsers('oscar'))

  test("[ACCESS ADVISOR]: oscar makes an IAM call; alice opens his Access Advisor tab and sees IAM accessed today by oscar, and S3 not accessed in the tracking period", async ({ browser }) => {
    const oscarContext = await browser.newContext()
    const aliceContext = await browser.newContext()
    try {
      const oscar = await storyUserPage(oscarContext, 'oscar', PASSWORD)
      await oscar.goto('/users/oscar')
      await expect(oscar.getByRole('heading', { name: 'oscar', level: 1 })).toBeVisible()
      // A refused call is an attempt too.
      await expect(await createUserDenied(oscar, 'erin')).toContainText('is not authorized to perform: iam:CreateUser')

      const alice = await aliceContext.newPage()
      await signedInAsIamUser(alice, 'alice')
      await alice.goto('/users/oscar')
      await alice.getByRole('link', { name: 'Access Advisor' }).click()
      const services = alice.getByRole('table', { name: 'Allowed services' })
      const iamRow = services.getByRole('row').filter({ hasText: 'AWS Identity and Access Management (IAM)' })
      await expect(iamRow).toContainText('IAMReadOnlyAccess')
      await expect(iamRow).toContainText('Today')
      await expect(iamRow).toContainText('by oscar')
      const s3Row = services.getByRole('row').filter({ has: alice.getByRole('cell', { name: 'Amazon S3', exact: true }) })
      await expect(s3Row).toContainText('AmazonS3ReadOnlyAccess')
      await expect(s3Row).toContainText('Not accessed in the tracking period')

      // IAM's actions one click away: his GetUser calls, not the CreateUser he may not make.
      await iamRow.getByText(/^Actions \(\d+\)$/).click()
      const actions = alice.getByRole('table', { name: 'AWS Identity and Access Management (IAM) actions last accessed' })
      const action = (name: string) => actions.getByRole('row').filter({ has: alice.getByRole('cell', { name, exact: true }) })
      await expect(action('GetUser')).toContainText('Today')
      await expect(action('GetUserPolicy')).toContainText('Not accessed in the tracking period')
      await expect(action('CreateUser')).toHaveCount(0)
    } finally {
      await oscarContext.close()
      await aliceContext.close()
    }
  })
})
