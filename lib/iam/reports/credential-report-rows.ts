// The credential report's rows, in the format of the IAM User Guide's "Generate credential
// reports for your AWS account" (Understanding the report format): AWS's 22 columns in
// AWS's order, the root user first, times in ISO 8601 as AWS writes them
// (2014-10-20T18:26:42+00:00), and AWS's special values where the guide names them.
// Loaded with five queries for the whole account, whatever its size (AWS's maximum is
// 5,000 users), so generating stays well under a second.
import type { Db, DbTransaction } from '@/lib/db/client'

export const CREDENTIAL_REPORT_COLUMNS = [
  'user', 'arn', 'user_creation_time', 'password_enabled', 'password_last_used', 'password_last_changed', 'password_next_rotation', 'mfa_active',
  'access_key_1_active', 'access_key_1_last_rotated', 'access_key_1_last_used_date', 'access_key_1_last_used_region', 'access_key_1_last_used_service',
  'access_key_2_active', 'access_key_2_last_rotated', 'access_key_2_last_used_date', 'access_key_2_last_used_region', 'access_key_2_last_used_service',
  'cert_1_active', 'cert_1_last_rotated', 'cert_2_active', 'cert_2_last_rotated',
] as const

export type CredentialReportRow = Record<(typeof CREDENTIAL_REPORT_COLUMNS)[number], string>

const NOT_APPLICABLE = 'N/A'
const NO_INFORMATION = 'no_information'
const NOT_SUPPORTED = 'not_supported'
const DAY_MS = 24 * 60 * 60 * 1000

/** AWS's report writes seconds and an explicit UTC offset, not JavaScript's milliseconds and Z. */
export const reportTime = (d: Date): string => `${d.toISOString().slice(0, 19)}+00:00`
const timeOr = (d: Date | null | undefined, otherwise: string) => (d ? reportTime(d) : otherwise)
const flag = (value: boolean) => (value ? 'true' : 'false')

interface KeyFacts { status: string; createdAt: Date; lastUsedAt: Date | null; lastUsedRegion: string | null; lastUsedService: string | null }

/** access_key_N_*: the user's keys in the order they were created (the guide does not say which key is "1"; creation order keeps a rotation's new key second). */
function keyColumns(n: 1 | 2, key: KeyFacts | undefined) {
  return {
    [`access_key_${n}_active`]: flag(key?.status === 'Active'),
    // No key: N/A. A key's secret is never changed in place, so its creation is its last rotation.
    [`access_key_${n}_last_rotated`]: timeOr(key?.createdAt, NOT_APPLICABLE),
    // N/A when there is no key or it was never used (the guide's cases for these three).
    [`access_key_${n}_last_used_date`]: timeOr(key?.lastUsedAt, NOT_APPLICABLE),
    [`access_key_${n}_last_used_region`]: key?.lastUsedRegion ?? NOT_APPLICABLE,
    [`access_key_${n}_last_used_service`]: key?.lastUsedService ?? NOT_APPLICABLE,
  }
}

// This sandbox has no X.509 signing certificates: cert_N_active is false, and
// cert_N_last_rotated N/A, as AWS writes for a user without a certificate.
const NO_CERTIFICATES = { cert_1_active: 'false', cert_1_last_rotated: NOT_APPLICABLE, cert_2_active: 'false', cert_2_last_rotated: NOT_APPLICABLE }

export async function loadCredentialReportRows(db: Db | DbTransaction, accountId: string): Promise<CredentialReportRow[]> {
  const [account, users, profiles, keys, mfaOwners, policy] = await Promise.all([
    db.account.findUniqueOrThrow({ where: { id: accountId }, select: { createdAt: true, rootPasswordLastUsedAt: true } }),
    // The guide does not give the users' order; by name, as the console lists them.
    db.user.findMany({ where: { accountId }, select: { id: true, name: true, arn: true, createdAt: true, passwordLastUsedAt: true }, orderBy: { nameKey: 'asc' } }),
    db.loginProfile.findMany({ where: { user: { accountId } }, select: { userId: true, passwordLastChangedAt: true } }),
    db.accessKey.findMany({
      where: { user: { accountId } },
      select: { userId: true, status: true, createdAt: true, lastUsedAt: true, lastUsedRegion: true, lastUsedService: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
    db.mfaDevice.findMany({ where: { accountId, enabled: true }, select: { userId: true }, distinct: ['userId'] }),
    db.passwordPolicy.findUnique({ where: { accountId }, select: { maxPasswordAge: true } }),
  ])
  const passwordChangedAt = new Map(profiles.map((p) => [p.userId, p.passwordLastChangedAt]))
  const keysOf = new Map<string, KeyFacts[]>()
  for (const k of keys) {
    const list = keysOf.get(k.userId) ?? []
    list.push(k)
    keysOf.set(k.userId, list)
  }
  const withMfa = new Set(mfaOwners.map((d) => d.userId))
  const maxPasswordAgeMs = policy?.maxPasswordAge ? policy.maxPasswordAge * DAY_MS : null

  const root: CredentialReportRow = {
    user: '<root_account>',
    arn: `arn:aws:iam::${accountId}:root`,
    user_creation_time: reportTime(account.createdAt),
    // The guide: not_supported for the root user's password_enabled, password_last_changed and password_next_rotation.
    password_enabled: NOT_SUPPORTED,
    password_last_used: timeOr(account.rootPasswordLastUsedAt, NO_INFORMATION),
    password_last_changed: NOT_SUPPORTED,
    password_next_rotation: NOT_SUPPORTED,
    mfa_active: flag(withMfa.has(null)),
    // The root user of a sandbox account has no access keys (they belong to IAM users only).
    ...keyColumns(1, undefined),
    ...keyColumns(2, undefined),
    ...NO_CERTIFICATES,
  } as CredentialReportRow

  const rows = users.map((u) => {
    const changedAt = passwordChangedAt.get(u.id)
    const [key1, key2] = keysOf.get(u.id) ?? []
    return {
      user: u.name,
      arn: u.arn,
      user_creation_time: reportTime(u.createdAt),
      password_enabled: flag(changedAt !== undefined),
      // The guide: no_information when the password has never been used; a user without a
      // password (and no earlier use on record) has nothing to report: N/A.
      password_last_used: timeOr(u.passwordLastUsedAt, changedAt === undefined ? NOT_APPLICABLE : NO_INFORMATION),
      password_last_changed: timeOr(changedAt, NOT_APPLICABLE),
      // Only when the password policy makes passwords expire (MaxPasswordAge); N/A otherwise.
      password_next_rotation: changedAt && maxPasswordAgeMs ? reportTime(new Date(changedAt.getTime() + maxPasswordAgeMs)) : NOT_APPLICABLE,
      mfa_active: flag(withMfa.has(u.id)),
      ...keyColumns(1, key1),
      ...keyColumns(2, key2),
      ...NO_CERTIFICATES,
    } as CredentialReportRow
  })
  return [root, ...rows]
}
