// STS's input constraints (STS API Reference, AssumeRole and GetSessionToken "Request
// Parameters"), worded as STS words its ValidationError, like IAM's (../schemas.ts).
import { z } from 'zod'
import { awsString, ZPolicyArn, ZTag, ZTagKey } from '../schemas'
import { ZAuthenticationCode, ZSerialNumber } from '../mfa/mfa-devices'

const SESSION_NAME = /^[\w+=,.@-]*$/
const SESSION_NAME_TEXT = '[\\w+=,.@-]*'

export const ZRoleSessionName = awsString({ min: 2, max: 64, pattern: SESSION_NAME, patternText: SESSION_NAME_TEXT })
export const ZRoleArn = awsString({ min: 20, max: 2048, pattern: /^[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD]+$/u, patternText: '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+' })
export const ZSessionPolicy = awsString({ min: 1, max: 100_000, pattern: /^[\u0009\u000A\u000D\u0020-\u00FF]+$/, patternText: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+' })
export const ZExternalId = awsString({ min: 2, max: 1224, pattern: /^[\w+=,.@:/-]*$/, patternText: '[\\w+=,.@:\\/-]*' })
export const ZSourceIdentity = awsString({ min: 2, max: 64, pattern: SESSION_NAME, patternText: SESSION_NAME_TEXT })

const duration = (max: number) =>
  z.number().int()
    .min(900, { error: 'Member must have value greater than or equal to 900' })
    .max(max, { error: `Member must have value less than or equal to ${max}` })

/** "You can pass up to 10 managed policy ARNs", "up to 50 session tags". */
export const MAX_SESSION_POLICY_ARNS = 10
export const MAX_SESSION_TAGS = 50

export const ZAssumeRoleInput = z.strictObject({
  RoleArn: ZRoleArn,
  RoleSessionName: ZRoleSessionName,
  PolicyArns: z.array(z.strictObject({ arn: ZPolicyArn })).max(MAX_SESSION_POLICY_ARNS, { error: `Member must have length less than or equal to ${MAX_SESSION_POLICY_ARNS}` }).optional(),
  Policy: ZSessionPolicy.optional(),
  // The API's own bound; the role's MaxSessionDuration (and role chaining) bound it further.
  DurationSeconds: duration(43_200).optional(),
  Tags: z.array(ZTag).max(MAX_SESSION_TAGS, { error: `Member must have length less than or equal to ${MAX_SESSION_TAGS}` }).optional(),
  TransitiveTagKeys: z.array(ZTagKey).max(MAX_SESSION_TAGS, { error: `Member must have length less than or equal to ${MAX_SESSION_TAGS}` }).optional(),
  ExternalId: ZExternalId.optional(),
  SerialNumber: ZSerialNumber.optional(),
  TokenCode: ZAuthenticationCode.optional(),
  SourceIdentity: ZSourceIdentity.optional(),
})
export type TAssumeRoleInput = z.input<typeof ZAssumeRoleInput>

export const ZGetSessionTokenInput = z.strictObject({
  DurationSeconds: duration(129_600).optional(),
  SerialNumber: ZSerialNumber.optional(),
  TokenCode: ZAuthenticationCode.optional(),
})
export type TGetSessionTokenInput = z.input<typeof ZGetSessionTokenInput>

export const ZGetCallerIdentityInput = z.strictObject({})
