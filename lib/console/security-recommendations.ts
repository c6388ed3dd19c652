// The dashboard's security recommendations for IAM users (the root user's come from
// GetAccountSummary: AccountMFAEnabled, AccountAccessKeysPresent), read from the
// account's current credential report (GetCredentialReport): the one place IAM gives
// every user's MFA, key ages and last use at once. The dashboard never
// generates a report itself (a page view changes nothing): without a current report it
// says so and links to the Credential report page.
//
// AWS's documentation names these checks but not their rules. Ours: "without MFA" counts
// users with a console password (MFA guards the console sign-in); an active access key
// needs attention when it was created over 90 days ago (not rotated since), and more so
// when it was not used in that time either; a user is unused when it is over 90
// days old and neither its password nor any key was used in the last 90 days.
import { parse } from 'csv-parse/sync'
import { getCredentialReport } from '@/lib/iam'
import type { Caller } from '@/lib/iam/caller'
import { isIamError } from '@/lib/iam/errors'

const DAYS_90_MS = 90 * 24 * 60 * 60 * 1000

export interface UserFinding {
  userName: string
  /** Why, in a few words ("access key 1 not rotated in 90 days"). */
  detail?: string
}

/** The IAM users' findings, from the report generated at `reportGeneratedTime`. */
export interface UserRecommendations {
  reportGeneratedTime: string
  withoutMfa: UserFinding[]
  staleAccessKeys: UserFinding[]
  unused: UserFinding[]
}

type ReportRow = Record<string, string>

const timeOf = (value: string | undefined): number | null => {
  if (!value || value === 'N/A' || value === 'no_information' || value === 'not_supported') return null
  const t = Date.parse(value)
  return Number.isNaN(t) ? null : t
}

function findingsOf(rows: ReportRow[], now: number) {
  const old = (t: number | null) => t !== null && now - t > DAYS_90_MS
  const withoutMfa: UserFinding[] = []
  const staleAccessKeys: UserFinding[] = []
  const unused: UserFinding[] = []
  for (const row of rows) {
    if (row.user === '<root_account>') continue
    const userName = row.user!
    if (row.password_enabled === 'true' && row.mfa_active !== 'true') withoutMfa.push({ userName })
    for (const n of [1, 2] as const) {
      if (row[`access_key_${n}_active`] !== 'true') continue
      const rotated = timeOf(row[`access_key_${n}_last_rotated`])
      // A key made in the past 90 days cannot have gone unused for 90 days: only older keys count.
      if (!old(rotated)) continue
      const used = timeOf(row[`access_key_${n}_last_used_date`])
      staleAccessKeys.push({ userName, detail: used === null || old(used) ? `access key ${n} not rotated and unused for 90 days` : `access key ${n} not rotated in 90 days` })
    }
    const lastUse = Math.max(...[row.password_last_used, row.access_key_1_last_used_date, row.access_key_2_last_used_date].map((v) => timeOf(v) ?? 0))
    if (old(timeOf(row.user_creation_time)) && now - lastUse > DAYS_90_MS) unused.push({ userName })
  }
  return { withoutMfa, staleAccessKeys, unused }
}

/** The current report's rows, or null when the account has none (or only an expired one). */
async function currentReportRows(caller: Caller): Promise<{ rows: ReportRow[]; generatedTime: string } | null> {
  try {
    const report = await getCredentialReport(caller, {})
    const rows = parse(Buffer.from(report.Content, 'base64').toString('utf8'), { columns: true, skip_empty_lines: true }) as ReportRow[]
    return { rows, generatedTime: report.GeneratedTime }
  } catch (error) {
    if (isIamError(error, 'ReportNotPresent') || isIamError(error, 'ReportExpired')) return null
    throw error
  }
}

/** The IAM users' findings from the account's current credential report; null when it has none (or only an expired one). */
export async function userSecurityRecommendations(caller: Caller, now = Date.now()): Promise<UserRecommendations | null> {
  const report = await currentReportRows(caller)
  return report ? { reportGeneratedTime: report.generatedTime, ...findingsOf(report.rows, now) } : null
}
