// SigV4 verification of a Query API request (Authorization header). The expected
// signature is computed by @smithy/signature-v4, the signer the AWS SDKs use, over
// exactly the headers the client says it signed; only the comparison (constant time)
// and the checks around it (scope, clock skew, body hash) are ours.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
import { createHash, timingSafeEqual } from 'node:crypto'
import { Hash } from '@smithy/hash-node'
import { HttpRequest } from '@smithy/protocol-http'
import { SignatureV4 } from '@smithy/signature-v4'
import { QueryApiError } from './query-api-error'

export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000

export interface SignedRequest {
  method: string
  /** The path as sent, e.g. /api/aws/ */
  path: string
  /** Query parameters as decoded (the signer re-encodes them canonically). */
  query: [string, string][]
  /** Header names lower-cased. */
  headers: Record<string, string>
  body: string
}

export interface CredentialScope {
  accessKeyId: string
  date: string
  region: string
  service: string
}

export interface ParsedAuthorization {
  scope: CredentialScope
  signedHeaders: string[]
  signature: string
  /** X-Amz-Date as sent (yyyyMMddTHHmmssZ) and as a Date. */
  amzDate: Date
}

const ALGORITHM = 'AWS4-HMAC-SHA256'

const incomplete = (message: string) => new QueryApiError('IncompleteSignature', message)

/** The Authorization header's parts; throws MissingAuthenticationToken when the request is unsigned. */
export function parseAuthorization(request: SignedRequest): ParsedAuthorization {
  const header = request.headers['authorization']
  if (!header) {
    if (request.query.some(([k]) => k === 'X-Amz-Signature')) {
      throw new QueryApiError('MissingAuthenticationToken', 'Query-string (presigned) authentication is not supported by this endpoint; sign the request with an Authorization header.')
    }
    throw new QueryApiError('MissingAuthenticationToken', 'Request is missing Authentication Token')
  }
  if (!header.startsWith(`${ALGORITHM} `)) throw incomplete(`Unsupported AWS 'algorithm': only ${ALGORITHM} is supported.`)
  const fields = new Map<string, string>()
  for (const part of header.slice(ALGORITHM.length + 1).split(',')) {
    const eq = part.indexOf('=')
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim())
  }
  const credential = fields.get('Credential')
  const signedHeaders = fields.get('SignedHeaders')
  const signature = fields.get('Signature')
  if (!credential || !signedHeaders || !signature) {
    const missing = ['Credential', 'Signature', 'SignedHeaders'].filter((name) => !fields.get(name))
    throw incomplete(`Authorization header requires ${missing.map((m) => `'${m}'`).join(', ')} parameter${missing.length > 1 ? 's' : ''}. Authorization=${header}`)
  }
  const parts = credential.split('/')
  if (parts.length !== 5 || parts[4] !== 'aws4_request' || !/^\d{8}$/.test(parts[1]!)) {
    throw incomplete(`Credential should be scoped to a valid region, e.g. 'us-east-1'. Credential=${credential}`)
  }
  const [accessKeyId, date, region, service] = parts as [string, string, string, string]
  const amzDateText = request.headers['x-amz-date']
  if (!amzDateText) throw incomplete("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.")
  const amzDate = parseAmzDate(amzDateText)
  if (!amzDate) throw incomplete(`Date must be in ISO-8601 'basic format'. Got '${amzDateText}'. See http://en.wikipedia.org/wiki/ISO_8601`)
  if (amzDateText.slice(0, 8) !== date) throw new QueryApiError('SignatureDoesNotMatch', `Credential should be scoped to a valid date: the scope's date ${date} is not the date of X-Amz-Date ${amzDateText}.`)
  const names = signedHeaders.split(';')
  if (!names.includes('host')) throw new QueryApiError('SignatureDoesNotMatch', "'Host' must be a signed header.")
  return { scope: { accessKeyId, date, region, service }, signedHeaders: names, signature, amzDate }
}

function parseAmzDate(text: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text)
  if (!m) return undefined
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!))
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** RequestExpired when X-Amz-Date is more than 15 minutes away from now, as AWS. */
export function checkClock(amzDate: Date, now: Date): void {
  if (Math.abs(now.getTime() - amzDate.getTime()) > MAX_CLOCK_SKEW_MS) {
    const iso = (d: Date) => d.toISOString().replace(/[-:]|\.\d{3}/g, '')
    const earliest = new Date(now.getTime() - MAX_CLOCK_SKEW_MS)
    throw new QueryApiError('RequestExpired', `Request has expired. Timestamp date is ${iso(amzDate)}, earliest allowed ${iso(earliest)}.`)
  }
}

/** The signature the request should carry if signed with `secretAccessKey`. */
export async function expectedSignature(request: SignedRequest, auth: ParsedAuthorization, secretAccessKey: string): Promise<string> {
  const headers: Record<string, string> = {}
  for (const name of auth.signedHeaders) {
    const value = request.headers[name]
    if (value === undefined) throw new QueryApiError('SignatureDoesNotMatch', `The request signature we calculated does not match the signature you provided: signed header ${name} is absent.`)
    headers[name] = value
  }
  const sentHash = request.headers['x-amz-content-sha256']
  // A client-sent body hash is what the signer trusts, so it must be the body's.
  if (sentHash !== undefined && sentHash !== createHash('sha256').update(request.body).digest('hex')) {
    throw new QueryApiError('SignatureDoesNotMatch', 'The provided x-amz-content-sha256 header does not match what was computed.')
  }
  const query: Record<string, string | string[]> = {}
  for (const [k, v] of request.query) {
    const prior = query[k]
    query[k] = prior === undefined ? v : Array.isArray(prior) ? [...prior, v] : [prior, v]
  }
  const signer = new SignatureV4({
    credentials: { accessKeyId: auth.scope.accessKeyId, secretAccessKey },
    region: auth.scope.region,
    service: auth.scope.service,
    sha256: Hash.bind(null, 'sha256'),
    applyChecksum: false,
  })
  const signed = await signer.sign(
    new HttpRequest({ method: request.method, protocol: 'https:', hostname: headers['host'] ?? '', path: request.path, query, headers, body: request.body }),
    { signingDate: auth.amzDate, signableHeaders: new Set(auth.signedHeaders) },
  )
  const authorization = String(signed.headers['authorization'] ?? '')
  return authorization.slice(authorization.lastIndexOf('Signature=') + 'Signature='.length)
}

export function signaturesMatch(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8')
  const b = Buffer.from(given, 'utf8')
  return a.length === b.length && timingSafeEqual(a, b)
}
