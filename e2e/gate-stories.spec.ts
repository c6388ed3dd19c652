// The gate issue's end-to-end stories: the console is governed by the IAM it
// administers. Each story changes a principal's policies through the console (or a
// fixture through lib/iam, as an administrator would) and checks that the very next
// request is decided by the new policies, with AWS's AccessDenied wording where the
// action was tried. Legitimate access is asserted too, so over-blocking fails as well.
import { expect, test, type Page } from '@playwright/test'
import * as iam from '@/lib/iam'
import { e2eDatabase } from './fixtures/e2e-database'
import { removeUsers, sandboxRoot } from './fixtures/iam-fixtures'
import { expectConsoleShell, signedInAsIamUser, signInAsIamUser } from './fixtures/sign-in'

const PASSWORD = 'Gate-Story-Passw0rd!'

async function fillCreateUserWizard(page: Page, userName: string, options: { password?: string; policy?: string } = {}) {
  await page.getByLabel('User name', { exact: true }).fill(userName)
  if (options.password) {
    await page.getByLabel('Provide user access to the AWS Management Console - optional').check()
    await page.getByLabel('Custom password', { exact: true }).check()
    await page.getByLabel('Password', { exact: true }).fill(options.password)
    await page.getByLabel('Users must create a new password at next sign-in - Recommended').uncheck()
  }
  await page.getByRole('button', { name: 'Next' }).click()
  if (options.policy) {
    await page.getByLabel('Attach policies directly').check()
    await page.getByLabel('Search policies').fill(options.policy)
    await page.getByRole('checkbox', { name: options.policy, exact: true }).check()
  }
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Create user' }).click()
}

test.describe('the gate', () => {
  test('[GATE]: dave, created with IAMReadOnlyAccess, is denied Create user until alice attaches IAMFullAccess', async ({ browser }) => {
    test.setTimeout(120_000) // two principals, four page loads with the 1,452-policy picker
    await removeUsers('dave', 'erin')
    const aliceContext = await browser.newContext()
    const daveContext = await browser.newContext()
    try {
      const alice = await aliceContext.newPage()
      await signedInAsIamUser(alice, 'alice')
      await alice.goto('/users/create')
      await fillCreateUserWizard(alice, 'dave', { password: PASSWORD, policy: 'IAMReadOnlyAccess' })
      await expect(alice.getByText('User created successfully.', { exact: false })).toBeVisible()
      await expect(alice.getByText('Succeeded: Attach policy IAMReadOnlyAccess')).toBeVisible()

      const dave = await daveContext.newPage()
      await signInAsIamUser(dave, 'dave', 'sandbox', PASSWORD)
      await expectConsoleShell(dave, 'dave @ sandbox')
      await dave.goto('/users')
      await expect(dave.getByRole('heading', { name: /^Users \(\d+\)$/ })).toBeVisible()
      await expect(dave.getByRole('link', { name: 'alice', exact: true })).toBeVisible()
      await dave.goto('/policies')
      await expect(dave.getByRole('heading', { name: /^Policies/ })).toBeVisible()
      await expect(dave.getByRole('alert').filter({ hasText: 'not authorized' })).toHaveCount(0)

      await dave.goto('/users')
      await dave.getByRole('link', { name: 'Create user' }).click()
      await fillCreateUserWizard(dave, 'erin')
      const denial = dave.getByRole('alert').filter({ hasText: 'iam:CreateUser' })
      await expect(denial).toContainText(/User: arn:aws:iam::\d{12}:user\/dave is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::\d{12}:user\/erin/)
      await expect(denial).toContainText('because no identity-based policy allows the iam:CreateUser action')

      await alice.goto('/users/dave')
      await alice.getByRole('link', { name: 'Add permissions' }).click()
      await alice.getByLabel('Search policies').fill('IAMFullAccess')
      await alice.getByRole('checkbox', { name: 'IAMFullAccess', exact: true }).check()
      await alice.getByRole('button', { name: 'Add permissions' }).click()
      await expect(alice.getByRole('table', { name: 'Permissions policies' }).getByRole('link', { name: 'IAMFullAccess' })).toBeVisible()

      // dave is still on the review step with the denial; the same button now succeeds.
      await dave.getByRole('button', { name: 'Create user' }).click()
      await expect(dave.getByText('User created successfully.', { exact: false })).toBeVisible()
      await dave.getByRole('link', { name: 'Return to users list' }).click()
      await expect(dave.getByRole('link', { name: 'erin', exact: true })).toBeVisible()
    } finally {
      await aliceContext.close()
      await daveContext.close()
      await removeUsers('dave', 'erin')
    }
  })

  test('[GATE]: an explicit deny on users tagged protected=true stops alice deleting one, not an untagged one', async ({ page }) => {
    const root = await sandboxRoot()
    await removeUsers('protected-pat', 'plain-pam')
    const { Policy } = await iam.createPolicy(root, {
      PolicyName: 'DenyDeleteProtectedUsers',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Sid: 'KeepProtectedUsers', Effect: 'Deny', Action: 'iam:DeleteUser', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/protected': 'true' } } }],
      }),
    })
    try {
      await iam.attachGroupPolicy(root, { GroupName: 'Admins', PolicyArn: Policy.Arn })
      await iam.createUser(root, { UserName: 'protected-pat', Tags: [{ Key: 'protected', Value: 'true' }] })
      await iam.createUser(root, { UserName: 'plain-pam' })

      await signedInAsIamUser(page, 'alice')
      await page.goto('/users/protected-pat')
      await page.getByRole('button', { name: 'Delete' }).click()
      const dialog = page.getByRole('dialog', { name: 'Delete protected-pat?' })
      await dialog.getByLabel('Enter the user name to confirm deletion').fill('protected-pat')
      await dialog.getByRole('button', { name: 'Delete' }).click()
      const denial = dialog.getByRole('alert').filter({ hasText: 'iam:DeleteUser' })
      await expect(denial).toContainText(/user\/alice is not authorized to perform: iam:DeleteUser on resource: arn:aws:iam::\d{12}:user\/protected-pat with an explicit deny in an identity-based policy/)
      await denial.getByText('Why was this denied?').click()
      // The evaluation path: decided at its first step, by that statement.
      const path = denial.getByRole('list', { name: 'Evaluation path' })
      const decisive = path.locator('> li[aria-current="step"]')
      await expect(decisive).toContainText('1. Explicit deny in any policy: Deny found')
      await expect(decisive).toContainText('Decision made here')
      await expect(decisive).toContainText('Deny statement "KeepProtectedUsers" in DenyDeleteProtectedUsers')
      // The Allow it overrode is there too, in the same step.
      const identity = path.locator('> li').filter({ hasText: 'Identity-based policies' })
      await expect(identity).toContainText('Deny found')
      await expect(identity).toContainText('Allow statement #1 in AdministratorAccess')
      await expect(denial.getByRole('link', { name: 'Open in policy simulator' })).toHaveAttribute('href', /^\/policy-simulator\?PolicySourceArn=arn%3Aaws%3Aiam%3A%3A\d{12}%3Auser%2Falice&ActionNames=iam%3ADeleteUser/)
      expect(await e2eDatabase().user.count({ where: { name: 'protected-pat' } })).toBe(1)

      await page.goto('/users/plain-pam')
      await page.getByRole('button', { name: 'Delete' }).click()
      const plain = page.getByRole('dialog', { name: 'Delete plain-pam?' })
      await plain.getByLabel('Enter the user name to confirm deletion').fill('plain-pam')
      await plain.getByRole('button', { name: 'Delete' }).click()
      await expect(page).toHaveURL(/\/users$/)
      await expect(page.getByRole('link', { name: 'plain-pam', exact: true })).toHaveCount(0)
    } finally {
      await iam.detachGroupPolicy(root, { GroupName: 'Admins', PolicyArn: Policy.Arn }).catch(() => {})
      await iam.deletePolicy(root, { PolicyArn: Policy.Arn }).catch(() => {})
      await removeUsers('protected-pat', 'plain-pam')
    }
  })

  test('[GATE]: bob (PowerUserAccess, no IAM) sees AccessDenied in place of a user and of the groups list, where Create group stays visible', async ({ page }) => {
    await signedInAsIamUser(page, 'bob')
    await page.goto('/users/alice')
    await expect(page.getByRole('heading', { name: 'alice', level: 1 })).toBeVisible()
    await expect(page.getByRole('alert').filter({ hasText: 'iam:GetUser' })).toContainText(
      /user\/bob is not authorized to perform: iam:GetUser on resource: arn:aws:iam::\d{12}:user\/alice because no identity-based policy allows the iam:GetUser action/,
    )
    await expect(page.getByRole('heading', { name: 'Summary' })).toHaveCount(0)

    await page.goto('/groups')
    await expect(page.getByRole('alert').filter({ hasText: 'iam:ListGroups' })).toContainText('because no identity-based policy allows the iam:ListGroups action')
    // The button is there for everyone; the gate answers when it is used.
    await expect(page.getByRole('link', { name: 'Create group' })).toBeVisible()
  })

  test('[GATE]: carol (IAMReadOnlyAccess) reads her groups, and Remove, still shown, answers with AWS\'s denial next to it', async ({ page }) => {
    await signedInAsIamUser(page, 'carol')
    await page.goto('/users/carol?section=groups')
    const memberships = page.getByRole('table', { name: 'User groups membership' })
    await expect(memberships.getByRole('row', { name: /Auditors/ })).toBeVisible()
    await memberships.getByRole('button', { name: 'Remove from Auditors' }).click()
    await expect(memberships.getByRole('alert').filter({ hasText: 'iam:RemoveUserFromGroup' })).toContainText(
      /user\/carol is not authorized to perform: iam:RemoveUserFromGroup on resource: arn:aws:iam::\d{12}:group\/Auditors because no identity-based policy allows the iam:RemoveUserFromGroup action/,
    )
    await page.reload()
    await expect(memberships.getByRole('row', { name: /Auditors/ })).toBeVisible()
  })

  test('[GATE]: a permissions boundary of IAMReadOnlyAccess limits an admin user to reading', async ({ browser }) => {
    test.setTimeout(90_000)
    const root = await sandboxRoot()
    await removeUsers('bounded-bea', 'not-created')
    await iam.createUser(root, { UserName: 'bounded-bea' })
    await iam.createLoginProfile(root, { UserName: 'bounded-bea', Password: PASSWORD })
    await iam.addUserToGroup(root, { UserName: 'bounded-bea', GroupName: 'Admins' })
    const aliceContext = await browser.newContext()
    const beaContext = await browser.newContext()
    try {
      const alice = await aliceContext.newPage()
      await signedInAsIamUser(alice, 'alice')
      await alice.goto('/users/bounded-bea')
      await alice.getByRole('link', { name: 'Set permissions boundary' }).click()
      await alice.getByLabel('Search policies').fill('IAMReadOnlyAccess')
      await alice.getByRole('radio', { name: 'IAMReadOnlyAccess', exact: true }).check()
      await alice.getByRole('button', { name: 'Set boundary' }).click()
      await expect(alice.getByText('Permissions boundary:').locator('..').getByRole('link', { name: 'IAMReadOnlyAccess' })).toBeVisible()

      const bea = await beaContext.newPage()
      await signInAsIamUser(bea, 'bounded-bea', 'sandbox', PASSWORD)
      await expectConsoleShell(bea, 'bounded-bea @ sandbox')
      await bea.goto('/users')
      await expect(bea.getByRole('link', { name: 'alice', exact: true })).toBeVisible()
      await bea.goto('/users/create')
      await fillCreateUserWizard(bea, 'not-created')
      await expect(bea.getByRole('alert').filter({ hasText: 'iam:CreateUser' })).toContainText(
        /user\/bounded-bea is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::\d{12}:user\/not-created because no permissions boundary allows the iam:CreateUser action/,
      )
      expect(await e2eDatabase().user.count({ where: { name: 'not-created' } })).toBe(0)
    } finally {
      await aliceContext.close()
      await beaContext.close()
      await removeUsers('bounded-bea', 'not-created')
    }
  })
})
