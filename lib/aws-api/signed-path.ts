// The SDKs post to /api/aws/, the CLI to /api/aws. Next answers a trailing slash with a
// redirect, which the SDKs do not follow, and a signature covers the path as the client
// sent it. So the server entry point (scripts/serve-next.ts) hands Next /api/aws and keeps
// the path that was signed in a header of its own; a client's copy of that header is
// dropped first. (Forging it could only change which path the signature must cover.)
import type { IncomingMessage } from 'node:http'

export const QUERY_API_PATH = '/api/aws'
export const SIGNED_PATH_HEADER = 'x-sandbox-signed-path'

export function routeQueryApiPath(req: IncomingMessage): void {
  delete req.headers[SIGNED_PATH_HEADER]
  const url = req.url ?? '/'
  const query = url.indexOf('?')
  const path = query === -1 ? url : url.slice(0, query)
  if (path !== `${QUERY_API_PATH}/`) return
  req.headers[SIGNED_PATH_HEADER] = path
  req.url = `${QUERY_API_PATH}${query === -1 ? '' : url.slice(query)}`
}
