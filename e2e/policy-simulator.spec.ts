// Policy simulator stories: a learner chooses a principal, a service and actions, runs
// the simulation and sees, per action, the decision, the statements behind it inside
// their documents and the evaluation path; a denial anywhere in the console replays in
// the simulator, where a pasted policy shows what would change it.
import { expect, test, type Locator, type Page } from '@playwright/test'
import * as iam from '@/lib/iam'
import { createUserDenied } from './fixtures/create-user-denied'
import { createStoryUser } from './fixtures/credentials'
import { sandboxAccountId } from './fixtures/e2e-database'
import { removeUsers, sandboxRoot } from './fixtures/iam-fixtures'
import { expectConsoleShell, signedInAsIamUser, signInAsIamUser } from './fixtures/sign-in'

const PASSWORD = 'Simulator-Story-Passw0rd!'
const IAM_READ_ONLY = 'arn:aws:iam::aws:policy/IAMReadOnlyAccess'

async function chooseActions(page: Page, service: string, actions: string[]) {
  await page.getByLabel('Service', { exact: true }).selectOption({ label: service })
  for (const action of actions) await page.getByRole('group', { name: 'Actions' }).getByLabel(action, { exact: true }).check()
}

/** A result row, by action and resource, with its details open. */
async function result(page: Page, action: string, resource = '*'): Promise<Locator> {
  const row = page.getByRole('region', { name: 'Simulation results' }).getByRole('listitem', { name: `${action} on ${resource}` })
  const details = row.locator('details')
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await row.getByText('Details', { exact: true }).click()
  return row
}

const decisiveStep = (row: Locator) => row.getByRole('list', { name: 'Evaluation path' }).locator('> li[aria-current="step"]')
const step = (row: Locator, title: string) => row.getByRole('list', { name: 'Evaluation path' }).locator('> li').filter({ hasText: title })

test.describe('policy simulator', () => {
  test.beforeEach(async () => {
    await removeUsers('dave')
    await createStoryUser('dave', PASSWORD, { managedPolicyArns: [IAM_READ_ONLY] })
  })
  test.afterEach(async () => removeUsers('dave'))

  test('[SIMULATOR]: alice simulates dave (IAMReadOnlyAccess): CreateUser is an implicit deny, ListUsers is allowed by its statement', async ({ page }) => {
    await signedInAsIamUser(page, 'alice')
    await page.goto('/policy-simulator')
    await page.getByLabel('Users, groups, and roles').selectOption({ label: 'dave' })
    await expect(page.getByRole('group', { name: 'Policies of dave' }).getByLabel('IAMReadOnlyAccess')).toBeChecked()
    await chooseActions(page, 'AWS Identity and Access Management (IAM)', ['CreateUser', 'ListUsers'])
    // The resource type CreateUser takes, with its ARN format; ListUsers takes none.
    await expect(page.getByText('iam:CreateUser: user (required)')).toContainText('arn:${Partition}:iam::${Account}:user/${UserNameWithPath}')
    await page.getByRole('button', { name: 'Run simulation' }).click()

    const createUser = await result(page, 'iam:CreateUser')
    await expect(createUser).toContainText('Implicit deny')
    await expect(createUser).toContainText('No matching statement.')
    await expect(decisiveStep(createUser)).toContainText('Identity-based policies: No statement applies')

    const listUsers = await result(page, 'iam:ListUsers')
    await expect(listUsers).toContainText('Allowed')
    const document = listUsers.getByRole('figure', { name: 'IAMReadOnlyAccess document' })
    await expect(document.locator('mark').filter({ hasText: 'iam:List*' })).toHaveCount(1)
    await expect(decisiveStep(listUsers)).toContainText('Identity-based policies: Allow found')
    await expect(decisiveStep(listUsers)).toContainText('in IAMReadOnlyAccess')
  })

  test('[SIMULATOR]: bob (PowerUserAccess) with a boundary without s3:PutObject: the identity policy allows, the boundary decides', async ({ page }) => {
    const root = await sandboxRoot()
    const { Policy } = await iam.createPolicy(root, {
      PolicyName: 'StoryReadOnlyS3Boundary',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' }] }),
    })
    try {
      await iam.putUserPermissionsBoundary(root, { UserName: 'bob', PermissionsBoundary: Policy.Arn })
      await signedInAsIamUser(page, 'alice')
      await page.goto('/policy-simulator')
      await page.getByLabel('Users, groups, and roles').selectOption({ label: 'bob' })
      await expect(page.getByRole('group', { name: 'Policies of bob' }).getByLabel('StoryReadOnlyS3Boundary')).toBeChecked()
      await chooseActions(page, 'Amazon S3', ['PutObject'])
      await page.getByRole('button', { name: 'Run simulation' }).click()

      const putObject = await result(page, 's3:PutObject')
      await expect(putObject).toContainText('Implicit deny')
      await expect(putObject).toContainText('Permissions boundary: does not allow this request')
      await expect(step(putObject, 'Identity-based policies')).toContainText('Allow found')
      await expect(step(putObject, 'Identity-based policies')).toContainText('in PowerUserAccess')
      await expect(decisiveStep(putObject)).toContainText('Permissions boundary: No statement applies')
    } finally {
      await iam.deleteUserPermissionsBoundary(root, { UserName: 'bob' }).catch(() => undefined)
      await iam.deletePolicy(root, { PolicyArn: Policy.Arn }).catch(() => undefined)
    }
  })

  test('[SIMULATOR]: dave is denied Create user; "Open in policy simulator" replays it, and a pasted policy allowing iam:CreateUser allows it', async ({ page }) => {
    const accountId = await sandboxAccountId()
    await signInAsIamUser(page, 'dave', 'sandbox', PASSWORD)
    await expectConsoleShell(page, 'dave @ sandbox')
    const denial = await createUserDenied(page, 'erin')
    await denial.getByText('Why was this denied?').click()
    await denial.getByRole('link', { name: 'Open in policy simulator' }).click()

    await expect(page.getByRole('heading', { name: 'Policy simulator', level: 1 })).toBeVisible()
    await expect(page.getByLabel('Users, groups, and roles')).toHaveValue(`arn:aws:iam::${accountId}:user/dave`)
    await expect(page.getByRole('group', { name: 'Actions' }).getByLabel('CreateUser', { exact: true })).toBeChecked()
    await expect(page.getByLabel('Resource ARNs')).toHaveValue(`arn:aws:iam::${accountId}:user/erin`)
    // The request's own context values came along.
    await expect(page.getByLabel('aws:MultiFactorAuthPresent')).toHaveValue('false')
    await expect(page.getByLabel('aws:SourceIp')).toHaveValue('127.0.0.1')

    const resource = `arn:aws:iam::${accountId}:user/erin`
    await page.getByRole('button', { name: 'Run simulation' }).click()
    await expect(await result(page, 'iam:CreateUser', resource)).toContainText('Implicit deny')

    await page.getByLabel('Include additional policy').check()
    await page.getByLabel('Additional policy', { exact: true }).fill(JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'LetDaveCreateUsers', Effect: 'Allow', Action: 'iam:CreateUser', Resource: '*' }] }, null, 2))
    await page.getByRole('button', { name: 'Run simulation' }).click()
    const allowed = await result(page, 'iam:CreateUser', resource)
    await expect(allowed).toContainText('Allowed')
    await expect(allowed.getByRole('figure', { name: 'Additional policy 1 document' }).locator('mark').filter({ hasText: 'LetDaveCreateUsers' })).toHaveCount(1)
    // Simulating changed nothing.
    expect((await iam.listUsers(await sandboxRoot(), { search: 'erin' })).users).toEqual([])
  })
})
