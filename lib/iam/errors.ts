// AWS-shaped errors of lib/iam. The codes and HTTP statuses are IAM's (IAM API Reference,
// "Common Errors" and each action's "Errors" section); the console maps `field` to the
// form control that caused the error, and AccessDenied carries the engine's evaluation
// so the console can show the deciding policy and statement one click away.
import type { EvaluationRequest, EvaluationResult, PolicySet } from '@/lib/policy/types'

export const IAM_ERROR_STATUS = {
  AccessDenied: 403,
  NoSuchEntity: 404,
  EntityAlreadyExists: 409,
  DeleteConflict: 409,
  LimitExceeded: 409,
  MalformedPolicyDocument: 400,
  PasswordPolicyViolation: 400,
  ValidationError: 400,
  InvalidInput: 400,
  UnmodifiableEntity: 400,
  ServiceFailure: 500,
  // EnableMFADevice / ResyncMFADevice with codes that do not check out.
  InvalidAuthenticationCode: 403,
  // ChangePassword called by the root user (it has no login profile to change).
  InvalidUserType: 400,
  // A password change whose checks, made before its transaction, no longer hold in it.
  ConcurrentModification: 409,
  // Too many password hashes already running or waiting in this process.
  Throttling: 400,
  // GetCredentialReport (IAM API Reference, its "Errors" section).
  ReportNotPresent: 410,
  ReportExpired: 410,
  ReportInProgress: 404,
  // STS (STS API Reference, AssumeRole's "Errors" section, and the common errors).
  PackedPolicyTooLarge: 400,
  ExpiredToken: 403,
  InvalidClientTokenId: 403,
} as const

export type IamErrorCode = keyof typeof IAM_ERROR_STATUS

export interface IamErrorOptions {
  /** The input field that caused the error (e.g. "UserName", "PolicyDocument"). */
  field?: string
  /** For AccessDenied: the engine's decision, with the deciding policy and statement. */
  evaluation?: EvaluationResult
  /** For AccessDenied: the request as the gate evaluated it (principal, action, resource, context), to replay in the simulator. */
  request?: EvaluationRequest
  /** For AccessDenied: the policies it was evaluated against (server-side only; the explanation reads their statements). */
  policies?: PolicySet
  cause?: unknown
}

export class IamError extends Error {
  readonly code: IamErrorCode
  readonly status: number
  readonly field?: string
  readonly evaluation?: EvaluationResult
  readonly request?: EvaluationRequest
  readonly policies?: PolicySet

  constructor(code: IamErrorCode, message: string, options: IamErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'IamError'
    this.code = code
    this.status = IAM_ERROR_STATUS[code]
    if (options.field !== undefined) this.field = options.field
    if (options.evaluation !== undefined) this.evaluation = options.evaluation
    if (options.request !== undefined) this.request = options.request
    if (options.policies !== undefined) this.policies = options.policies
  }
}

export function isIamError(error: unknown, code?: IamErrorCode): error is IamError {
  return error instanceof IamError && (code === undefined || error.code === code)
}

// The messages below are worded as IAM returns them, so clients and people who know AWS
// recognise them.
export const concurrentModification = () =>
  new IamError(
    'ConcurrentModification',
    'The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.',
  )

export const noSuchEntity = (kind: 'user' | 'group' | 'role' | 'policy' | 'login profile', name: string, field?: string) => {
  const text = {
    user: `The user with name ${name} cannot be found.`,
    group: `The group with name ${name} cannot be found.`,
    role: `The role with name ${name} cannot be found.`,
    policy: `Policy ${name} does not exist or is not attachable.`,
    'login profile': `Login Profile for User ${name} cannot be found.`,
  }[kind]
  return new IamError('NoSuchEntity', text, field === undefined ? {} : { field })
}

export const entityAlreadyExists = (kind: 'User' | 'Group' | 'Role', name: string, field: string) =>
  new IamError('EntityAlreadyExists', `${kind} with name ${name} already exists.`, { field })
