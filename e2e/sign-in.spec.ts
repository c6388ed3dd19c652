// Sign-in stories: root and IAM users sign in the way AWS's sign-in page works; a wrong
// credential of any kind gives one generic message and no session; signing out ends the
// server-side session, so the old cookie stops working too.
import { expect, test } from '@playwright/test'
import { e2eDatabase } from './fixtures/e2e-database'
import { expectConsoleShell, signInAsIamUser, signInAsRoot } from './fixtures/sign-in'

const GENERIC_ERROR = 'Your authentication information is incorrect. Please try again.'

const NAVIGATION = [
  'Dashboard',
  'User groups',
  'Users',
  'Roles',
  'Policies',
  'Identity providers',
  'Account settings',
  'Credential report',
  'Event history',
  'Policy simulator',
]

test('[SIGN-IN]: root signs in with email and password and sees the dashboard', async ({ page }) => {
  await signInAsRoot(page)
  await expect(page).toHaveURL('/')
  await expect(page.getByRole('heading', { name: 'IAM Dashboard' })).toBeVisible()
  await expectConsoleShell(page, 'root')
  await expect(page.getByRole('banner')).toContainText('sandbox')
  const nav = page.getByRole('navigation', { name: 'Identity and Access Management (IAM)' })
  await expect(nav.getByRole('link')).toHaveText(NAVIGATION)
  await expect(page.getByText(/\/signin\?account=sandbox$/)).toBeVisible()
  await page.screenshot({ path: 'test-results/dashboard.png' })
})

test('[SIGN-IN]: alice signs in as an IAM user with account alias sandbox and sees the users list', async ({ page }) => {
  await signInAsIamUser(page, 'alice')
  await expectConsoleShell(page, 'alice @ sandbox')
  await page.getByRole('navigation').getByRole('link', { name: 'Users', exact: true }).click()
  await expect(page).toHaveURL('/users')
  await expect(page.getByRole('heading', { name: /^Users \(\d+\)$/ })).toBeVisible()
  const table = page.getByRole('table')
  for (const name of ['alice', 'bob', 'carol']) {
    await expect(table.getByRole('link', { name, exact: true })).toBeVisible()
  }
})

test('[SIGN-IN]: the IAM user sign-in URL opens the IAM user form with the account filled in', async ({ page }) => {
  await page.goto('/signin?account=sandbox')
  await expect(page.getByLabel('IAM user', { exact: true })).toBeChecked()
  await expect(page.getByLabel('Account ID or account alias')).toHaveValue('sandbox')
  await page.screenshot({ path: 'test-results/sign-in.png' })
})

test('[SIGN-IN]: a wrong password shows the generic error and creates no session', async ({ page }) => {
  const sessionsBefore = await e2eDatabase().consoleSession.count()
  await signInAsIamUser(page, 'carol', 'sandbox', 'Not-Carols-Passw0rd!')
  await expect(page.getByRole('alert').filter({ hasText: 'incorrect' })).toHaveText(GENERIC_ERROR)
  expect(await e2eDatabase().consoleSession.count()).toBe(sessionsBefore)
  await page.goto('/users')
  await expect(page).toHaveURL('/signin')
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
})

test('[SIGN-IN]: an unknown user name gets the very same message as a wrong password', async ({ page }) => {
  await signInAsIamUser(page, 'nobody-by-this-name')
  await expect(page.getByRole('alert').filter({ hasText: 'incorrect' })).toHaveText(GENERIC_ERROR)
  await signInAsRoot(page, 'Wrong-Root-Passw0rd!')
  await expect(page.getByRole('alert').filter({ hasText: 'incorrect' })).toHaveText(GENERIC_ERROR)
})

test('[SIGN-IN]: bob signs out, and neither the console nor his old session cookie lets him back in', async ({ page, context }) => {
  await signInAsIamUser(page, 'bob', (await e2eDatabase().account.findUniqueOrThrow({ where: { alias: 'sandbox' } })).id)
  await expectConsoleShell(page, 'bob @ sandbox')
  const oldCookies = await context.cookies()
  expect(oldCookies.some((c) => c.name.endsWith('next-auth.session-token'))).toBe(true)

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL('/signin')
  await page.goto('/users')
  await expect(page).toHaveURL('/signin')

  // Replaying the old cookie: the JWT is still validly signed, but its session row is revoked.
  await context.addCookies(oldCookies)
  await page.goto('/users')
  await expect(page).toHaveURL('/signin')
  const bob = await e2eDatabase().user.findFirstOrThrow({ where: { name: 'bob' } })
  const sessions = await e2eDatabase().consoleSession.findMany({ where: { userId: bob.id } })
  expect(sessions.length).toBeGreaterThan(0)
  expect(sessions.every((s) => s.revokedAt !== null)).toBe(true)
})
