// The credentials issue's MFA-condition story: AWS's example policy "Allows
// MFA-authenticated IAM users to manage their own credentials" denies everything but
// setting up MFA unless aws:MultiFactorAuthPresent is true. frank, with it and
// IAMReadOnlyAccess, is denied the users list after a password-only sign-in, assigns an
// MFA device (still allowed), and after signing in with MFA the same list works.
import { expect, test } from '@playwright/test'
import { e2eDatabase } from './fixtures/e2e-database'
import { MFA_REQUIRED_POLICY, assignAuthenticatorApp, createStoryUser, nextSignInCode, removeMfaDevicesOf, signOut, submitMfaCode } from './fixtures/credentials'
import { removeUsers } from './fixtures/iam-fixtures'
import { expectConsoleShell, signInAsIamUser } from './fixtures/sign-in'

const PASSWORD = 'Frank-Story-Passw0rd!'

test.beforeEach(async () => {
  await removeMfaDevicesOf('frank', ['frank-phone'])
  await removeUsers('frank')
  await createStoryUser('frank', PASSWORD, { inlinePolicy: MFA_REQUIRED_POLICY, managedPolicyArns: ['arn:aws:iam::aws:policy/IAMReadOnlyAccess'] })
})
test.afterEach(async () => {
  await removeMfaDevicesOf('frank', ['frank-phone'])
  await removeUsers('frank')
})

test('[MFA]: a policy denying everything unless aws:MultiFactorAuthPresent blocks a password-only session and lets frank work after signing in with MFA', async ({ page }) => {
  await signInAsIamUser(page, 'frank', 'sandbox', PASSWORD)
  await expectConsoleShell(page, 'frank @ sandbox')
  await page.goto('/users')
  await expect(page.getByText(/not authorized to perform: iam:ListUsers.*explicit deny/)).toBeVisible()

  const secret = await assignAuthenticatorApp(page, 'frank-phone')
  await signOut(page)

  await signInAsIamUser(page, 'frank', 'sandbox', PASSWORD)
  await submitMfaCode(page, nextSignInCode(secret))
  await expectConsoleShell(page, 'frank @ sandbox')
  const session = await e2eDatabase().consoleSession.findFirstOrThrow({ where: { user: { nameKey: 'frank' }, revokedAt: null }, orderBy: { createdAt: 'desc' } })
  expect(session.mfaAuthenticatedAt).not.toBeNull()
  await page.goto('/users')
  await expect(page.getByRole('heading', { name: /^Users \(\d+\)$/ })).toBeVisible()
  await expect(page.getByRole('table').getByRole('link', { name: 'frank', exact: true })).toBeVisible()
  await expect(page.getByText(/explicit deny/)).toHaveCount(0)
})
