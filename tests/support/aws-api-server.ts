// The Query API behind a real node:http server, so the SDKs and raw requests go through a
// real connection. By default as scripts/serve-next.ts serves it: the forwarded headers
// rewritten from the socket, then lib/aws-api/serve-query-api.ts. With `through: 'route'`,
// as `next dev` serves it: /api/aws/ routed to /api/aws, then app/api/aws/route.ts with a
// fetch Request.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { parseTrustProxy } from '@/lib/auth/client-address'
import { rewriteForwardedHeaders } from '@/lib/auth/forwarded-headers'
import { GET, POST } from '@/app/api/aws/route'
import { serveQueryApi } from '@/lib/aws-api/serve-query-api'
import { routeQueryApiPath } from '@/lib/aws-api/signed-path'

export interface AwsApiServer {
  /** http://127.0.0.1:PORT/api/aws */
  endpoint: string
  close(): Promise<void>
}

export type AwsApiEntry = 'node' | 'route'

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

export async function startAwsApiServer(through: AwsApiEntry = 'node'): Promise<AwsApiServer> {
  const trust = parseTrustProxy(undefined)
  let origin = ''
  const server: Server = createServer((req, res) => {
    rewriteForwardedHeaders(req, trust)
    const failed = (error: unknown) => {
      res.statusCode = 500
      res.end(String(error))
    }
    if (through === 'node') return void serveQueryApi(req, res).catch(failed)
    routeQueryApiPath(req)
    const request = toRequest(req, origin)
    const handler = req.method === 'GET' ? GET : POST
    handler(request)
      .then(async (response) => {
        res.statusCode = response.status
        response.headers.forEach((value, name) => res.setHeader(name, value))
        res.end(Buffer.from(await response.arrayBuffer()))
      })
      .catch(failed)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    endpoint: `${origin}/api/aws`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }),
  }
}
