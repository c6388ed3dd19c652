// An inline policy on a user: create, edit and delete through the console's pages.
import { expect, test } from '@playwright/test'
import { e2eDatabase } from './fixtures/e2e-database'
import { signedInAsIamUser } from './fixtures/sign-in'

const POLICY = 'e2e-inline-s3'
const BIG = ['e2e-inline-big-1', 'e2e-inline-big-2']

test.afterAll(async () => {
  await e2eDatabase().inlinePolicy.deleteMany({ where: { name: { in: [POLICY, ...BIG] } } })
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
  await page.getByRole('button', { name: 'JSON', exact: true }).click()
  await expect(page.getByLabel('Policy document')).toContainText('s3:GetObject')

  await page.getByRole('button', { name: 'Edit' }).click()
  await page.getByLabel('Policy editor').fill(doc('s3:PutObject'))
  await page.getByRole('button', { name: 'Save changes' }).click()
  await page.getByRole('button', { name: 'JSON', exact: true }).click()
  await expect(page.getByLabel('Policy document')).toContainText('s3:PutObject')
  const stored = await e2eDatabase().inlinePolicy.findFirstOrThrow({ where: { name: POLICY, user: { name: 'bob' } } })
  expect(stored.document).toContain('s3:PutObject')

  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await page.getByRole('dialog').getByLabel('Enter the policy name to confirm deletion').fill(POLICY)
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
  await expect(page).toHaveURL(/\/users\/bob$/)
  expect(await e2eDatabase().inlinePolicy.count({ where: { name: POLICY } })).toBe(0)
})

const buckets = (from: number, count: number) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: Array.from({ length: count }, (_, i) => `arn:aws:s3:::bucket-${String(from + i).padStart(3, '0')}/*`) }],
  }, null, 2)

test("[INLINE POLICIES]: a user's inline policies share AWS's 2,048-character quota, and the refusal is shown at the editor", async ({ page }) => {
  // bob already has ~1,500 characters of inline policy; ~900 more fit one policy but not the user.
  const bob = await e2eDatabase().user.findFirstOrThrow({ where: { name: 'bob' } })
  await e2eDatabase().inlinePolicy.create({ data: { userId: bob.id, name: BIG[0]!, document: buckets(0, 50) } })
  await signedInAsIamUser(page, 'alice')
  await page.goto('/users/bob/inline-policies/new')
  await page.getByLabel('Policy editor').fill(buckets(100, 30))
  await expect(page.getByRole('region', { name: 'Policy validation findings' }).getByText('Errors: 0')).toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByLabel('Policy name').fill(BIG[1]!)
  await page.getByRole('button', { name: 'Create policy' }).click()
  await expect(page.getByRole('region', { name: 'Specify permissions' }).getByRole('alert').filter({ hasText: 'Maximum policy size of 2048 bytes exceeded for user bob' })).toBeVisible()
  await expect(page.getByLabel('Policy editor')).toBeVisible()
  expect(await e2eDatabase().inlinePolicy.count({ where: { name: BIG[1]! } })).toBe(0)
})
