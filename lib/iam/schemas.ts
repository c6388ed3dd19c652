// Zod schemas for IAM's input constraints, worded as IAM words its ValidationError:
//   1 validation error detected: Value 'a b' at 'userName' failed to satisfy constraint:
//   Member must satisfy regular expression pattern: [\w+=,.@-]+
// Lengths, patterns and ranges are the IAM API Reference's for each parameter.
import { z } from 'zod'
import { IAM_PATH_PATTERN, IAM_PATH_PATTERN_TEXT, MAX_PATH_LENGTH } from './arn'
import { constraintViolation, validationError } from '@/lib/credentials/validation-error'
import { IamError } from './errors'

interface StringRule {
  min?: number
  max: number
  pattern?: RegExp
  /** The pattern as AWS prints it in the error message. */
  patternText?: string
}

const member = (field: string) => field.charAt(0).toLowerCase() + field.slice(1)

export function awsString(rule: StringRule) {
  return z.string().superRefine((value, ctx) => {
    const min = rule.min ?? 1
    if (value.length < min) ctx.addIssue({ code: 'custom', message: `Member must have length greater than or equal to ${min}` })
    else if (value.length > rule.max) ctx.addIssue({ code: 'custom', message: `Member must have length less than or equal to ${rule.max}` })
    else if (rule.pattern && !rule.pattern.test(value)) {
      ctx.addIssue({ code: 'custom', message: `Member must satisfy regular expression pattern: ${rule.patternText ?? rule.pattern.source}` })
    }
  })
}

const NAME = /^[\w+=,.@-]+$/
const NAME_TEXT = '[\\w+=,.@-]+'

export const ZUserName = awsString({ max: 64, pattern: NAME, patternText: NAME_TEXT })
export const ZRoleName = awsString({ max: 64, pattern: NAME, patternText: NAME_TEXT })
export const ZGroupName = awsString({ max: 128, pattern: NAME, patternText: NAME_TEXT })
export const ZPolicyName = awsString({ max: 128, pattern: NAME, patternText: NAME_TEXT })
export const ZPath = awsString({ max: MAX_PATH_LENGTH, pattern: IAM_PATH_PATTERN, patternText: IAM_PATH_PATTERN_TEXT })
export const ZPathPrefix = awsString({ max: 512, pattern: /^\/[\u0021-\u007F]*$/, patternText: '\\u002F[\\u0021-\\u007F]*' })
export const ZDescription = awsString({ min: 0, max: 1000, pattern: /^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*$/u, patternText: '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*' })
export const ZPolicyArn = awsString({ min: 20, max: 2048 })
export const ZPolicyDocument = awsString({ max: 131072, pattern: /^[\u0009\u000A\u000D\u0020-\u00FF]+$/, patternText: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+' })
export const ZVersionId = awsString({ max: 128, pattern: /^v[1-9][0-9]*(\.[A-Za-z0-9-]*)?$/, patternText: 'v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?' })
export const ZPassword = awsString({ max: 128, pattern: /^[\u0009\u000A\u000D\u0020-\u00FF]+$/, patternText: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+' })
// The policy simulator's parameter types (IAM API Reference, SimulatePrincipalPolicy:
// arnType, ActionNameType, ResourceNameType, ContextKeyNameType, ResourceHandlingOptionType).
export const ZArn = awsString({ min: 20, max: 2048 })
export const ZActionName = awsString({ min: 3, max: 128 })
export const ZResourceName = awsString({ max: 2048 })
export const ZContextKeyName = awsString({ min: 5, max: 256 })
export const ZResourceHandlingOption = awsString({ max: 64 })
export const ZMarker = awsString({ max: 320, pattern: /^[\u0020-\u00FF]+$/, patternText: '[\\u0020-\\u00FF]+' })
export const ZMaxItems = z.number().int().min(1, { error: 'Member must have value greater than or equal to 1' }).max(1000, { error: 'Member must have value less than or equal to 1000' })

const TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u
export const ZTagKey = awsString({ max: 128, pattern: TAG_KEY, patternText: '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+' }).superRefine((key, ctx) => {
  // Keys starting with aws: are reserved for AWS (IAM User Guide, "Tag naming rules").
  if (/^aws:/i.test(key)) ctx.addIssue({ code: 'custom', message: 'Member must not begin with the reserved prefix aws:' })
})
export const ZTagValue = awsString({ min: 0, max: 256, pattern: TAG_VALUE, patternText: '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*' })
export const ZTag = z.object({ Key: ZTagKey, Value: ZTagValue })
export const ZTags = z.array(ZTag).max(50, { error: 'Member must have length less than or equal to 50' })
export const ZTagKeys = z.array(ZTagKey).max(50, { error: 'Member must have length less than or equal to 50' })

export type TTag = z.infer<typeof ZTag>

/** A zod failure -> IAM's ValidationError naming the first offending member. */
export function validationErrorOf(error: z.ZodError, input: unknown): IamError {
  const issue = error.issues[0]!
  // A member the operation does not have (a typo in a console form or a script's input):
  // named, not quoted back with the whole input.
  if (issue.code === 'unrecognized_keys') {
    return new IamError('ValidationError', validationError([`Unknown parameter${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}.`]).message)
  }
  const path = issue.path.map(String)
  const field = path[0] ?? ''
  let value: unknown = input
  for (const p of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[p] : undefined
  const at = path.map((p) => (/^\d+$/.test(p) ? `${Number(p) + 1}` : member(p))).join('.')
  const message =
    issue.code === 'custom' || issue.code === 'too_small' || issue.code === 'too_big'
      ? issue.message
      : value === undefined
        ? 'Member must not be null'
        : issue.message
  // Never echo a password back (CloudTrail hides it too).
  const shown = /password/i.test(field) ? '******' : typeof value === 'string' ? value : JSON.stringify(value ?? null)
  return new IamError('ValidationError', validationError([constraintViolation(at, message, shown)]).message, field ? { field } : {})
}
