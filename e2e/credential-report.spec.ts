// Credential report, as an auditor downloads it: after alice signs in and bob has an
// access key, the CSV has AWS's header, the root row first, alice's last sign-in and bob's
// active key; a second download within four hours is the same report. bob (PowerUserAccess,
// which leaves out IAM) is refused.
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import * as iam from '@/lib/iam'
import { e2eDatabase, sandboxAccountId } from './fixtures/e2e-database'
import { sandboxRoot } from './fixtures/iam-fixtures'
import { signedInAsIamUser } from './fixtures/sign-in'

const HEADER =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,' +
  'access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,' +
  'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,' +
  'cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated'
const REPORT_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/

async function removeBobsKeysAndReports() {
  const accountId = await sandboxAccountId()
  await e2eDatabase().accessKey.deleteMany({ where: { user: { accountId, nameKey: 'bob' } } })
  await e2eDatabase().credentialReport.deleteMany({ where: { accountId } })
}
test.beforeEach(removeBobsKeysAndReports)
test.afterEach(removeBobsKeysAndReports)

async function downloadReport(page: Page): Promise<{ name: string; lines: string[][] }> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download credentials report' }).click()
  const file = await download
  const text = await readFile((await file.path())!, 'utf8')
  // The seeded names and ARNs hold no commas or quotes, so a split reads each cell.
  return { name: file.suggestedFilename(), lines: text.trimEnd().split('\n').map((line) => line.split(',')) }
}

test('[REPORTS]: alice downloads the credential report: AWS\'s columns, root first, her last sign-in and bob\'s active key; again within four hours, the same report', async ({ page }) => {
  await iam.createAccessKey(await sandboxRoot(), { UserName: 'bob' })
  await signedInAsIamUser(page, 'alice')
  await page.goto('/credential-report')
  await expect(page.getByRole('heading', { name: 'Credential report', level: 1 })).toBeVisible()
  await expect(page.getByText('After a report is created, it is stored for up to four hours.')).toBeVisible()

  const first = await downloadReport(page)
  expect(first.name).toMatch(/^credential-report-.*\.csv$/)
  expect(first.lines[0]!.join(',')).toBe(HEADER)
  const column = (name: string) => HEADER.split(',').indexOf(name)
  const rowOf = (lines: string[][], user: string) => lines.find((cells) => cells[0] === user)!
  expect(first.lines[1]![0]).toBe('<root_account>')
  expect(first.lines[1]![column('password_enabled')]).toBe('not_supported')
  expect(rowOf(first.lines, 'alice')[column('password_last_used')]).toMatch(REPORT_TIME)
  expect(rowOf(first.lines, 'bob')[column('access_key_1_active')]).toBe('true')
  expect(rowOf(first.lines, 'bob')[column('access_key_1_last_rotated')]).toMatch(REPORT_TIME)
  const generated = await page.getByRole('status').filter({ hasText: 'Report generated' }).textContent()

  // Within four hours the report stands: a user created since is not in it.
  await iam.createUser(await sandboxRoot(), { UserName: 'report-latecomer' })
  try {
    const second = await downloadReport(page)
    expect(second.lines).toEqual(first.lines)
    expect(second.name).toBe(first.name)
    await expect(page.getByRole('status').filter({ hasText: 'Report generated' })).toHaveText(generated!)
  } finally {
    await iam.deleteUser(await sandboxRoot(), { UserName: 'report-latecomer' })
  }
})

test('[REPORTS]: bob, without iam:GenerateCredentialReport, is refused the report', async ({ page }) => {
  await signedInAsIamUser(page, 'bob')
  await page.goto('/credential-report')
  await page.getByRole('button', { name: 'Download credentials report' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Access denied' })).toContainText('is not authorized to perform: iam:GenerateCredentialReport on resource: *')
  expect(await e2eDatabase().credentialReport.count()).toBe(0)
})
