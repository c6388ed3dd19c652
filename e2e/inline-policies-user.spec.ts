// An inline policy on a user: create, edit and delete through the console's pages.
import { expect, test } from '@playwright/test'
import { e2eDatabase } from './fixtures/e2e-database'
import { signedInAsIamUser } from './fixtures/sign-in'

const POLICY = 'e2e-inline-s3'

test.afterAll(async () => {
  await e2eDatabase().inlinePolicy.deleteMany({ where: { name: POLICY } })
})

const doc = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] }, null, 2)

test('[INLINE POLICIES]: alice creates an inline policy on bob, edits it and deletes it', async ({ page }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/users/bob/inline-policies/new')
  await expect(page.getByText('of 2,048 characters')).toBeVisible()
  await page.getByLabel('Policy editor').fill(doc('s3:GetObject'))
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByLabel('Policy name').fill(POLICY)
  await page.getByRole('button', { name: 'Create policy' }).click()

  await expect(page).toHaveURL(new RegExp(`/users/bob/inline-policies/${POLICY}$`))
  await expect(page.getByLabel('Policy document')).toContainText('s3:GetObject')

  await page.getByRole('button', { name: 'Edit' }).click()
  await page.getByLabel('Policy editor').fill(doc('s3:PutObject'))
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByLabel('Policy document')).toContainText('s3:PutObject')
  const stored = await e2eDatabase().inlinePolicy.findFirstOrThrow({ where: { name: POLICY, user: { name: 'bob' } } })
  expect(stored.document).toContain('s3:PutObject')

  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await page.getByRole('dialog').getByLabel('Enter the policy name to confirm deletion').fill(POLICY)
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
  await expect(page).toHaveURL(/\/users\/bob$/)
  expect(await e2eDatabase().inlinePolicy.count({ where: { name: POLICY } })).toBe(0)
})
