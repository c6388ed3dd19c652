// Users list stories on seeded data plus 27 extra users made directly in the e2e database
// (many at once, faster than the wizard): search, sorting by column headers, pagination.
import { expect, test, type Page } from '@playwright/test'
import { userArn } from '@/lib/iam/arn'
import { newUserId } from '@/lib/credentials/ids'
import { e2eDatabase, sandboxAccountId } from './fixtures/e2e-database'
import { deleteUserInlinePolicy, putUserInlinePolicy } from './fixtures/credentials'
import { SEEDED_USERS } from './fixtures/iam-fixtures'
import { signedInAsIamUser } from './fixtures/sign-in'

const EXTRA_PREFIX = 'list-story-'
// 27 extra + alice, bob, carol = 30 users: three pages of 10.
const EXTRA_NAMES = Array.from({ length: 27 }, (_, i) => `${EXTRA_PREFIX}${String(i + 1).padStart(2, '0')}`)

test.beforeAll(async () => {
  const accountId = await sandboxAccountId()
  // The counts below are of the seeded users plus these: every other story removes the users it makes.
  const present = await e2eDatabase().user.findMany({ where: { accountId }, select: { name: true }, orderBy: { nameKey: 'asc' } })
  expect(present.map((u) => u.name), 'users left behind by another story').toEqual([...SEEDED_USERS])
  await e2eDatabase().user.createMany({
    data: EXTRA_NAMES.map((name, i) => ({
      id: newUserId(),
      accountId,
      name,
      nameKey: name,
      path: i % 2 === 0 ? '/engineering/' : '/',
      arn: userArn(accountId, i % 2 === 0 ? '/engineering/' : '/', name),
    })),
  })
})

test.afterAll(async () => {
  await e2eDatabase().user.deleteMany({ where: { name: { startsWith: EXTRA_PREFIX } } })
})

function userNameCells(page: Page) {
  return page.getByRole('table').locator('tbody tr td:first-child')
}

test('[USERS]: alice finds a user by typing part of the user name', async ({ page }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/users')
  await expect(page.getByRole('heading', { name: 'Users (30)' })).toBeVisible()
  await page.getByLabel('Find users by username').fill('CAR')
  await page.getByLabel('Find users by username').press('Enter')
  await expect(page).toHaveURL(/search=CAR/)
  await expect(page.getByRole('heading', { name: 'Users (1)' })).toBeVisible()
  await expect(userNameCells(page)).toHaveText(['carol'])

  await page.getByLabel('Find users by username').fill('no-such-user')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByRole('heading', { name: 'Users (0)' })).toBeVisible()
  await expect(page.getByText('No users match "no-such-user".')).toBeVisible()
})

test('[USERS]: alice sorts the users by user name, both ways, with the column header', async ({ page }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/users?pageSize=50')
  const header = page.getByRole('columnheader', { name: 'User name' })
  await expect(header).toHaveAttribute('aria-sort', 'ascending')
  await expect(userNameCells(page).first()).toHaveText('alice')

  await header.getByRole('link').click()
  await expect(page).toHaveURL(/sort=userName&order=desc/)
  await expect(header).toHaveAttribute('aria-sort', 'descending')
  const names = await userNameCells(page).allTextContents()
  expect(names).toHaveLength(30)
  expect(names).toEqual([...names].sort().reverse())
  expect(names[0]).toBe(`${EXTRA_PREFIX}27`)
})

test('[USERS]: alice sorts by path and by console last sign-in', async ({ page }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/users?pageSize=50')
  await page.getByRole('columnheader', { name: 'Path' }).getByRole('link').click()
  await expect(page).toHaveURL(/sort=path&order=asc/)
  const paths = await page.getByRole('table').locator('tbody tr td:nth-child(2)').allTextContents()
  expect(paths).toEqual([...paths].sort())
  expect(paths[0]).toBe('/')
  expect(paths.at(-1)).toBe('/engineering/')

  // alice has just signed in: most recent sign-in first when sorted descending.
  const signInHeader = page.getByRole('columnheader', { name: 'Console last sign-in' })
  await signInHeader.getByRole('link').click()
  await expect(signInHeader).toHaveAttribute('aria-sort', 'ascending')
  await signInHeader.getByRole('link').click()
  await expect(page).toHaveURL(/sort=consoleLastSignIn&order=desc/)
  await expect(userNameCells(page).first()).toHaveText('alice')
})

test('[USERS]: alice pages through the users ten at a time', async ({ page }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/users')
  await page.getByRole('navigation', { name: 'Page size' }).getByRole('link', { name: '10', exact: true }).click()
  const pagination = page.getByRole('navigation', { name: 'Pagination' })
  await expect(pagination).toContainText('Page 1 of 3')
  await expect(userNameCells(page)).toHaveCount(10)
  const firstPage = await userNameCells(page).allTextContents()

  await pagination.getByRole('link', { name: 'Next' }).click()
  await expect(pagination).toContainText('Page 2 of 3')
  const secondPage = await userNameCells(page).allTextContents()
  expect(secondPage).toHaveLength(10)
  expect(secondPage.filter((n) => firstPage.includes(n))).toEqual([])

  await pagination.getByRole('link', { name: 'Next' }).click()
  await expect(pagination).toContainText('Page 3 of 3')
  await expect(userNameCells(page)).toHaveCount(10)
  await expect(pagination.getByRole('link', { name: 'Next' })).toHaveCount(0)

  await pagination.getByRole('link', { name: 'Previous' }).click()
  await expect(pagination).toContainText('Page 2 of 3')
  expect(await userNameCells(page).allTextContents()).toEqual(secondPage)
})

test('[USERS]: the users page shows the console columns and links each user name', async ({ page }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/users?search=alice')
  await expect(page.getByRole('columnheader')).toHaveText(
    ['User name', 'Path', 'Group(s)', 'Last activity', 'MFA', 'Password age', 'Console last sign-in', 'Access key ID', 'Creation time'].map(
      (name) => new RegExp(`^${name.replace(/[()]/g, '\\$&')}`),
    ),
  )
  const row = page.getByRole('table').locator('tbody tr').first()
  await expect(row.locator('td')).toHaveText(['alice', '/', '1', 'Now', '-', '0 days', 'Now', '-', /ago|Now/])
  await expect(page.getByRole('link', { name: 'Create user' })).toBeVisible()
  await page.screenshot({ path: 'test-results/users-page.png', fullPage: true })
  await page.getByRole('link', { name: 'alice', exact: true }).click()
  await expect(page).toHaveURL('/users/alice')
  await expect(page.getByRole('heading', { name: 'alice', level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible()
})

// carol reads IAM (IAMReadOnlyAccess) but is denied bob's groups: the list must hide that
// one cell, as AWS's console does when ListGroupsForUser fails for a user, and still
// show everything else, bob's other cells and the other users' groups included.
test("[USERS]: carol, denied iam:ListGroupsForUser on bob, sees Access denied in bob's Groups cell only", async ({ page }) => {
  const accountId = await sandboxAccountId()
  await putUserInlinePolicy('carol', 'NoGroupsOfBob', JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', Action: 'iam:ListGroupsForUser', Resource: userArn(accountId, '/', 'bob') }],
  }))
  try {
    await signedInAsIamUser(page, 'carol')
    await page.goto('/users?pageSize=50')
    const rowOf = (name: string) => page.getByRole('table').locator('tbody tr').filter({ has: page.getByRole('link', { name, exact: true }) })
    await expect(rowOf('bob').locator('td').nth(2)).toHaveText('Access denied')
    await expect(page.getByRole('table').getByText('Access denied')).toHaveCount(1)
    await expect(rowOf('alice').locator('td').nth(2)).toHaveText('1')
    await expect(rowOf('bob').locator('td').nth(5)).toHaveText(/days?$/)
  } finally {
    await deleteUserInlinePolicy('carol', 'NoGroupsOfBob')
  }
})
