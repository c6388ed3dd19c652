// User groups stories: alice creates a group with a member and a policy, sees it in the
// list with AWS's columns, and deletes it (members and policies are removed first, the
// users stay); she adds a user to a group from the user's page, and the group's policy
// then shows on the user's Permissions tab as attached via the group.
import { expect, test } from '@playwright/test'
import { e2eDatabase } from './fixtures/e2e-database'
import * as iam from '@/lib/iam'
import { removeGroups, sandboxRoot } from './fixtures/iam-fixtures'
import { signedInAsIamUser } from './fixtures/sign-in'

test.describe('user groups', () => {
  test('[GROUPS]: alice creates a group with bob and ReadOnlyAccess, finds it in the list, then deletes it', async ({ page }) => {
    test.setTimeout(90_000)
    await removeGroups('Testers')
    try {
      await signedInAsIamUser(page, 'alice')
      await page.goto('/groups')
      await page.getByRole('link', { name: 'Create group' }).click()
      await page.getByLabel('User group name', { exact: true }).fill('Testers')
      await page.getByRole('checkbox', { name: 'bob', exact: true }).check()
      await page.getByLabel('Search policies').fill('ReadOnlyAccess')
      await page.getByRole('checkbox', { name: 'ReadOnlyAccess', exact: true }).check()
      await page.getByRole('button', { name: 'Create user group' }).click()

      await expect(page.getByRole('heading', { name: 'Testers', level: 1 })).toBeVisible()
      await expect(page.getByRole('table', { name: 'Users in this group' }).getByRole('link', { name: 'bob' })).toBeVisible()
      await page.getByRole('link', { name: 'Permissions', exact: true }).click()
      await expect(page.getByRole('table', { name: 'Permissions policies' }).getByRole('row', { name: /ReadOnlyAccess AWS managed/ })).toBeVisible()

      await page.goto('/groups?search=test')
      const list = page.getByRole('table', { name: 'User groups' })
      await expect(list.getByRole('row', { name: /Testers 1 Defined/ })).toBeVisible()
      await expect(list.getByRole('link', { name: 'Admins' })).toHaveCount(0)

      await page.getByRole('button', { name: 'Delete Testers' }).click()
      const dialog = page.getByRole('dialog', { name: 'Delete Testers?' })
      await dialog.getByLabel('Enter the user group name to confirm deletion').fill('Testers')
      await dialog.getByRole('button', { name: 'Delete' }).click()
      await expect(page).toHaveURL(/\/groups$/)
      await expect(page.getByRole('link', { name: 'Testers' })).toHaveCount(0)
      expect(await e2eDatabase().user.count({ where: { name: 'bob' } })).toBe(1)
    } finally {
      await removeGroups('Testers')
    }
  })

  test('[GROUPS]: alice adds carol to Developers from her Groups tab, sees the group policy, and removes her again', async ({ page }) => {
    // carol is seeded in Auditors only; whatever happens here, she ends there again.
    try {
      await signedInAsIamUser(page, 'alice')
      await page.goto('/users/carol?section=groups')
      await page.getByRole('checkbox', { name: 'Developers', exact: true }).check()
      await page.getByRole('button', { name: 'Add user to groups' }).click()
      const memberships = page.getByRole('table', { name: 'User groups membership' })
      await expect(memberships.getByRole('row', { name: /Developers PowerUserAccess/ })).toBeVisible()

      await page.getByRole('link', { name: 'Permissions', exact: true }).click()
      await expect(page.getByRole('table', { name: 'Permissions policies' }).getByRole('row', { name: /PowerUserAccess AWS managed Group Developers/ })).toBeVisible()

      await page.getByRole('link', { name: 'Groups', exact: true }).click()
      await memberships.getByRole('button', { name: 'Remove from Developers' }).click()
      await expect(memberships.getByRole('row', { name: /Developers/ })).toHaveCount(0)
      await expect(memberships.getByRole('row', { name: /Auditors/ })).toBeVisible()
    } finally {
      await iam.removeUserFromGroup(await sandboxRoot(), { UserName: 'carol', GroupName: 'Developers' }).catch(() => {})
    }
  })
})
