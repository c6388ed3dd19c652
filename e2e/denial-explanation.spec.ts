// "Why was this denied?" explains with the request's own values: the condition that made
// a Deny apply, and, for an implicit deny, each statement that names the action but did
// not apply with the part that failed.
import { expect, test } from '@playwright/test'
import { createUserDenied } from './fixtures/create-user-denied'
import { createStoryUser, putUserInlinePolicy } from './fixtures/credentials'
import { removeUsers } from './fixtures/iam-fixtures'
import { expectConsoleShell, signInAsIamUser } from './fixtures/sign-in'

const PASSWORD = 'Denial-Story-Passw0rd!'
const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement }, null, 2)

test.describe('denial explanations', () => {
  test.beforeEach(async () => {
    await removeUsers('dave')
    await createStoryUser('dave', PASSWORD, { managedPolicyArns: ['arn:aws:iam::aws:policy/IAMReadOnlyAccess'] })
  })
  test.afterEach(async () => removeUsers('dave'))

  test('[EXPLAIN]: a Deny outside 10.0.0.0/8 stops dave listing users; the explanation names the condition, the key and his address', async ({ page }) => {
    await putUserInlinePolicy('dave', 'OfficeOnly', policy({ Sid: 'DenyOutsideOffice', Effect: 'Deny', Action: '*', Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }))
    await signInAsIamUser(page, 'dave', 'sandbox', PASSWORD)
    await expectConsoleShell(page, 'dave @ sandbox')
    await page.goto('/users')
    const denial = page.getByRole('alert').filter({ hasText: 'iam:ListUsers' })
    await expect(denial).toContainText('with an explicit deny in an identity-based policy')
    await denial.getByText('Why was this denied?').click()
    const decisive = denial.getByRole('list', { name: 'Evaluation path' }).locator('> li[aria-current="step"]')
    await expect(decisive).toContainText('Deny statement "DenyOutsideOffice" in OfficeOnly')
    await expect(decisive).toContainText("Condition NotIpAddress aws:SourceIp 10.0.0.0/8; the request's aws:SourceIp: 127.0.0.1")
  })

  test('[EXPLAIN]: an Allow only from 10.0.0.0/8 does not let dave create a user; the explanation says which condition failed against his address', async ({ page }) => {
    await putUserInlinePolicy('dave', 'CreateFromOffice', policy({ Sid: 'CreateUsersFromOffice', Effect: 'Allow', Action: 'iam:CreateUser', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }))
    await signInAsIamUser(page, 'dave', 'sandbox', PASSWORD)
    await expectConsoleShell(page, 'dave @ sandbox')
    const denial = await createUserDenied(page, 'erin')
    await expect(denial).toContainText('because no identity-based policy allows the iam:CreateUser action')
    await denial.getByText('Why was this denied?').click()
    const unmatched = denial.getByRole('region', { name: 'Statements that did not apply' })
    await expect(unmatched).toContainText('Allow statement "CreateUsersFromOffice" in CreateFromOffice')
    await expect(unmatched).toContainText("Condition IpAddress aws:SourceIp 10.0.0.0/8 not met; the request's aws:SourceIp: 127.0.0.1")
  })
})
