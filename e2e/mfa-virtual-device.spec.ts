// The credentials issue's TOTP story: carol assigns a virtual MFA device with two
// consecutive codes the test computes from the device's secret (as her authenticator
// app would), signs out and signs in with a code. A wrong code and a code already used
// are refused with the sign-in page's one generic message, and neither makes a session.
import { expect, test } from '@playwright/test'
import { e2eDatabase, sandboxAccountId } from './fixtures/e2e-database'
import {
  MANAGE_OWN_CREDENTIALS_POLICY,
  assignAuthenticatorApp,
  deleteUserInlinePolicy,
  nextSignInCode,
  putUserInlinePolicy,
  removeMfaDevicesOf,
  signOut,
  submitMfaCode,
  wrongCode,
  revokeSessionsOf,
} from './fixtures/credentials'
import { expectConsoleShell, signInAsIamUser, signedInAsIamUser } from './fixtures/sign-in'

const GENERIC_ERROR = 'Your authentication information is incorrect. Please try again.'

async function carolSessions() {
  const accountId = await sandboxAccountId()
  return e2eDatabase().consoleSession.findMany({ where: { accountId, user: { nameKey: 'carol' } }, orderBy: { createdAt: 'asc' } })
}

test.afterEach(async () => {
  await revokeSessionsOf('carol')
  await deleteUserInlinePolicy('carol', 'ManageOwnCredentials')
  await removeMfaDevicesOf('carol', ['carol-phone'])
  await e2eDatabase().signInThrottle.deleteMany({ where: { key: { contains: '/carol from ' } } })
})

test('[MFA]: carol assigns a virtual MFA device, then signs in with a TOTP code; a wrong code and a reused code are refused', async ({ page }) => {
  await removeMfaDevicesOf('carol', ['carol-phone'])
  await putUserInlinePolicy('carol', 'ManageOwnCredentials', MANAGE_OWN_CREDENTIALS_POLICY)

  await signedInAsIamUser(page, 'carol')
  const secret = await assignAuthenticatorApp(page, 'carol-phone')
  const devices = page.getByRole('table')
  await expect(devices.getByRole('row').filter({ hasText: 'carol-phone' })).toContainText('Virtual')
  await expect(devices).toContainText(/arn:aws:iam::\d{12}:mfa\/carol-phone/)
  await signOut(page)

  // The password alone no longer signs carol in: the MFA step comes first, with no session yet.
  const before = (await carolSessions()).length
  await signInAsIamUser(page, 'carol')
  await submitMfaCode(page, wrongCode(secret))
  await expect(page.getByRole('alert').filter({ hasText: 'incorrect' })).toHaveText(GENERIC_ERROR)
  expect((await carolSessions()).length).toBe(before)

  const code = nextSignInCode(secret)
  await page.getByLabel('MFA code').fill(code)
  await page.getByRole('button', { name: 'Submit' }).click()
  await expectConsoleShell(page, 'carol @ sandbox')
  const sessions = await carolSessions()
  expect(sessions.length).toBe(before + 1)
  expect(sessions.at(-1)!.mfaAuthenticatedAt).not.toBeNull()
  await signOut(page)

  // The same code again, within its 30 seconds: refused, once-only.
  await signInAsIamUser(page, 'carol')
  await submitMfaCode(page, code)
  await expect(page.getByRole('alert').filter({ hasText: 'incorrect' })).toHaveText(GENERIC_ERROR)
  expect((await carolSessions()).length).toBe(before + 1)
  await page.goto('/users')
  await expect(page).toHaveURL('/signin')
})
