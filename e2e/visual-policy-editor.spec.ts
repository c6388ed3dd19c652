// Visual policy editor stories: alice builds a policy in the visual editor (service,
// actions by access level, ARNs from their parts, a request condition) and the JSON tab
// and the saved policy's summary show what she chose; in the JSON editor, two mistakes are
// marked at their lines and keep Next disabled until they are fixed.
import { expect, test } from '@playwright/test'
import { e2eDatabase } from './fixtures/e2e-database'
import { typeIntoPolicyEditor } from './fixtures/policy-editor'
import { signedInAsIamUser } from './fixtures/sign-in'

const POLICY = 'e2e-visual-s3-read'

test.afterAll(async () => {
  await e2eDatabase().managedPolicy.deleteMany({ where: { name: POLICY } })
})

const S3_READ = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Statement1',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:ListBucket'],
      Resource: ['arn:aws:s3:::example-bucket', 'arn:aws:s3:::example-bucket/*'],
      Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
    },
  ],
}

test('[VISUAL EDITOR]: alice creates an S3 read policy in the visual editor; the JSON tab shows it and its summary reads S3, Limited: List, Read', async ({ page }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/policies')
  await page.getByRole('link', { name: 'Create policy' }).click()
  await page.getByRole('tab', { name: 'Visual' }).click()

  const block = page.getByRole('region', { name: 'Permissions block 1' })
  await block.getByLabel('Service', { exact: true }).selectOption({ label: 'S3' })
  await expect(block.getByRole('heading', { name: 'Allow: S3' })).toBeVisible()
  await expect(block.getByRole('group', { name: 'Actions allowed' })).toBeVisible()
  await block.getByLabel('Filter actions').fill('GetObject')
  await block.getByRole('group', { name: /^Read / }).getByRole('checkbox', { name: 'GetObject', exact: true }).check()
  await block.getByLabel('Filter actions').fill('ListBucket')
  await block.getByRole('group', { name: /^List / }).getByRole('checkbox', { name: 'ListBucket', exact: true }).check()

  // Resources: Specific, an ARN for the bucket and one for its objects, each from its parts.
  const resources = block.getByRole('group', { name: 'Resources' })
  await expect(resources.getByRole('radio', { name: 'Specific' })).toBeChecked()
  const arns = page.getByRole('dialog', { name: 'Specify ARNs' })
  await resources.getByRole('group', { name: 'bucket', exact: true }).getByRole('button', { name: 'Add ARNs' }).click()
  await arns.getByLabel('Bucket name', { exact: true }).fill('example-bucket')
  await expect(arns.getByLabel('Resource ARN')).toHaveValue('arn:aws:s3:::example-bucket')
  await arns.getByRole('button', { name: 'Add ARNs' }).click()
  await resources.getByRole('group', { name: 'object', exact: true }).getByRole('button', { name: 'Add ARNs' }).click()
  await arns.getByLabel('Bucket name', { exact: true }).fill('example-bucket')
  await arns.getByLabel('Any object name').check()
  await expect(arns.getByLabel('Resource ARN')).toHaveValue('arn:aws:s3:::example-bucket/*')
  await arns.getByRole('button', { name: 'Add ARNs' }).click()
  await expect(resources.getByRole('group', { name: 'bucket', exact: true })).toContainText('arn:aws:s3:::example-bucket')
  await expect(resources.getByRole('group', { name: 'object', exact: true })).toContainText('arn:aws:s3:::example-bucket/*')

  // Request conditions: the source IP.
  const conditions = block.getByRole('group', { name: 'Request conditions - optional' })
  await conditions.getByRole('button', { name: 'Add another condition' }).click()
  await conditions.getByLabel('Condition key').selectOption('aws:SourceIp')
  await conditions.getByLabel('Operator').selectOption('IpAddress')
  await conditions.getByLabel('Value', { exact: true }).fill('203.0.113.0/24')
  await conditions.getByRole('button', { name: 'Add condition' }).click()
  await expect(conditions.getByRole('table', { name: 'Request conditions' })).toContainText('aws:SourceIp')

  // The JSON tab shows the document the choices make.
  await page.getByRole('tab', { name: 'JSON' }).click()
  const editor = page.getByLabel('Policy editor', { exact: true })
  await expect(editor).toContainText('"aws:SourceIp": "203.0.113.0/24"')
  expect(JSON.parse(await editor.innerText())).toEqual(S3_READ)
  await expect(page.getByRole('region', { name: 'Policy validation findings' }).getByText('Errors: 0')).toBeVisible()

  // Back in the visual editor the choices are still there.
  await page.getByRole('tab', { name: 'Visual' }).click()
  await expect(block.getByRole('checkbox', { name: 'ListBucket', exact: true })).toBeChecked()

  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByLabel('Policy name').fill(POLICY)
  await page.getByRole('button', { name: 'Create policy' }).click()
  await expect(page.getByRole('heading', { name: POLICY, level: 1 })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Policy summary' }).getByRole('row', { name: /^S3 / })).toContainText('Limited: List, Read')
})

test('[VISUAL EDITOR]: in the JSON editor, an Effect of "Allowed" and an unknown condition operator are marked at their lines and keep Next disabled until fixed', async ({ page }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/policies/create')
  const broken = `{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allowed",
            "Action": "s3:GetObject",
            "Resource": "arn:aws:s3:::example-bucket/*",
            "Condition": {
                "StringEqualz": {
                    "aws:PrincipalAccount": "123456789012"
                }
            }
        }
    ]
}`
  await typeIntoPolicyEditor(page, broken)
  const findings = page.getByRole('region', { name: 'Policy validation findings' })
  await expect(findings.getByText('Errors: 2')).toBeVisible()
  await expect(findings.getByRole('listitem').filter({ hasText: 'The effect Allowed is not valid' })).toContainText('Ln 5, Col 23')
  await expect(findings.getByRole('listitem').filter({ hasText: 'The condition operator StringEqualz is not valid' })).toContainText('Ln 9, Col 17')
  // In the code editor: each mistake underlined on its own line, an error marker for each in the lint gutter.
  const editor = page.getByLabel('Policy editor', { exact: true })
  await expect(editor.locator('.cm-line').nth(4).locator('.cm-lintRange-error')).toHaveText('"Allowed"')
  await expect(editor.locator('.cm-line').nth(8).locator('.cm-lintRange-error')).toHaveText('"StringEqualz"')
  await expect(page.locator('.cm-gutter-lint .cm-lint-marker-error')).toHaveCount(2)
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled()

  await typeIntoPolicyEditor(page, broken.replace('"Allowed"', '"Allow"').replace('"StringEqualz"', '"StringEquals"'))
  await expect(findings.getByText('Errors: 0')).toBeVisible()
  await expect(page.locator('.cm-gutter-lint .cm-lint-marker-error')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled()
})

test('[VISUAL EDITOR]: a NotAction statement is kept in JSON with the reason the visual editor cannot show it; a showable policy gets a Deny block from "Add more permissions"', async ({ page }) => {
  await signedInAsIamUser(page, 'alice')
  await page.goto('/policies/create')
  const notAction = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotAction: 'iam:*', Resource: '*' }] }, null, 4)
  await typeIntoPolicyEditor(page, notAction)
  await page.getByRole('tab', { name: 'Visual' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'The visual editor cannot show this policy' })).toContainText('Statement 1 has NotAction')
  await page.getByRole('tab', { name: 'JSON' }).click()
  const editor = page.getByLabel('Policy editor', { exact: true })
  expect(JSON.parse(await editor.innerText())).toEqual(JSON.parse(notAction))

  await typeIntoPolicyEditor(page, JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }, null, 4))
  await page.getByRole('tab', { name: 'Visual' }).click()
  const first = page.getByRole('region', { name: 'Permissions block 1' })
  await expect(first.getByRole('heading', { name: 'Allow: S3' })).toBeVisible()
  await expect(first.getByRole('checkbox', { name: 'GetObject', exact: true })).toBeChecked()
  await expect(first.getByRole('group', { name: 'Resources' }).getByRole('radio', { name: 'All' })).toBeChecked()

  await page.getByRole('button', { name: 'Add more permissions' }).click()
  const second = page.getByRole('region', { name: 'Permissions block 2' })
  await second.getByRole('radio', { name: 'Deny' }).check()
  await second.getByLabel('Service', { exact: true }).selectOption({ label: 'IAM' })
  await expect(second.getByRole('group', { name: 'Actions denied' })).toBeVisible()
  await second.getByLabel('Filter actions').fill('DeleteUser')
  await second.getByRole('group', { name: /^Write / }).getByRole('checkbox', { name: 'DeleteUser', exact: true }).check()
  await second.getByRole('group', { name: 'Resources' }).getByRole('radio', { name: 'All' }).check()

  await page.getByRole('tab', { name: 'JSON' }).click()
  expect(JSON.parse(await editor.innerText()).Statement).toEqual([
    { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
    { Effect: 'Deny', Action: 'iam:DeleteUser', Resource: '*' },
  ])
  await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled()
})
