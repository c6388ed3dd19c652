// One browser's worth of HTTP: its own keep-alive connection and cookie jar, on node:http
// rather than fetch so that a client can also choose the address it connects from
// (127.0.0.0/8 is all loopback on Linux: each address is a distinct source IP to the server).
import http from 'node:http'

export interface ConsoleResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
  /** Request start to the response's last byte. */
  ms: number
}

export interface ConsoleRequest {
  headers?: Record<string, string>
  body?: Buffer | string
}

class ReusedSocketClosed extends Error {}

export class ConsoleClient {
  readonly cookies = new Map<string, string>()
  readonly origin: string
  private readonly url: URL

  constructor(
    baseUrl: string,
    /** One socket, kept alive: a browser tab, not a connection pool. false = a new connection per request. */
    private readonly agent: http.Agent | false = new http.Agent({ keepAlive: true, maxSockets: 1 }),
  ) {
    this.url = new URL(baseUrl)
    this.origin = this.url.origin
  }

  get(pathAndQuery: string, headers: Record<string, string> = {}, localAddress?: string): Promise<ConsoleResponse> {
    return this.send('GET', pathAndQuery, { headers }, localAddress)
  }

  post(pathAndQuery: string, request: ConsoleRequest, localAddress?: string): Promise<ConsoleResponse> {
    return this.send('POST', pathAndQuery, request, localAddress)
  }

  close(): void {
    if (this.agent) this.agent.destroy()
  }

  private async send(method: string, pathAndQuery: string, request: ConsoleRequest, localAddress?: string): Promise<ConsoleResponse> {
    try {
      return await this.sendOnce(method, pathAndQuery, request, localAddress)
    } catch (error) {
      // The server closed the kept-alive socket just as the request went out (its idle
      // timeout): the request never arrived, and a browser sends it again on a new
      // connection, as node:http's documentation advises (request.reusedSocket).
      if (!(error instanceof ReusedSocketClosed)) throw error
      return this.sendOnce(method, pathAndQuery, request, localAddress)
    }
  }

  private sendOnce(method: string, pathAndQuery: string, { headers = {}, body }: ConsoleRequest, localAddress?: string): Promise<ConsoleResponse> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    const started = performance.now()
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: this.url.hostname,
          port: this.url.port,
          method,
          path: pathAndQuery,
          agent: this.agent,
          ...(localAddress ? { localAddress } : {}),
          headers: {
            ...(cookie ? { cookie } : {}),
            ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
            ...headers,
          },
        },
        (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('error', reject)
          response.on('end', () => {
            for (const header of response.headers['set-cookie'] ?? []) {
              const [pair = ''] = header.split(';')
              const eq = pair.indexOf('=')
              this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1))
            }
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started })
          })
        },
      )
      request.on('error', (error: NodeJS.ErrnoException) => reject(request.reusedSocket && error.code === 'ECONNRESET' ? new ReusedSocketClosed() : error))
      request.end(body)
    })
  }
}
