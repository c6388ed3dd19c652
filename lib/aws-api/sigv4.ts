// SigV4 verification of a Query API request, signed in the Authorization header or in
// the query string (a presigned URL). The expected
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
  /** Set for a query-string (presigned) signature: X-Amz-Expires, seconds from X-Amz-Date. */
  expiresSeconds?: number
}

/** The query parameters of a presigned request that carry its signature, not its input. */
export const PRESIGN_QUERY_PARAMETERS = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Date', 'X-Amz-Expires', 'X-Amz-SignedHeaders', 'X-Amz-Signature', 'X-Amz-Security-Token'] as const

/** SigV4 query-string signatures last at most seven days. */
export const MAX_PRESIGN_EXPIRES_SECONDS = 7 * 24 * 60 * 60

const ALGORITHM = 'AWS4-HMAC-SHA256'

const incomplete = (message: string) => new QueryApiError('IncompleteSignature', message)

/** The Authorization header's parts; throws MissingAuthenticationToken when the request is unsigned. */
export function parseAuthorization(request: SignedRequest): ParsedAuthorization {
  const header = request.headers['authorization']
  if (!header) {
    if (request.query.some(([k]) => k === 'X-Amz-Signature' || k === 'X-Amz-Credential')) return parsePresigned(request)
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
  const amzDateText = request.headers['x-amz-date']
  if (!amzDateText) throw incomplete("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.")
  return signatureParts(credential, amzDateText, signedHeaders, signature)
}

/** A presigned request's X-Amz-* query parameters, each exactly once. */
function parsePresigned(request: SignedRequest): ParsedAuthorization {
  const values = new Map<string, string[]>()
  for (const [k, v] of request.query) {
    if ((PRESIGN_QUERY_PARAMETERS as readonly string[]).includes(k)) values.set(k, [...(values.get(k) ?? []), v])
  }
  const required = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-Date', 'X-Amz-SignedHeaders', 'X-Amz-Expires']
  if (required.some((name) => values.get(name)?.length !== 1) || (values.get('X-Amz-Security-Token')?.length ?? 1) !== 1) {
    throw incomplete(`AWS query-string parameters must include ${required.map((n) => `'${n}'`).join(', ')}, each once. Re-examine the query-string parameters.`)
  }
  const one = (name: string) => values.get(name)![0]!
  if (one('X-Amz-Algorithm') !== ALGORITHM) throw incomplete(`Unsupported AWS 'algorithm': only ${ALGORITHM} is supported.`)
  const expiresText = one('X-Amz-Expires')
  const expiresSeconds = Number(expiresText)
  if (!/^\d{1,7}$/.test(expiresText) || expiresSeconds < 1 || expiresSeconds > MAX_PRESIGN_EXPIRES_SECONDS) {
    throw incomplete(`X-Amz-Expires must be a whole number of seconds from 1 to ${MAX_PRESIGN_EXPIRES_SECONDS}. Got '${expiresText}'.`)
  }
  return { ...signatureParts(one('X-Amz-Credential'), one('X-Amz-Date'), one('X-Amz-SignedHeaders'), one('X-Amz-Signature')), expiresSeconds }
}

/** The scope, date and signed headers, wherever the request carried them. */
function signatureParts(credential: string, amzDateText: string, signedHeaders: string, signature: string): ParsedAuthorization {
  const parts = credential.split('/')
  if (parts.length !== 5 || parts[4] !== 'aws4_request' || !/^\d{8}$/.test(parts[1]!)) {
    throw incomplete(`Credential should be scoped to a valid region, e.g. 'us-east-1'. Credential=${credential}`)
  }
  const [accessKeyId, date, region, service] = parts as [string, string, string, string]
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

/**
 * A header signature must be within 15 minutes of the server's clock (checkClock); a
 * presigned one from 15 minutes before its X-Amz-Date until X-Amz-Expires after it.
 */
export function checkSignatureTime(auth: ParsedAuthorization, now: Date): void {
  if (auth.expiresSeconds === undefined) return checkClock(auth.amzDate, now)
  const iso = (d: Date) => d.toISOString().replace(/[-:]|\.\d{3}/g, '')
  const expiresAt = new Date(auth.amzDate.getTime() + auth.expiresSeconds * 1000)
  if (now.getTime() > expiresAt.getTime()) throw new QueryApiError('RequestExpired', `Request has expired. Expired at ${iso(expiresAt)}, now ${iso(now)}.`)
  if (auth.amzDate.getTime() - now.getTime() > MAX_CLOCK_SKEW_MS) {
    throw new QueryApiError('RequestExpired', `Request is not yet valid. Timestamp date is ${iso(auth.amzDate)}, now ${iso(now)}.`)
  }
}

/** The request's session token, from its header or, when presigned, its query string. */
export function sessionTokenOf(request: SignedRequest, auth: ParsedAuthorization): string | undefined {
  if (auth.expiresSeconds === undefined) return request.headers['x-amz-security-token']
  return request.query.find(([k]) => k === 'X-Amz-Security-Token')?.[1]
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
  const presigned = auth.expiresSeconds !== undefined
  const query: Record<string, string | string[]> = {}
  for (const [k, v] of request.query) {
    // The signer adds a presigned request's X-Amz-* parameters again itself.
    if (presigned && (PRESIGN_QUERY_PARAMETERS as readonly string[]).includes(k)) continue
    const prior = query[k]
    query[k] = prior === undefined ? v : Array.isArray(prior) ? [...prior, v] : [prior, v]
  }
  const sessionToken = presigned ? sessionTokenOf(request, auth) : undefined
  const signer = new SignatureV4({
    credentials: { accessKeyId: auth.scope.accessKeyId, secretAccessKey, ...(sessionToken !== undefined ? { sessionToken } : {}) },
    region: auth.scope.region,
    service: auth.scope.service,
    sha256: Hash.bind(null, 'sha256'),
    applyChecksum: false,
  })
  const unsigned = new HttpRequest({ method: request.method, protocol: 'https:', hostname: headers['host'] ?? '', path: request.path, query, headers, body: request.body })
  if (presigned) {
    const url = await signer.presign(unsigned, { signingDate: auth.amzDate, expiresIn: auth.expiresSeconds, signableHeaders: new Set(auth.signedHeaders) })
    return String(url.query?.['X-Amz-Signature'] ?? '')
  }
  const signed = await signer.sign(unsigned, { signingDate: auth.amzDate, signableHeaders: new Set(auth.signedHeaders) })
  const authorization = String(signed.headers['authorization'] ?? '')
  return authorization.slice(authorization.lastIndexOf('Signature=') + 'Signature='.length)
}

export function signaturesMatch(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8')
  const b = Buffer.from(given, 'utf8')
  return a.length === b.length && timingSafeEqual(a, b)
}
