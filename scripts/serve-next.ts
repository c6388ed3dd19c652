// Serves the built app (`next build` first) the way `next start` does, through Next's
// programmatic API, so that every request's client address and scheme come from the
// socket (lib/auth/forwarded-headers.ts) before Next reads a header. `npm start` and the
// Playwright web server both run this; plain `next start` would trust a client's
// X-Forwarded-For.
//
//   PORT (3000)  HOST (127.0.0.1)  TRUST_PROXY (none; see README, Configuration)
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import next from 'next'
import { parseTrustProxy } from '@/lib/auth/client-address'
import { rewriteForwardedHeaders } from '@/lib/auth/forwarded-headers'
import { routeQueryApiPath } from '@/lib/aws-api/signed-path'
import { queryApiPathOf, serveQueryApi } from '@/lib/aws-api/serve-query-api'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

async function main() {
  const port = Number(process.env.PORT || 3000)
  const host = process.env.HOST || '127.0.0.1'
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`)
  // Read before listening: a TRUST_PROXY typo stops the server instead of trusting no one.
  const trust = parseTrustProxy(process.env.TRUST_PROXY)
  const app = next({ dev: false, dir: root, hostname: host, port })
  await app.prepare()
  const handle = app.getRequestHandler()
  const server = createServer((req, res) => {
    rewriteForwardedHeaders(req, trust)
    const failed = (error: unknown) => {
      console.error(error)
      if (!res.headersSent) res.statusCode = 500
      res.end()
    }
    // The AWS API's own handler, the one app/api/aws calls, without Next's router (which
    // cost more per call than the call itself).
    if (queryApiPathOf(req.url)) return void serveQueryApi(req, res).catch(failed)
    routeQueryApiPath(req)
    handle(req, res).catch(failed)
  })
  server.listen(port, host, () => console.log(`  serving on http://${host}:${port}${trust.kind === 'none' ? '' : ` (TRUST_PROXY=${process.env.TRUST_PROXY})`}`))
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
}

main().catch((error: unknown) => {
  console.error(`serve-next failed: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
