// The account alias, as an administrator changes it on the dashboard: the AWS Account
// panel's Edit saves a new alias (a wrong one is refused in the dialog), the sign-in URL
// and the top bar follow at once, an IAM user signs in with the new alias, and the old
// alias gets the sign-in page's generic refusal, as AWS's does. Delete leaves the account
// ID as the only sign-in; a user without iam:CreateAccountAlias is refused in the dialog.
// And the dashboard's Download account authorization details gives the account's snapshot
// as JSON, which lists alice with her group.
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { e2eDatabase, sandboxAccountId } from './fixtures/e2e-database'
import { expectConsoleShell, signedInAsIamUser, signInAsIamUser } from './fixtures/sign-in'

const GENERIC_ERROR = 'Your authentication information is incorrect. Please try again.'
let accountId: string

test.beforeAll(async () => {
  accountId = await sandboxAccountId()
})
// Every other story signs in with the alias sandbox: put it back whatever happened here.
test.afterEach(async () => {
  await e2eDatabase().account.update({ where: { id: accountId }, data: { alias: 'sandbox' } })
})

async function editAlias(page: Page, alias: string) {
  await page.getByRole('button', { name: 'Edit account alias' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit account alias' })
  await dialog.getByLabel('Preferred alias').fill(alias)
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  return dialog
}

test('[ACCOUNT ALIAS]: alice changes the alias to classroom-7; bob signs in with classroom-7, and sandbox no longer works', async ({ page, browser }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/')
  await expect(page.getByText(/\/signin\?account=sandbox$/)).toBeVisible()

  // AWS's rules, in the dialog where the alias was typed.
  const dialog = await editAlias(page, 'Classroom 7')
  await expect(dialog.getByText(/failed to satisfy constraint: Member must satisfy regular expression pattern/)).toBeVisible()

  await dialog.getByLabel('Preferred alias').fill('classroom-7')
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText(/\/signin\?account=classroom-7$/)).toBeVisible()
  await expectConsoleShell(page, 'alice @ classroom-7')
  await expect(page.getByRole('banner')).toContainText('classroom-7')

  const bobContext = await browser.newContext()
  const bob = await bobContext.newPage()
  await signInAsIamUser(bob, 'bob', 'classroom-7')
  await expectConsoleShell(bob, 'bob @ classroom-7')
  await bobContext.close()

  const lateContext = await browser.newContext()
  const late = await lateContext.newPage()
  await signInAsIamUser(late, 'bob', 'sandbox')
  await expect(late.getByText(GENERIC_ERROR)).toBeVisible()
  await expect(late).toHaveURL(/\/signin/)
  await lateContext.close()
})

test('[ACCOUNT ALIAS]: alice deletes the alias; the sign-in URL is the account ID\'s until she creates one again', async ({ page }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/')
  await page.getByRole('button', { name: 'Delete account alias' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete account alias' })
  await expect(confirm.getByRole('button', { name: 'Delete' })).toBeDisabled()
  await confirm.getByLabel('Enter the account alias to confirm deletion').fill('sandbox')
  await confirm.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByText(new RegExp(`/signin\\?account=${accountId}$`))).toBeVisible()
  await expect(page.getByRole('button', { name: 'Create account alias' })).toBeVisible()

  await page.getByRole('button', { name: 'Create account alias' }).click()
  const create = page.getByRole('dialog', { name: 'Create alias for AWS account' })
  await create.getByLabel('Preferred alias').fill('sandbox')
  await create.getByRole('button', { name: 'Create alias' }).click()
  await expect(create).toBeHidden()
  await expect(page.getByText(/\/signin\?account=sandbox$/)).toBeVisible()
})

test('[ACCOUNT ALIAS]: carol (IAMReadOnlyAccess) may not change the alias: AccessDenied in the dialog, the alias stays', async ({ page }) => {
  await signedInAsIamUser(page, 'carol')
  await page.goto('/')
  const dialog = await editAlias(page, 'carols-alias')
  await expect(dialog.getByText(/is not authorized to perform: iam:CreateAccountAlias on resource: \*/)).toBeVisible()
  await page.reload()
  await expect(page.getByText(/\/signin\?account=sandbox$/)).toBeVisible()
  await expectConsoleShell(page, 'carol @ sandbox')
})

test('[ACCOUNT AUTHORIZATION DETAILS]: alice downloads the account authorization details, a JSON file that lists her with her group', async ({ page }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download account authorization details' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(new RegExp(`^account-authorization-details-${accountId}-.*\\.json$`))
  const snapshot = JSON.parse(await readFile((await file.path())!, 'utf8'))
  expect(Object.keys(snapshot)).toEqual(['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'])
  const alice = snapshot.UserDetailList.find((u: { UserName: string }) => u.UserName === 'alice')
  expect(alice).toMatchObject({ Arn: `arn:aws:iam::${accountId}:user/alice`, GroupList: ['Admins'] })
  const admins = snapshot.GroupDetailList.find((g: { GroupName: string }) => g.GroupName === 'Admins')
  expect(admins.AttachedManagedPolicies).toContainEqual({ PolicyName: 'AdministratorAccess', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' })
  const adminAccess = snapshot.Policies.find((p: { PolicyName: string }) => p.PolicyName === 'AdministratorAccess')
  expect(adminAccess.PolicyVersionList[0].Document).toEqual({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] })
})
