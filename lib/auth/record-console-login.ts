// A ConsoleLogin record in the event history, in CloudTrail's shape:
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
// An unknown IAM user name is recorded as HIDDEN_DUE_TO_SECURITY_REASONS, as CloudTrail
// does, so a typo'd password in the user name field never lands in the log.
import { randomUUID } from 'node:crypto'
import type { Db } from '@/lib/db/client'
import type { RequestMeta } from '@/lib/iam/caller'
import { rootArn } from '@/lib/iam/arn'

export const HIDDEN_USER_NAME = 'HIDDEN_DUE_TO_SECURITY_REASONS'

export type ConsoleLoginIdentity =
  | { type: 'Root'; accountId: string }
  | { type: 'IAMUser'; accountId: string; userId: string; userName: string; arn: string }
  | { type: 'IAMUser'; accountId: string; unknownUser: true }

export interface ConsoleLoginRecord {
  identity: ConsoleLoginIdentity
  outcome: 'Success' | 'Failure'
  /** CloudTrail's additionalEventData.MFAUsed: the sign-in passed (or failed at) an MFA step. */
  mfaUsed: boolean
  request?: RequestMeta
  now: Date
}

// additionalEventData.LoginTo is the console's address the sign-in leads to; the
// deployment's own (NEXTAUTH_URL), where it is configured.
const loginTo = () => (process.env.NEXTAUTH_URL ? { LoginTo: new URL('/', process.env.NEXTAUTH_URL).toString() } : {})

function userIdentityJson(identity: ConsoleLoginIdentity): Record<string, string> {
  if (identity.type === 'Root') {
    return {
      type: 'Root',
      principalId: identity.accountId,
      arn: rootArn(identity.accountId),
      accountId: identity.accountId,
      accessKeyId: '',
    }
  }
  if ('unknownUser' in identity) {
    return { type: 'IAMUser', accountId: identity.accountId, accessKeyId: '', userName: HIDDEN_USER_NAME }
  }
  return {
    type: 'IAMUser',
    principalId: identity.userId,
    arn: identity.arn,
    accountId: identity.accountId,
    accessKeyId: '',
    userName: identity.userName,
  }
}

export async function recordConsoleLogin(db: Db, record: ConsoleLoginRecord): Promise<void> {
  await db.auditEvent.create({
    data: {
      accountId: record.identity.accountId,
      eventTime: record.now,
      eventSource: 'signin.amazonaws.com',
      eventName: 'ConsoleLogin',
      readOnly: false,
      userIdentity: JSON.stringify(userIdentityJson(record.identity)),
      sourceIPAddress: record.request?.sourceIp ?? null,
      userAgent: record.request?.userAgent ?? null,
      requestParameters: null,
      responseElements: JSON.stringify({ ConsoleLogin: record.outcome }),
      errorMessage: record.outcome === 'Failure' ? 'Failed authentication' : null,
      additionalEventData: JSON.stringify({ ...loginTo(), MobileVersion: 'No', MFAUsed: record.mfaUsed ? 'Yes' : 'No' }),
      userName: record.identity.type === 'IAMUser' && !('unknownUser' in record.identity) ? record.identity.userName : null,
      requestId: randomUUID(),
    },
  })
}
