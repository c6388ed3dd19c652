// Errors the Query endpoint answers itself, before any lib/iam operation runs
// (signature checks, a malformed request, an unknown action). Codes and statuses as
// AWS's common errors: https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html
export const QUERY_API_ERROR_STATUS = {
  MissingAuthenticationToken: 403,
  InvalidClientTokenId: 403,
  ExpiredToken: 403,
  SignatureDoesNotMatch: 403,
  IncompleteSignature: 400,
  RequestExpired: 400,
  InvalidAction: 400,
  InvalidParameterValue: 400,
  MissingAction: 400,
  MalformedQueryString: 404,
  ValidationError: 400,
  RequestEntityTooLarge: 413,
  NotImplemented: 501,
  AccessDenied: 403,
} as const

export type QueryApiErrorCode = keyof typeof QUERY_API_ERROR_STATUS

export class QueryApiError extends Error {
  readonly status: number
  constructor(readonly code: QueryApiErrorCode, message: string) {
    super(message)
    this.name = 'QueryApiError'
    this.status = QUERY_API_ERROR_STATUS[code]
  }
}
