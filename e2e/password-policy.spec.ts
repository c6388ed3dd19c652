// The credentials issue's password stories: with a password policy of 14 characters and
// every character class (set on Account settings), creating a user with a weak password
// lists each unmet rule at the password field, before anything is created (as AWS's
// console checks it first), and a user marked "must create
// a new password" is sent to change it at first sign-in: every console page redirects
// there until it is done, and the new password is checked against the policy.
import { expect, test, type Page } from '@playwright/test'
import { e2eDatabase } from './fixtures/e2e-database'
import { resetAccountPasswordPolicy, signOut, revokeSessionsOf } from './fixtures/credentials'
import * as iam from '@/lib/iam'
import { removeUsers, sandboxRoot } from './fixtures/iam-fixtures'
import { expectConsoleShell, signInAsIamUser, signedInAsIamUser } from './fixtures/sign-in'

const STRONG = 'Quinn-Strong-Passw0rd!'
const NEW_STRONG = 'Quinn-Newer-Passw0rd!2'

async function setStrictPasswordPolicy(page: Page) {
  await page.goto('/account-settings')
  const panel = page.getByRole('region').or(page.locator('section')).filter({ hasText: 'Password policy' }).first()
  await expect(panel).toContainText('This AWS account uses the following default password policy:')
  await page.getByRole('button', { name: 'Edit' }).click()
  await page.getByLabel('Custom').check()
  await page.getByLabel('Password minimum length').fill('14')
  await page.getByLabel('Require at least one uppercase letter from the Latin alphabet (A-Z)').check()
  await page.getByLabel('Require at least one lowercase letter from the Latin alphabet (a-z)').check()
  await page.getByLabel('Require at least one number').check()
  await page.getByLabel('Require at least one non-alphanumeric character', { exact: false }).check()
  await page.getByLabel('Allow users to change their own password').check()
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Password policy updated.' })).toBeVisible()
  const rules = page.getByRole('list', { name: 'Password policy rules' })
  await expect(rules).toContainText('Password minimum length: 14 characters')
  await expect(rules).toContainText('Require at least one non-alphanumeric character')
}

/** Create user > Specify user details with a custom console password, then Next. */
async function fillUserDetails(page: Page, userName: string, password: string, resetRequired: boolean) {
  await page.goto('/users/create')
  await page.getByLabel('User name', { exact: true }).fill(userName)
  await page.getByLabel('Provide user access to the AWS Management Console - optional').check()
  await page.getByLabel('Custom password', { exact: true }).check()
  await page.getByLabel('Password', { exact: true }).fill(password)
  const reset = page.getByLabel('Users must create a new password at next sign-in - Recommended')
  if (resetRequired) await reset.check()
  else await reset.uncheck()
  await page.getByRole('button', { name: 'Next' }).click()
}

async function createUserWithPassword(page: Page, userName: string, password: string, resetRequired: boolean) {
  await fillUserDetails(page, userName, password, resetRequired)
  await expect(page.getByRole('heading', { level: 1, name: 'Set permissions' })).toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()
  // The wizard's Next on "Set permissions" sometimes submits the form at once (the button
  // becomes the submit button during the click): either way the user is then created.
  const createButton = page.getByRole('button', { name: 'Create user' })
  const report = page.getByRole('heading', { level: 2, name: 'Steps' })
  await expect(createButton.or(report)).toBeVisible()
  if (await createButton.isVisible()) await createButton.click()
  await expect(report).toBeVisible()
}

test.beforeEach(async () => {
  await removeUsers('pat', 'quinn')
  await resetAccountPasswordPolicy()
})
test.afterEach(async () => {
  await revokeSessionsOf('alice')
  await removeUsers('pat', 'quinn')
  await resetAccountPasswordPolicy()
})

test('[PASSWORD]: with a 14-character, every-class policy, creating a user with a weak password lists each unmet rule', async ({ page }) => {
  await signedInAsIamUser(page, 'alice')
  await setStrictPasswordPolicy(page)
  await fillUserDetails(page, 'pat', 'weakpass', false)
  await expect(page.getByRole('heading', { level: 1, name: 'Set permissions' })).toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()
  // As in createUserWithPassword: Next may submit at once; otherwise Create user does.
  const createButton = page.getByRole('button', { name: 'Create user' })
  const unmet = page.getByRole('alert', { name: 'Password requirements not met' })
  await expect(createButton.or(unmet)).toBeVisible()
  if (await createButton.isVisible()) await createButton.click()
  // Back at the first step, each unmet rule listed at the password field.
  await expect(page.getByRole('heading', { level: 1, name: 'Specify user details' })).toBeVisible()
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  // Lowercase letters it has: that rule is not listed.
  await expect(unmet.getByRole('listitem')).toHaveText([
    'Password should have a minimum length of 14',
    'Password should have at least one uppercase letter',
    'Password should have at least one number',
    'Password should have at least one symbol',
  ])
  // Checked before CreateUser: no user pat without a password was left behind.
  expect(await e2eDatabase().user.count({ where: { nameKey: 'pat' } })).toBe(0)
})

test('[PASSWORD]: a user who must create a new password is sent to change it at first sign-in, checked against the policy', async ({ page, browser }) => {
  await signedInAsIamUser(page, 'alice')
  await setStrictPasswordPolicy(page)
  await createUserWithPassword(page, 'quinn', STRONG, true)
  await expect(page.getByText('User created successfully.', { exact: false })).toBeVisible()
  await signOut(page)

  const context = await browser.newContext()
  try {
    const quinn = await context.newPage()
    await signInAsIamUser(quinn, 'quinn', 'sandbox', STRONG)
    await expect(quinn).toHaveURL('/change-password')
    await expect(quinn.getByRole('heading', { name: 'Change password' })).toBeVisible()
    // Every console page sends quinn back until the password is changed.
    await quinn.goto('/users')
    await expect(quinn).toHaveURL('/change-password')

    await quinn.getByLabel('Old password').fill(STRONG)
    await quinn.getByLabel('New password', { exact: true }).fill('short1')
    await quinn.getByLabel('Retype new password').fill('short1')
    await quinn.getByRole('button', { name: 'Confirm password change' }).click()
    const unmet = quinn.getByRole('alert', { name: 'Password requirements not met' })
    await expect(unmet.getByRole('listitem')).toHaveText([
      'Password should have a minimum length of 14',
      'Password should have at least one uppercase letter',
      'Password should have at least one symbol',
    ])
    await expect(quinn).toHaveURL('/change-password')

    await quinn.getByLabel('Old password').fill(STRONG)
    await quinn.getByLabel('New password', { exact: true }).fill(NEW_STRONG)
    await quinn.getByLabel('Retype new password').fill(NEW_STRONG)
    await quinn.getByRole('button', { name: 'Confirm password change' }).click()
    await expect(quinn).toHaveURL('/')
    await expectConsoleShell(quinn, 'quinn @ sandbox')
    await quinn.goto('/users')
    await expect(quinn).toHaveURL('/users')
    const profile = await e2eDatabase().loginProfile.findFirstOrThrow({ where: { user: { nameKey: 'quinn' } } })
    expect(profile.passwordResetRequired).toBe(false)

    await signOut(quinn)
    await signInAsIamUser(quinn, 'quinn', 'sandbox', NEW_STRONG)
    await expectConsoleShell(quinn, 'quinn @ sandbox')
    await expect(quinn).toHaveURL('/')
  } finally {
    await context.close()
  }
})

test('[PASSWORD]: Account settings refuses an out-of-range value at its field, and "IAM default" restores AWS\'s default policy', async ({ page }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/account-settings')
  await page.getByRole('button', { name: 'Edit' }).click()
  await page.getByLabel('Custom').check()
  await page.getByLabel('Password minimum length').fill('5')
  await page.getByLabel('Turn on password expiration').check()
  await page.getByLabel('Expiration period (days)').fill('2000')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Password minimum length must be a whole number from 6 to 128.')).toBeVisible()
  await expect(page.getByText('Password expiration must be a whole number from 1 to 1095.')).toBeVisible()
  await expect(page.getByLabel('Password minimum length')).toHaveAttribute('aria-invalid', 'true')
  expect(await e2eDatabase().passwordPolicy.count()).toBe(0)

  await page.getByLabel('Password minimum length').fill('10')
  await page.getByLabel('Expiration period (days)').fill('90')
  await page.getByRole('button', { name: 'Save changes' }).click()
  const rules = page.getByRole('list', { name: 'Password policy rules' })
  await expect(rules).toContainText('Password minimum length: 10 characters')
  await expect(rules).toContainText('Expire passwords in 90 day(s)')

  await page.getByRole('button', { name: 'Edit' }).click()
  await page.getByLabel('IAM default').check()
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('This AWS account uses the following default password policy:')).toBeVisible()
  await expect(rules).toContainText('Password minimum length: 8 characters')
  expect(await e2eDatabase().passwordPolicy.count()).toBe(0)
})

test('[PASSWORD]: with a 24-character minimum, Create user autogenerates a password that meets the policy, and the user signs in with it', async ({ page, browser }) => {
  await iam.updateAccountPasswordPolicy(await sandboxRoot(), { MinimumPasswordLength: 24, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true })
  await signedInAsIamUser(page, 'alice')
  await page.goto('/users/create')
  await page.getByLabel('User name', { exact: true }).fill('pat')
  await page.getByLabel('Provide user access to the AWS Management Console - optional').check()
  await expect(page.getByLabel('Autogenerated password', { exact: true })).toBeChecked()
  await page.getByLabel('Users must create a new password at next sign-in - Recommended').uncheck()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  const createButton = page.getByRole('button', { name: 'Create user' })
  const retrieve = page.getByRole('region', { name: 'Retrieve password' })
  await expect(createButton.or(retrieve)).toBeVisible()
  if (await createButton.isVisible()) await createButton.click()
  await retrieve.getByRole('button', { name: 'Show' }).click()
  const password = (await retrieve.getByLabel('Console password').textContent())!.trim()
  expect(password.length).toBeGreaterThanOrEqual(24)

  const context = await browser.newContext()
  try {
    const pat = await context.newPage()
    await signInAsIamUser(pat, 'pat', 'sandbox', password)
    await expectConsoleShell(pat, 'pat @ sandbox')
  } finally {
    await context.close()
  }
})
