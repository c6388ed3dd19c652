// Customer managed policy stories: create from JSON (a finding by line blocks a broken
// document), versions (edit, set default, delete, the 5-version prompt), delete after
// detaching, the type filter, and a denial shown where it was tried.
import { expect, test, type Page } from '@playwright/test'
import { e2eDatabase } from './fixtures/e2e-database'
import { signedInAsIamUser } from './fixtures/sign-in'

const PREFIX = 'e2e-policy-'

test.afterAll(async () => {
  const db = e2eDatabase()
  const policies = await db.managedPolicy.findMany({ where: { name: { startsWith: PREFIX } }, select: { id: true } })
  const ids = policies.map((p) => p.id)
  await db.userPolicyAttachment.deleteMany({ where: { policyId: { in: ids } } })
  await db.managedPolicy.deleteMany({ where: { id: { in: ids } } })
})

const statement = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] }, null, 2)

async function editIntoNewVersion(page: Page, action: string) {
  await page.getByRole('link', { name: 'Edit', exact: true }).first().click()
  await page.getByLabel('Policy editor').fill(statement(action))
  await page.getByRole('button', { name: 'Next' }).click()
}

test('[POLICIES]: alice creates a customer managed policy from JSON, after the editor shows the broken line and blocks Next', async ({ page }) => {
  const name = `${PREFIX}s3-read`
  await signedInAsIamUser(page, 'alice')
  await page.goto('/policies')
  await page.getByRole('link', { name: 'Create policy' }).click()

  // A missing comma between Effect and Action (line 5).
  const broken = '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow"\n    "Action": "s3:GetObject",\n    "Resource": "*"\n  }]\n}'
  await page.getByLabel('Policy editor').fill(broken)
  const findings = page.getByRole('region', { name: 'Policy validation findings' })
  await expect(findings.getByRole('listitem').filter({ hasText: 'Error:' }).first()).toContainText(/Ln 5, Col \d+/)
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled()

  await page.getByLabel('Policy editor').fill(statement('s3:GetObject'))
  await expect(findings.getByText('Errors: 0')).toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByLabel('Policy name').fill(name)
  await page.getByLabel('Description - optional').fill('Read objects')
  await page.getByRole('button', { name: 'Create policy' }).click()

  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible()
  await expect(page.getByText('Customer managed', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'JSON', exact: true }).click()
  await expect(page.getByLabel('Policy document')).toContainText('"Action": "s3:GetObject"')

  await page.getByRole('link', { name: 'Tags', exact: true }).click()
  await page.getByLabel('Tag key').fill('team')
  await page.getByLabel('Tag value').fill('storage')
  await page.getByRole('button', { name: 'Add tag' }).click()
  await expect(page.getByRole('row', { name: /team/ })).toContainText('storage')
  await page.getByRole('button', { name: 'Remove tag team' }).click()
  await expect(page.getByRole('row', { name: /team/ })).toHaveCount(0)
})

test('[POLICIES]: alice edits a policy into new versions, rolls back to v1, deletes a version, is asked to delete one at 5 versions, then deletes the policy', async ({ page }) => {
  const name = `${PREFIX}versions`
  await signedInAsIamUser(page, 'alice')
  await page.goto('/policies/create')
  await page.getByLabel('Policy editor').fill(statement('s3:GetObject'))
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByLabel('Policy name').fill(name)
  await page.getByRole('button', { name: 'Create policy' }).click()
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible()

  await editIntoNewVersion(page, 's3:PutObject')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('link', { name: 'v2 (Default)' })).toBeVisible()

  await page.getByRole('button', { name: 'Set v1 as default' }).click()
  await expect(page.getByRole('link', { name: 'v1 (Default)' })).toBeVisible()
  await page.getByRole('link', { name: 'Permissions', exact: true }).click()
  await page.getByRole('button', { name: 'JSON', exact: true }).click()
  await expect(page.getByLabel('Policy document')).toContainText('s3:GetObject')

  await page.getByRole('link', { name: 'Policy versions', exact: true }).click()
  await page.getByRole('button', { name: 'Delete v2' }).click()
  await expect(page.getByRole('link', { name: /^v2/ })).toHaveCount(0)

  for (const action of ['s3:ListBucket', 's3:DeleteObject', 's3:GetBucketPolicy', 's3:PutBucketPolicy']) {
    await editIntoNewVersion(page, action)
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page).toHaveURL(/tab=versions/)
  }
  await expect(page.getByRole('heading', { name: 'Policy versions (5)' })).toBeVisible()

  // The sixth version: the console asks which non-default version to delete, oldest first.
  await editIntoNewVersion(page, 's3:GetObjectAcl')
  await page.getByRole('button', { name: 'Save changes' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete a policy version' })
  await expect(dialog).toContainText('maximum of 5 versions')
  await expect(dialog.getByRole('radio', { name: /^v1 \(created/ })).toBeChecked()
  await dialog.getByRole('button', { name: 'Delete version and save changes' }).click()
  // Version ids are never reused, as in AWS: v1 (and earlier v2) deleted, the new one is v7.
  await expect(page.getByRole('link', { name: 'v7 (Default)' })).toBeVisible()
  await expect(page.getByRole('link', { name: /^v1/ })).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Policy versions (5)' })).toBeVisible()

  // Attached to bob, then deleted: the console detaches it and deletes the other versions first.
  await page.getByRole('link', { name: 'Entities attached', exact: true }).click()
  await page.getByLabel('Entity name').fill('bob')
  await page.getByRole('button', { name: 'Attach policy' }).click()
  await expect(page.getByRole('link', { name: 'bob' })).toBeVisible()
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await page.getByRole('dialog').getByLabel('Enter the policy name to confirm deletion').fill(name)
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
  await expect(page).toHaveURL(/\/policies$/)
  expect(await e2eDatabase().managedPolicy.count({ where: { name } })).toBe(0)
})

test('[POLICIES]: alice filters the policies list by type', async ({ page }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/policies')
  await page.getByLabel('Filter by Type').selectOption({ label: 'AWS managed - job function' })
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/type=job-function/)
  const typeCells = page.getByRole('table').locator('tbody tr td:nth-child(2)')
  await expect(page.getByRole('link', { name: 'ViewOnlyAccess', exact: true })).toBeVisible()
  for (const text of await typeCells.allTextContents()) expect(text).toBe('AWS managed - job function')

  await page.getByLabel('Filter by Type').selectOption({ label: 'AWS managed' })
  await page.getByLabel('Search policies').fill('IAMReadOnly')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByRole('link', { name: 'IAMReadOnlyAccess', exact: true })).toBeVisible()
  await expect(page.getByRole('row', { name: /IAMReadOnlyAccess/ })).toContainText('Permissions policy (1)')
})

test('[POLICIES]: carol, who may only read IAM, sees the AccessDenied for iam:CreatePolicy where she tried it', async ({ page }) => {
  await signedInAsIamUser(page, 'carol')
  await page.goto('/policies/create')
  await page.getByLabel('Policy editor').fill(statement('s3:GetObject'))
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByLabel('Policy name').fill(`${PREFIX}denied`)
  await page.getByRole('button', { name: 'Create policy' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'is not authorized to perform: iam:CreatePolicy' })).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: 'because no identity-based policy allows' })).toBeVisible()
})
