// Switch role: alice switches to a role with ReadOnlyAccess, the top bar shows the role's
// display name, Create user is denied as the assumed role (AccessDenied naming
// assumed-role/ROLE/alice), and after Switch back she creates the user as herself, then
// revokes the role's active sessions.
import { expect, test } from '@playwright/test'
import * as iam from '@/lib/iam'
import { createUserDenied } from './fixtures/create-user-denied'
import { e2eDatabase, sandboxAccountId } from './fixtures/e2e-database'
import { removeUsers, sandboxRoot } from './fixtures/iam-fixtures'
import { signedInAsIamUser } from './fixtures/sign-in'

const ROLE = 'e2e-switch-readonly'
const USER = 'e2e-switch-user'

test.beforeAll(async () => {
  const root = await sandboxRoot()
  const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${root.accountId}:root` }, Action: 'sts:AssumeRole' }] }
  await iam.createRole(root, { RoleName: ROLE, AssumeRolePolicyDocument: JSON.stringify(trust) })
  await iam.attachRolePolicy(root, { RoleName: ROLE, PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' })
})

test.afterAll(async () => {
  await e2eDatabase().role.deleteMany({ where: { accountId: await sandboxAccountId(), name: ROLE } })
  await removeUsers(USER)
})

test('[SWITCH ROLE]: alice switches to a read-only role, is denied Create user as the role, switches back, creates the user and revokes the role\'s sessions', async ({ page }) => {
  const accountId = await sandboxAccountId()
  await signedInAsIamUser(page, 'alice')
  await page.getByText('Account menu').click()
  await page.getByRole('link', { name: 'Switch role' }).click()
  await page.getByLabel('Account ID').fill('sandbox')
  await page.getByLabel('IAM role name').fill(ROLE)
  await page.getByLabel('Display name - optional').fill('Read only')
  await page.getByLabel('Blue').check()
  await page.getByRole('button', { name: 'Switch Role' }).click()

  await expect(page.getByLabel('Currently active as')).toHaveText('Read only')
  await expect(page.getByLabel('Signed in as')).toHaveText('alice @ sandbox')
  const denied = await createUserDenied(page, USER)
  await expect(denied).toContainText(`User: arn:aws:sts::${accountId}:assumed-role/${ROLE}/alice is not authorized to perform: iam:CreateUser`)

  // The role is in the history now; Switch back returns to alice's own permissions.
  await page.getByText('Account menu').click()
  await expect(page.getByRole('button', { name: 'Switch to Read only' })).toBeVisible()
  await page.getByRole('button', { name: 'Switch back' }).click()
  await expect(page.getByLabel('Currently active as')).toHaveCount(0)
  await page.goto('/users/create')
  await page.getByLabel('User name', { exact: true }).fill(USER)
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Create user' }).click()
  await expect(page.getByText(`Succeeded: Create user ${USER}`)).toBeVisible()

  // Revoke sessions: the role gets AWSRevokeOlderSessions, shown among its permissions.
  await page.goto(`/roles/${ROLE}?tab=revoke_sessions`)
  await page.getByRole('button', { name: 'Revoke active sessions' }).click()
  const dialog = page.getByRole('dialog', { name: 'Revoke active sessions?' })
  await expect(dialog.getByRole('button', { name: 'Revoke active sessions' })).toBeDisabled()
  await dialog.getByLabel('I acknowledge that I am revoking all active sessions for this role.').check()
  await dialog.getByRole('button', { name: 'Revoke active sessions' }).click()
  await expect(page.getByRole('status')).toHaveText(`Active sessions for ${ROLE} revoked.`)
  await page.getByRole('link', { name: 'Permissions', exact: true }).click()
  await expect(page.getByRole('link', { name: 'AWSRevokeOlderSessions' })).toBeVisible()
})
