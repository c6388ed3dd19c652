// Roles stories: the issue's "create a role with a custom trust policy, edit its trust
// relationships, set its maximum session duration, delete it", and the trust policy the
// console builds for an AWS service. Each story cleans up the roles it made.
import { expect, test, type Page } from '@playwright/test'
import { roleArn } from '@/lib/iam/arn'
import { newRoleId } from '@/lib/credentials/ids'
import { e2eDatabase, sandboxAccountId } from './fixtures/e2e-database'
import { signedInAsIamUser } from './fixtures/sign-in'

const PREFIX = 'e2e-role-'

test.afterAll(async () => {
  await e2eDatabase().role.deleteMany({ where: { name: { startsWith: PREFIX } } })
})

async function nameAndCreate(page: Page, roleName: string) {
  await page.getByRole('button', { name: 'Next' }).click() // to Add permissions
  await page.getByRole('button', { name: 'Next' }).click() // to Name, review, and create
  await page.getByLabel('Role name').fill(roleName)
}

test('[ROLES]: alice creates a role with a custom trust policy, edits its trust relationships, sets its maximum session duration and deletes it', async ({ page }) => {
  const accountId = await sandboxAccountId()
  const roleName = `${PREFIX}custom`
  await signedInAsIamUser(page, 'alice')
  await page.goto('/roles')
  await page.getByRole('link', { name: 'Create role' }).click()
  await page.getByRole('radio', { name: 'Custom trust policy', exact: true }).check()

  // Starts from the console's template, whose empty Principal the engine points out.
  const editor = page.getByLabel('Policy editor')
  await expect(editor).toContainText('"Principal": {}')
  await expect(page.getByRole('region', { name: 'Policy validation findings' }).getByRole('listitem').first()).toContainText('Ln 7, Col')
  const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 'sts:AssumeRole' }] }
  await editor.fill(JSON.stringify(trust, null, 2))
  await expect(page.getByText('Errors: 0')).toBeVisible()
  await nameAndCreate(page, roleName)
  await expect(page.getByLabel('Trust policy', { exact: true })).toContainText(`"AWS": "arn:aws:iam::${accountId}:root"`)
  await page.getByRole('button', { name: 'Create role' }).click()

  await expect(page).toHaveURL(new RegExp(`/roles/${roleName}$`))
  await expect(page.getByRole('heading', { name: roleName, level: 1 })).toBeVisible()
  await expect(page.getByText(`arn:aws:iam::${accountId}:role/${roleName}`)).toBeVisible()

  // Trust relationships > Edit trust policy: require MFA.
  await page.getByRole('link', { name: 'Trust relationships', exact: true }).click()
  await page.getByRole('link', { name: 'Edit trust policy' }).click()
  const withMfa = { ...trust, Statement: [{ ...trust.Statement[0], Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }] }
  await page.getByLabel('Policy editor').fill(JSON.stringify(withMfa, null, 2))
  await page.getByRole('button', { name: 'Update policy' }).click()
  await expect(page).toHaveURL(/tab=trust/)
  await expect(page.getByLabel('Trust policy', { exact: true })).toContainText('"aws:MultiFactorAuthPresent": "true"')

  // A trust policy without a principal is refused before it is sent.
  await page.getByRole('link', { name: 'Edit trust policy' }).click()
  await page.getByLabel('Policy editor').fill(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] }))
  await expect(page.getByRole('region', { name: 'Policy validation findings' }).getByText(/Ln \d+, Col \d+/).first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Update policy' })).toBeDisabled()
  await page.getByRole('link', { name: 'Cancel' }).click()

  // Summary > Maximum session duration > Edit.
  await expect(page.getByText('1 hour', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Edit maximum session duration' }).click()
  await page.getByLabel('Maximum session duration').selectOption({ label: '8 hours' })
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('8 hours', { exact: true })).toBeVisible()
  expect((await e2eDatabase().role.findFirstOrThrow({ where: { name: roleName } })).maxSessionDuration).toBe(28800)

  // Delete, confirmed by typing the role name.
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled()
  await dialog.getByLabel('Enter the role name to confirm deletion').fill(roleName)
  await dialog.getByRole('button', { name: 'Delete' }).click()
  await expect(page).toHaveURL(/\/roles$/)
  await expect(page.getByRole('link', { name: roleName })).toHaveCount(0)
  expect(await e2eDatabase().role.count({ where: { name: roleName } })).toBe(0)
})

test('[ROLES]: a role created for the AWS service EC2 trusts ec2.amazonaws.com, as the console builds it', async ({ page }) => {
  const roleName = `${PREFIX}ec2`
  await signedInAsIamUser(page, 'alice')
  await page.goto('/roles/create')
  await page.getByRole('radio', { name: 'AWS service', exact: true }).check()
  await page.getByLabel('Service or use case').selectOption('EC2')
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByLabel('Search policies').fill('AmazonS3ReadOnlyAccess')
  await page.getByRole('checkbox', { name: 'AmazonS3ReadOnlyAccess', exact: true }).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByLabel('Role name').fill(roleName)
  const review = page.getByLabel('Trust policy', { exact: true })
  const expected = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com'] }, Action: ['sts:AssumeRole'] }] }
  expect(JSON.parse((await review.textContent()) ?? '')).toEqual(expected)
  await expect(page.getByRole('region', { name: 'Name, review, and create' }).getByText('AmazonS3ReadOnlyAccess')).toBeVisible()
  await page.getByRole('button', { name: 'Create role' }).click()

  await expect(page.getByRole('heading', { name: roleName, level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: 'AmazonS3ReadOnlyAccess' })).toBeVisible()
  await page.getByRole('link', { name: 'Trust relationships', exact: true }).click()
  expect(JSON.parse((await page.getByLabel('Trust policy', { exact: true }).textContent()) ?? '')).toEqual(expected)
  await page.goto('/roles')
  await expect(page.getByRole('row', { name: new RegExp(roleName) })).toContainText('AWS Service: ec2')

  // Deleted from the list: chosen, then confirmed by name. As AWS's console does, the
  // attached policy is detached first, so the role goes with it.
  await page.getByLabel(`Select ${roleName}`).check()
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await page.getByRole('dialog').getByLabel('Enter the role name to confirm deletion').fill(roleName)
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page.getByRole('link', { name: roleName, exact: true })).toHaveCount(0)
  expect(await e2eDatabase().role.count({ where: { name: roleName } })).toBe(0)
})

test('[ROLES]: carol, who may only read IAM, sees a role and the AccessDenied for iam:DeleteRole when she tries to delete it', async ({ page }) => {
  const accountId = await sandboxAccountId()
  const roleName = `${PREFIX}guarded`
  await e2eDatabase().role.create({
    data: {
      id: newRoleId(), accountId, name: roleName, nameKey: roleName, path: '/', arn: roleArn(accountId, '/', roleName),
      assumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
    },
  })
  await signedInAsIamUser(page, 'carol')
  await page.goto('/roles')
  await page.getByRole('link', { name: roleName }).click()
  await expect(page.getByRole('heading', { name: roleName, level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await page.getByRole('dialog').getByLabel('Enter the role name to confirm deletion').fill(roleName)
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
  const denial = page.getByRole('dialog').getByRole('alert').filter({ hasText: `is not authorized to perform: iam:DeleteRole on resource: arn:aws:iam::${accountId}:role/${roleName}` })
  await expect(denial).toBeVisible()
  expect(await e2eDatabase().role.count({ where: { name: roleName } })).toBe(1)
})

async function reviewedTrustPolicy(page: Page): Promise<unknown> {
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  const policy = JSON.parse((await page.getByLabel('Trust policy', { exact: true }).textContent()) ?? '') as unknown
  await page.getByRole('button', { name: 'Previous' }).click()
  await page.getByRole('button', { name: 'Previous' }).click()
  return policy
}

test('[ROLES]: the review step shows the trust policy AWS builds for another account, a web identity and SAML federation', async ({ page }) => {
  const accountId = await sandboxAccountId()
  await signedInAsIamUser(page, 'alice')
  await page.goto('/roles/create')

  await page.getByRole('radio', { name: 'AWS account', exact: true }).check()
  await page.getByLabel('Another AWS account').check()
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled()
  await page.getByLabel('Account ID').fill('111122223333')
  await page.getByLabel(/Require external ID/).check()
  await page.getByLabel('External ID', { exact: true }).fill('partner-42')
  await page.getByLabel('Require MFA').check()
  expect(await reviewedTrustPolicy(page)).toEqual({
    Version: '2012-10-17',
    Statement: [{
      Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': 'partner-42' }, Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    }],
  })

  await page.getByRole('radio', { name: 'Web identity', exact: true }).check()
  await page.getByLabel('Identity provider').selectOption({ label: 'Google' })
  await page.getByLabel('Audience').fill('1234.apps.googleusercontent.com')
  expect(await reviewedTrustPolicy(page)).toEqual({
    Version: '2012-10-17',
    Statement: [{
      Effect: 'Allow', Principal: { Federated: 'accounts.google.com' }, Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { 'accounts.google.com:aud': '1234.apps.googleusercontent.com' } },
    }],
  })

  await page.getByRole('radio', { name: 'SAML 2.0 federation', exact: true }).check()
  await page.getByLabel('SAML 2.0-based provider').fill('Okta')
  await page.getByLabel('Allow programmatic and AWS Management Console access').check()
  expect(await reviewedTrustPolicy(page)).toEqual({
    Version: '2012-10-17',
    Statement: [{
      Effect: 'Allow', Principal: { Federated: `arn:aws:iam::${accountId}:saml-provider/Okta` }, Action: 'sts:AssumeRoleWithSAML',
      Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
    }],
  })
})

test('[ROLES]: alice attaches a policy to a role, sets and removes its permissions boundary, and adds an inline policy', async ({ page }) => {
  const roleName = `${PREFIX}permissions`
  await signedInAsIamUser(page, 'alice')
  await page.goto('/roles/create')
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByLabel('Role name').fill(roleName)
  await page.getByRole('button', { name: 'Create role' }).click()
  await expect(page.getByRole('heading', { name: roleName, level: 1 })).toBeVisible()

  await page.getByRole('link', { name: 'Attach policies' }).click()
  await page.getByLabel('Search policies').fill('ReadOnlyAccess')
  await page.getByRole('checkbox', { name: 'ReadOnlyAccess', exact: true }).check()
  await page.getByRole('button', { name: 'Add permissions' }).click()
  await expect(page.getByRole('link', { name: 'ReadOnlyAccess', exact: true })).toBeVisible()

  await page.getByRole('link', { name: 'Set permissions boundary' }).click()
  await page.getByLabel('Search permissions boundary policies').fill('PowerUserAccess')
  await page.getByLabel('Permissions boundary policy').selectOption({ label: 'PowerUserAccess (AWS managed)' })
  await page.getByRole('button', { name: 'Set boundary' }).click()
  await expect(page.getByText('arn:aws:iam::aws:policy/PowerUserAccess')).toBeVisible()
  await page.getByRole('button', { name: 'Remove boundary' }).click()
  await expect(page.getByRole('heading', { name: 'Permissions boundary (not set)' })).toBeVisible()

  await page.getByRole('link', { name: 'Create inline policy' }).click()
  await expect(page.getByText('of 10,240 characters')).toBeVisible()
  await page.getByLabel('Policy editor').fill(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }] }))
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByLabel('Policy name').fill('send-messages')
  await page.getByRole('button', { name: 'Create policy' }).click()
  await page.getByRole('button', { name: 'JSON', exact: true }).click()
  await expect(page.getByLabel('Policy document')).toContainText('sqs:SendMessage')
  await page.getByRole('link', { name: roleName }).click()
  await expect(page.getByRole('row', { name: /send-messages/ })).toContainText('Customer inline')
})
