// The Query API on a node:http server (scripts/serve-next.ts): the same endpoint as the
// route handler (answerQueryRequest), read straight from the connection. Going through
// Next's router, a fetch Request and a web stream for the body cost more than the rest
// of a GetUser call. Both paths, /api/aws and /api/aws/, are answered here with the
// path as it was signed.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { contentSecurityPolicy, newNonce } from '@/lib/http/content-security-policy'
import { HSTS_HEADER, SECURITY_HEADERS } from '@/lib/http/security-headers'
import { answerQueryRequest, bodyTooLarge, checkQueryMethod, MAX_BODY_BYTES } from './handle-query-request'
import { QUERY_API_PATH } from './signed-path'
import type { SignedRequest } from './sigv4'

/** The request's path when it is the Query API's (with or without the trailing slash). */
export function queryApiPathOf(url: string | undefined): string | undefined {
  if (!url) return undefined
  const query = url.indexOf('?')
  const path = query === -1 ? url : url.slice(0, query)
  return path === QUERY_API_PATH || path === `${QUERY_API_PATH}/` ? path : undefined
}

export async function serveQueryApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const answer = await answerQueryRequest(() => readSignedRequest(req))
  // A body refused unread ends its connection: what follows on it is not a request.
  const close = req.complete ? {} : { connection: 'close' }
  res.writeHead(answer.status, { ...securityHeaders(req), ...answer.headers, 'content-length': Buffer.byteLength(answer.body), ...close })
  res.end(answer.body)
}

/** What Next's responses carry (next.config.ts, proxy.ts), on these too. */
function securityHeaders(req: IncomingMessage): Record<string, string> {
  // scripts/serve-next.ts has replaced X-Forwarded-Proto by what the connection shows.
  const secure = req.headers['x-forwarded-proto'] === 'https'
  const headers: Record<string, string> = {
    'content-security-policy': contentSecurityPolicy(newNonce(), { development: false, secure }),
  }
  for (const { key, value } of [...SECURITY_HEADERS, ...(secure ? [HSTS_HEADER] : [])]) headers[key] = value
  return headers
}

async function readSignedRequest(req: IncomingMessage): Promise<SignedRequest> {
  const method = req.method ?? 'GET'
  checkQueryMethod(method)
  const url = req.url ?? '/'
  const q = url.indexOf('?')
  const headers: Record<string, string> = {}
  // Node lower-cases the names and joins repeated values with ", " (as fetch's Headers).
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return {
    method,
    path: q === -1 ? url : url.slice(0, q),
    query: q === -1 ? [] : [...new URLSearchParams(url.slice(q + 1))],
    headers,
    body: method === 'GET' ? '' : await readBody(req),
  }
}

/** The body up to MAX_BODY_BYTES, refused past it before anything is parsed. */
function readBody(req: IncomingMessage): Promise<string> {
  if (Number(req.headers['content-length'] ?? '0') > MAX_BODY_BYTES) {
    req.resume()
    return Promise.reject(bodyTooLarge())
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength
      if (size > MAX_BODY_BYTES) {
        // Stop reading: the answer is sent, and the connection closes with the rest unread.
        req.pause()
        req.removeAllListeners('data')
        reject(bodyTooLarge())
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
