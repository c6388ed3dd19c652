// A user's Security credentials tab, as an administrator sees it: alice removes the MFA
// device lou lost (after which lou signs in with the password alone), creates an access
// key for lou (the secret shown once), and revokes lou's active console sessions.
import { expect, test } from '@playwright/test'
import * as iam from '@/lib/iam'
import { e2eDatabase } from './fixtures/e2e-database'
import { createStoryUser, twoConsecutiveCodes } from './fixtures/credentials'
import { removeUsers, sandboxRoot } from './fixtures/iam-fixtures'
import { expectConsoleShell, signedInAsIamUser, signInAsIamUser } from './fixtures/sign-in'

const PASSWORD = 'Lost-Lou-Passw0rd!'

test.beforeEach(async () => {
  await removeUsers('lost-lou')
  await e2eDatabase().mfaDevice.deleteMany({ where: { name: 'lou-phone' } })
  await createStoryUser('lost-lou', PASSWORD)
  // lou's phone, assigned as lou's authenticator app would be: two consecutive codes.
  const root = await sandboxRoot()
  const { VirtualMFADevice } = await iam.createVirtualMFADevice(root, { VirtualMFADeviceName: 'lou-phone' })
  const [code1, code2] = twoConsecutiveCodes(VirtualMFADevice.Base32StringSeed)
  await iam.enableMFADevice(root, { UserName: 'lost-lou', SerialNumber: VirtualMFADevice.SerialNumber, AuthenticationCode1: code1, AuthenticationCode2: code2 })
})
test.afterEach(async () => {
  await removeUsers('lost-lou')
  await e2eDatabase().mfaDevice.deleteMany({ where: { name: 'lou-phone' } })
})

test('[CREDENTIALS]: alice removes the MFA device lou lost from his Security credentials tab, and lou signs in with his password alone', async ({ page, browser }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/users/lost-lou?section=security_credentials')
  await expect(page.getByText('not built yet')).toHaveCount(0)
  const devices = page.getByRole('table').filter({ hasText: 'Identifier' })
  await expect(devices.getByRole('row').filter({ hasText: 'lou-phone' })).toContainText(/Virtual.*arn:aws:iam::\d{12}:mfa\/lou-phone/)
  await page.getByRole('button', { name: 'Remove lou-phone' }).click()
  await page.getByRole('dialog', { name: 'Remove lou-phone?' }).getByRole('button', { name: 'Remove' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'MFA device removed.' })).toBeVisible()
  await expect(page.getByText('No MFA devices.', { exact: false })).toBeVisible()
  expect(await e2eDatabase().mfaDevice.count({ where: { name: 'lou-phone' } })).toBe(0)

  const louContext = await browser.newContext()
  try {
    const lou = await louContext.newPage()
    await signInAsIamUser(lou, 'lost-lou', 'sandbox', PASSWORD)
    await expectConsoleShell(lou, 'lost-lou @ sandbox')
  } finally {
    await louContext.close()
  }
})

test('[CREDENTIALS]: alice creates an access key for lou, seen once, and revokes his active sessions', async ({ page, browser }) => {
  await e2eDatabase().mfaDevice.deleteMany({ where: { name: 'lou-phone' } }) // lou signs in with his password here
  await signedInAsIamUser(page, 'alice')
  await page.goto('/users/lost-lou?section=security_credentials')
  await page.getByRole('button', { name: 'Create access key' }).click()
  const retrieve = page.getByRole('region', { name: 'Retrieve access keys' })
  const accessKeyId = (await retrieve.getByLabel('Access key', { exact: true }).textContent())!.trim()
  expect(accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/)
  await retrieve.getByRole('button', { name: 'Show' }).click()
  await expect(retrieve.getByLabel('Secret access key')).toHaveText(/^\S{40}$/)
  await retrieve.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('row').filter({ hasText: accessKeyId })).toContainText('Active')
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText(`Access key 1${accessKeyId} - Active`)

  const louContext = await browser.newContext()
  try {
    const lou = await louContext.newPage()
    await signInAsIamUser(lou, 'lost-lou', 'sandbox', PASSWORD)
    await expectConsoleShell(lou, 'lost-lou @ sandbox')
    await page.getByRole('button', { name: 'Revoke active sessions' }).click()
    await expect(page.getByText('1 active session revoked.')).toBeVisible()
    await lou.goto('/users')
    await expect(lou).toHaveURL('/signin')
  } finally {
    await louContext.close()
  }
})
