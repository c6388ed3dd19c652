// The credentials issue's passkey story, in Chromium with its virtual authenticator
// (CDP WebAuthn domain; http://localhost, rpID "localhost"): bob registers a passkey,
// signs out, signs in with password and passkey; after the device is removed, signing
// in with it fails. The failing sign-in is made with the very key: a second browser holds
// a copy of the credential, gets through the password, and its assertion arrives just
// after bob removed the device.
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { e2eDatabase, sandboxAccountId } from './fixtures/e2e-database'
import { MANAGE_OWN_CREDENTIALS_POLICY, deleteUserInlinePolicy, putUserInlinePolicy, removeMfaDevicesOf, signOut, revokeSessionsOf } from './fixtures/credentials'
import { expectConsoleShell, signInAsIamUser, signedInAsIamUser } from './fixtures/sign-in'

const GENERIC_ERROR = 'Your authentication information is incorrect. Please try again.'

async function addVirtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page)
  await cdp.send('WebAuthn.enable')
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  })
  return { cdp, authenticatorId }
}

async function bobSessionCount() {
  const accountId = await sandboxAccountId()
  return e2eDatabase().consoleSession.count({ where: { accountId, user: { nameKey: 'bob' } } })
}

test.afterEach(async () => {
  await revokeSessionsOf('bob')
  await deleteUserInlinePolicy('bob', 'ManageOwnCredentials')
  await removeMfaDevicesOf('bob', [])
  await e2eDatabase().signInThrottle.deleteMany({ where: { key: { contains: '/bob from ' } } })
})

test('[MFA]: bob registers a passkey, signs in with password and passkey, and once it is removed signing in with it fails', async ({ browser }) => {
  await removeMfaDevicesOf('bob', [])
  await putUserInlinePolicy('bob', 'ManageOwnCredentials', MANAGE_OWN_CREDENTIALS_POLICY)
  const bobContext = await browser.newContext()
  const thiefContext = await browser.newContext()
  try {
    const page = await bobContext.newPage()
    const { cdp, authenticatorId } = await addVirtualAuthenticator(bobContext, page)

    await signedInAsIamUser(page, 'bob')
    await page.goto('/security-credentials')
    await page.getByRole('button', { name: 'Assign MFA device' }).click()
    await page.getByLabel('Device name').fill('bob-passkey')
    await page.getByLabel('Passkey or security key').check()
    await page.getByRole('button', { name: 'Next' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'MFA device assigned.' })).toBeVisible()
    await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'bob-passkey' })).toContainText('Passkey or security key')
    await signOut(page)

    await signInAsIamUser(page, 'bob')
    await expect(page.getByRole('heading', { name: 'Additional verification required' })).toBeVisible()
    await page.getByRole('button', { name: 'Use passkey or security key' }).click()
    await expectConsoleShell(page, 'bob @ sandbox')
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId })
    expect(credentials).toHaveLength(1)
    expect(credentials[0]!.signCount).toBeGreaterThan(0)
    const session = await e2eDatabase().consoleSession.findFirstOrThrow({ where: { user: { nameKey: 'bob' }, revokedAt: null }, orderBy: { createdAt: 'desc' } })
    expect(session.mfaAuthenticatedAt).not.toBeNull()

    // A copy of the same credential in another browser, which also knows bob's password.
    const thief = await thiefContext.newPage()
    const copy = await addVirtualAuthenticator(thiefContext, thief)
    await copy.cdp.send('WebAuthn.addCredential', { authenticatorId: copy.authenticatorId, credential: credentials[0]! })
    await signInAsIamUser(thief, 'bob')
    await expect(thief.getByRole('heading', { name: 'Additional verification required' })).toBeVisible()

    // Bob removes the passkey while the other browser's assertion is on its way.
    await thief.route('**/api/auth/callback/credentials', async (route) => {
      if (route.request().postData()?.includes('mfa-security-key')) {
        await page.goto('/security-credentials')
        await page.getByRole('button', { name: 'Remove bob-passkey' }).click()
        await page.getByRole('dialog', { name: 'Remove bob-passkey?' }).getByRole('button', { name: 'Remove' }).click()
        await expect(page.getByRole('status').filter({ hasText: 'MFA device removed.' })).toBeVisible()
      }
      await route.continue()
    })
    const sessionsBefore = await bobSessionCount()
    await thief.getByRole('button', { name: 'Use passkey or security key' }).click()
    await expect(thief.getByRole('alert').filter({ hasText: 'incorrect' })).toHaveText(GENERIC_ERROR)
    expect(await bobSessionCount()).toBe(sessionsBefore)
    await thief.goto('/users')
    await expect(thief).toHaveURL('/signin')
    expect(await e2eDatabase().mfaDevice.count({ where: { user: { nameKey: 'bob' } } })).toBe(0)
  } finally {
    await bobContext.close()
    await thiefContext.close()
  }
})
