// POST /api/aws (form-encoded) and signed GET /api/aws?Action=…: AWS's Query protocol
// for iam (2010-05-08) and sts (2011-06-15), the service chosen by the credential
// scope. Verified with SigV4, then the very lib/iam operation the console calls
// (IAM_OPERATIONS), so the gate decides as it does for the console.
import { randomUUID } from 'node:crypto'
import { requestMetaFromHeaders } from '@/lib/auth/request-meta'
import { IAM_OPERATIONS } from '@/lib/iam'
import type { Caller } from '@/lib/iam/caller'
import { isIamError } from '@/lib/iam/errors'
import { assumeRole, getCallerIdentity, getSessionToken, mayCallIam } from '@/lib/iam/sts'
import { credentialOfAccessKey } from './credential-of-access-key'
import { listUsersQuery } from './list-users-query'
import { decodeQuery } from './query-decoder'
import { QueryApiError } from './query-api-error'
import { SIGNED_PATH_HEADER } from './signed-path'
import { IAM_XMLNS, queryErrorXml, queryResponseXml, STS_XMLNS } from './query-xml'
import { checkSignatureTime, expectedSignature, parseAuthorization, PRESIGN_QUERY_PARAMETERS, sessionTokenOf, signaturesMatch, type SignedRequest } from './sigv4'

/** A policy document is at most 131,072 characters; URL-encoded, a request with one stays far below this. */
export const MAX_BODY_BYTES = 1024 * 1024

const SERVICES = {
  iam: { version: '2010-05-08', xmlns: IAM_XMLNS },
  sts: { version: '2011-06-15', xmlns: STS_XMLNS },
} as const
type Service = keyof typeof SERVICES

/** STS's actions on this endpoint (lib/iam/sts). */
const STS_OPERATIONS = {
  AssumeRole: assumeRole,
  GetSessionToken: getSessionToken,
  GetCallerIdentity: getCallerIdentity,
} as const

interface Answer {
  status: number
  xml: string
}

/** What the endpoint answers: the status, the body and the headers AWS sends with it. */
export interface QueryAnswer {
  status: number
  headers: Record<string, string>
  body: string
}

/**
 * The endpoint itself, for any server in front of it (the route handler below, or
 * lib/aws-api/serve-query-api.ts for node:http): `read` gives the request as the client
 * signed it and may refuse it (RequestEntityTooLarge), which is answered like any error.
 */
export async function answerQueryRequest(read: () => Promise<SignedRequest>): Promise<QueryAnswer> {
  const requestId = randomUUID()
  let xmlns: string = IAM_XMLNS
  let answer: Answer
  try {
    const signed = await read()
    const auth = parseAuthorization(signed)
    const service = auth.scope.service
    if (service !== 'iam' && service !== 'sts') {
      throw new QueryApiError('SignatureDoesNotMatch', `Credential should be scoped to correct service: 'iam' or 'sts'. Credential=${auth.scope.accessKeyId}/${auth.scope.date}/${auth.scope.region}/${service}/aws4_request`)
    }
    xmlns = SERVICES[service].xmlns
    const meta = { ...requestMetaFromHeaders((name) => signed.headers[name]), region: auth.scope.region }
    const credential = await credentialOfAccessKey(auth.scope.accessKeyId, sessionTokenOf(signed, auth), meta)
    if (!credential.ok) {
      // Checked before the signature, as AWS does: an expired token is reported as such
      // even when the request is otherwise well signed.
      if (credential.reason === 'expired') throw new QueryApiError('ExpiredToken', 'The security token included in the request is expired')
      throw new QueryApiError('InvalidClientTokenId', 'The security token included in the request is invalid.')
    }
    const expected = await expectedSignature(signed, auth, credential.secretAccessKey)
    if (!signaturesMatch(expected, auth.signature)) {
      throw new QueryApiError('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.')
    }
    const now = new Date()
    checkSignatureTime(auth, now)
    await credential.recordUse({ service, region: auth.scope.region, at: now })
    const signature = new Set<string>(auth.expiresSeconds !== undefined ? PRESIGN_QUERY_PARAMETERS : [])
    const query = decodeQuery(signed.method === 'GET' ? signed.query.filter(([k]) => !signature.has(k)) : new URLSearchParams(signed.body))
    answer = await runAction(service, query, credential.caller, requestId)
  } catch (error) {
    answer = errorAnswer(error, requestId, xmlns)
  }
  return { status: answer.status, headers: { 'content-type': 'text/xml', 'x-amzn-RequestId': requestId }, body: answer.xml }
}

/** The route handler's entry (app/api/aws, as `next dev` serves it). */
export async function handleQueryRequest(request: Request): Promise<Response> {
  const answer = await answerQueryRequest(() => readSignedRequest(request))
  return new Response(answer.body, { status: answer.status, headers: answer.headers })
}

async function runAction(service: Service, query: ReturnType<typeof decodeQuery>, caller: Caller, requestId: string): Promise<Answer> {
  const { version, xmlns } = SERVICES[service]
  if (!query.action) throw new QueryApiError('MissingAction', 'Missing Action')
  if (query.version !== undefined && query.version !== version) {
    throw new QueryApiError('InvalidAction', `Could not find operation ${query.action} for version ${query.version}`)
  }
  if (service === 'sts') {
    const operation = Object.hasOwn(STS_OPERATIONS, query.action) ? STS_OPERATIONS[query.action as keyof typeof STS_OPERATIONS] : undefined
    if (!operation) throw new QueryApiError('InvalidAction', `Could not find operation ${query.action} for version ${version}`)
    const result = await operation(caller, query.input as never)
    return { status: 200, xml: queryResponseXml(query.action, result, requestId, xmlns) }
  }
  if (!mayCallIam(caller)) throw new QueryApiError('InvalidClientTokenId', 'The security token included in the request is invalid.')
  const operation = Object.hasOwn(IAM_OPERATIONS, query.action) ? IAM_OPERATIONS[query.action] : undefined
  // Only IAM's own actions: the event history (CloudTrail) speaks another protocol.
  if (!operation || !operation.action.startsWith('iam:')) {
    throw new QueryApiError('InvalidAction', `Could not find operation ${query.action} for version ${version}`)
  }
  const result = query.action === 'ListUsers' ? await listUsersQuery(caller, query.input) : await operation.fn(caller, query.input as never)
  return { status: 200, xml: queryResponseXml(query.action, result, requestId, xmlns) }
}

function errorAnswer(error: unknown, requestId: string, xmlns: string): Answer {
  const shaped = error instanceof QueryApiError || isIamError(error)
    ? { code: error.code, message: error.message, status: error.status }
    : (console.error('AWS Query API: ServiceFailure caused by', error),
      { code: 'ServiceFailure', message: 'The request processing has failed because of an unknown error, exception or failure.', status: 500 })
  const type = shaped.status >= 500 ? 'Receiver' : 'Sender'
  return { status: shaped.status, xml: queryErrorXml({ type, code: shaped.code, message: shaped.message }, requestId, xmlns) }
}

/** GET and POST only, as AWS's Query protocol. */
export function checkQueryMethod(method: string): void {
  if (method !== 'POST' && method !== 'GET') throw new QueryApiError('InvalidAction', `The ${method} method is not supported; POST the form or GET with a query string.`)
}

export const bodyTooLarge = () => new QueryApiError('RequestEntityTooLarge', `Request body is larger than ${MAX_BODY_BYTES} bytes.`)

async function readSignedRequest(request: Request): Promise<SignedRequest> {
  const url = new URL(request.url)
  checkQueryMethod(request.method)
  const headers: Record<string, string> = {}
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value
  })
  const path = headers[SIGNED_PATH_HEADER] ?? url.pathname
  delete headers[SIGNED_PATH_HEADER]
  return { method: request.method, path, query: [...url.searchParams], headers, body: await readBody(request) }
}

/** The body up to MAX_BODY_BYTES, refused past it before anything is parsed. */
async function readBody(request: Request): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0')
  const tooLarge = bodyTooLarge
  if (declared > MAX_BODY_BYTES) throw tooLarge()
  if (!request.body) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BODY_BYTES) {
      await reader.cancel()
      throw tooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
