// The Query API's route handler behind a real node:http server, as scripts/serve-next.ts
// runs it: the forwarded headers rewritten from the socket, /api/aws/ routed to /api/aws, then app/api/aws/route.ts
// with a fetch Request, so the SDKs and raw requests go through a real connection.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { parseTrustProxy } from '@/lib/auth/client-address'
import { rewriteForwardedHeaders } from '@/lib/auth/forwarded-headers'
import { GET, POST } from '@/app/api/aws/route'
import { routeQueryApiPath } from '@/lib/aws-api/signed-path'

export interface AwsApiServer {
  /** http://127.0.0.1:PORT/api/aws */
  endpoint: string
  close(): Promise<void>
}

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method ?? 'GET',
    headers,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } : {}),
  } as RequestInit)
}

export async function startAwsApiServer(): Promise<AwsApiServer> {
  const trust = parseTrustProxy(undefined)
  let origin = ''
  const server: Server = createServer((req, res) => {
    rewriteForwardedHeaders(req, trust)
    routeQueryApiPath(req)
    const request = toRequest(req, origin)
    const handler = req.method === 'GET' ? GET : POST
    handler(request)
      .then(async (response) => {
        res.statusCode = response.status
        response.headers.forEach((value, name) => res.setHeader(name, value))
        res.end(Buffer.from(await response.arrayBuffer()))
      })
      .catch((error: unknown) => {
        res.statusCode = 500
        res.end(String(error))
      })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    endpoint: `${origin}/api/aws`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }),
  }
}
