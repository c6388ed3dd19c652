// Policy summary stories: a managed policy's page and Create policy's review step show
// the policy as the IAM console summarizes it, per service with its access level, and
// choosing a service lists its actions by access level.
import { expect, test } from '@playwright/test'
import { e2eDatabase } from './fixtures/e2e-database'
import { signedInAsIamUser } from './fixtures/sign-in'

const POLICY = 'e2e-summary-s3-read'
const INLINE = 'e2e-summary-typos'

test.afterAll(async () => {
  await e2eDatabase().managedPolicy.deleteMany({ where: { name: POLICY } })
  await e2eDatabase().inlinePolicy.deleteMany({ where: { name: INLINE } })
})

const S3_READ = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:ListBucket'],
        Resource: ['arn:aws:s3:::example-bucket', 'arn:aws:s3:::example-bucket/*'],
        Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
      },
    ],
  },
  null,
  2,
)

test('[POLICY SUMMARY]: alice opens IAMReadOnlyAccess and reads IAM’s access level in its summary, then its JSON', async ({ page }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/policies')
  await page.getByLabel('Search policies').fill('IAMReadOnly')
  await page.getByRole('button', { name: 'Search' }).click()
  await page.getByRole('link', { name: 'IAMReadOnlyAccess', exact: true }).click()

  const summary = page.getByRole('region', { name: 'Policy summary' })
  const iam = summary.getByRole('row', { name: /^IAM / })
  await expect(iam).toContainText('Full: List Limited: Read')
  await expect(iam).toContainText('All resources')
  await expect(summary.getByRole('button', { name: 'IAM', exact: true })).toBeVisible()
  await expect(summary.getByText(/^Allow \(1 of \d+ services\)$/)).toBeVisible()

  await page.getByRole('button', { name: 'JSON' }).click()
  await expect(page.getByLabel('Policy document')).toContainText('"iam:List*"')
  await expect(summary).toBeHidden()
})

test('[POLICY SUMMARY]: alice writes an S3 read policy in JSON; the review step’s summary reads S3, Limited: List, Read, and S3 lists GetObject under Read and ListBucket under List', async ({ page }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/policies')
  await page.getByRole('link', { name: 'Create policy' }).click()
  await page.getByLabel('Policy editor').fill(S3_READ)
  await expect(page.getByRole('region', { name: 'Policy validation findings' }).getByText('Errors: 0')).toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()

  await expect(page.getByRole('heading', { name: 'Permissions defined in this policy' })).toBeVisible()
  const summary = page.getByRole('region', { name: 'Policy summary' })
  const s3 = summary.getByRole('row', { name: /^S3 / })
  await expect(s3).toContainText('Limited: List, Read')
  await expect(s3).toContainText('Multiple')
  await expect(s3).toContainText('aws:SourceIp IpAddress 203.0.113.0/24')

  await summary.getByRole('button', { name: 'S3', exact: true }).click()
  const service = page.getByRole('region', { name: 'Service summary: S3' })
  await expect(service.getByRole('table', { name: 'Read actions' }).getByRole('row', { name: /GetObject/ })).toContainText('arn:aws:s3:::example-bucket/*')
  await expect(service.getByRole('table', { name: 'List actions' }).getByRole('row', { name: /ListBucket/ })).toContainText('arn:aws:s3:::example-bucket')
  await expect(service.getByRole('table', { name: 'Write actions' })).toHaveCount(0)
  await service.getByRole('button', { name: /Back to policy summary/ }).click()
  await expect(summary.getByRole('row', { name: /^S3 / })).toBeVisible()

  await page.getByLabel('Policy name').fill(POLICY)
  await page.getByRole('button', { name: 'Create policy' }).click()
  await expect(page.getByRole('heading', { name: POLICY, level: 1 })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Policy summary' }).getByRole('row', { name: /^S3 / })).toContainText('Limited: List, Read')

  // Editing: the review step summarizes the new version before it is saved.
  await page.getByRole('link', { name: 'Edit', exact: true }).first().click()
  await page.getByLabel('Policy editor').fill(S3_READ.replace('"s3:ListBucket"', '"s3:ListBucket", "s3:PutObject"'))
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByRole('region', { name: 'Policy summary' }).getByRole('row', { name: /^S3 / })).toContainText('Limited: List, Read, Write')
})

test('[POLICY SUMMARY]: an inline policy on bob with a misspelt action and an unknown service lists them apart from what IAM recognizes', async ({ page }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/users/bob/inline-policies/new')
  await page.getByLabel('Policy editor').fill(JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['iam:GetUser', 'iam:GetUsr', 's3x:GetObject'], Resource: '*' },
      { Effect: 'Deny', Action: 'iam:DeleteUser', Resource: '*' },
    ],
  }, null, 2))
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByLabel('Policy name').fill(INLINE)
  await page.getByRole('button', { name: 'Create policy' }).click()
  await expect(page).toHaveURL(new RegExp(`/users/bob/inline-policies/${INLINE}$`))

  const summary = page.getByRole('region', { name: 'Policy summary' })
  await expect(summary.getByRole('table', { name: 'Policy summary: Allow' }).getByRole('row', { name: /^IAM / })).toContainText('Limited: Read')
  await expect(summary.getByRole('table', { name: 'Policy summary: Explicit deny' }).getByRole('row', { name: /^IAM / })).toContainText('Limited: Write')
  await expect(summary.getByRole('table', { name: 'Uncategorized actions' })).toContainText('iam:GetUsr')
  await expect(summary.getByRole('table', { name: 'Uncategorized services' }).getByRole('row', { name: /s3x/ })).toContainText('s3x:GetObject')

  await summary.getByRole('table', { name: 'Policy summary: Explicit deny' }).getByRole('button', { name: 'IAM', exact: true }).click()
  const service = page.getByRole('region', { name: 'Service summary: IAM' })
  await expect(service.getByRole('heading', { name: 'IAM (Explicit deny)' })).toBeVisible()
  await expect(service.getByRole('table', { name: 'Write actions' })).toContainText('DeleteUser')
})
