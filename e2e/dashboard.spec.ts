// The IAM dashboard, as an administrator reads it: the security recommendations say to add
// MFA for the root user until the root user has an MFA device, each with a link to its
// fix, the IAM users' sign-in URL copies with one click, and the IAM resources counts
// follow the account (a created user is counted).
import { expect, test } from '@playwright/test'
import * as iam from '@/lib/iam'
import { twoConsecutiveCodes } from './fixtures/credentials'
import { e2eDatabase, sandboxAccountId } from './fixtures/e2e-database'
import { removeUsers, sandboxRoot } from './fixtures/iam-fixtures'
import { signedInAsIamUser } from './fixtures/sign-in'

const ROOT_DEVICE = 'dashboard-root-device'

async function removeRootDevice() {
  await e2eDatabase().mfaDevice.deleteMany({ where: { accountId: await sandboxAccountId(), name: ROOT_DEVICE } })
}
test.beforeEach(async () => {
  await removeRootDevice()
  await removeUsers('dashboard-newcomer')
})
test.afterEach(async () => {
  await removeRootDevice()
  await removeUsers('dashboard-newcomer')
})

test('[DASHBOARD]: alice sees "Add MFA for root user" until the root user assigns an MFA device', async ({ page }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Security recommendations' })).toBeVisible()
  const addRootMfa = page.getByRole('listitem', { name: 'Add MFA for root user' })
  await expect(addRootMfa).toBeVisible()
  await expect(addRootMfa.getByRole('link', { name: 'Add MFA' })).toHaveAttribute('href', '/security-credentials')
  await expect(page.getByRole('listitem', { name: 'Root user has no active access keys' })).toBeVisible()

  // The root user assigns a virtual MFA device to itself (EnableMFADevice without UserName).
  const root = await sandboxRoot()
  const { VirtualMFADevice } = await iam.createVirtualMFADevice(root, { VirtualMFADeviceName: ROOT_DEVICE })
  const [code1, code2] = twoConsecutiveCodes(VirtualMFADevice.Base32StringSeed)
  await iam.enableMFADevice(root, { SerialNumber: VirtualMFADevice.SerialNumber, AuthenticationCode1: code1, AuthenticationCode2: code2 })

  await page.reload()
  await expect(page.getByRole('listitem', { name: 'Root user has MFA' })).toBeVisible()
  await expect(page.getByRole('listitem', { name: 'Add MFA for root user' })).toHaveCount(0)
})

test('[DASHBOARD]: alice copies the IAM users\' sign-in URL', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await signedInAsIamUser(page, 'alice')
  await page.goto('/')
  await page.getByRole('button', { name: 'Copy sign-in URL' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^http:\/\/localhost:\d+\/signin\?account=sandbox$/)
})

test('[DASHBOARD]: the IAM resources count a user alice creates', async ({ page }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/')
  const usersCount = page.getByRole('link', { name: /^Users: \d+$/ })
  const before = Number((await usersCount.getAttribute('aria-label'))!.split(': ')[1])
  expect(before).toBe(await e2eDatabase().user.count({ where: { accountId: await sandboxAccountId() } }))
  await expect(usersCount).toHaveAttribute('href', '/users')

  await iam.createUser(await sandboxRoot(), { UserName: 'dashboard-newcomer' })
  await page.reload()
  await expect(page.getByRole('link', { name: `Users: ${before + 1}` })).toBeVisible()
})
