// The server entry point (scripts/serve-next.ts) calls this on every request before Next
// sees it. `next start` keeps a client-sent X-Forwarded-For / X-Forwarded-Proto and only
// fills them in when absent (`??=` in next/dist/server/base-server.js), so the app could
// not tell a client's claim from the socket. Here the headers the app reads are replaced
// by what the connection shows (lib/auth/client-address.ts): one address, one scheme.
import type { IncomingMessage } from 'node:http'
import type { TLSSocket } from 'node:tls'
import { clientOfConnection, type ClientOfConnection, type TrustProxy } from './client-address'

/** Headers that name the client or the public host; a client's own copy is never passed on. */
const FORWARDING_HEADERS = ['x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'x-forwarded-port', 'x-real-ip', 'forwarded']

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value
}

export function rewriteForwardedHeaders(req: IncomingMessage, trust: TrustProxy): ClientOfConnection {
  const headers = req.headers
  const client = clientOfConnection(
    {
      socketAddress: req.socket.remoteAddress,
      socketEncrypted: (req.socket as Partial<TLSSocket>).encrypted === true,
      forwardedFor: headerText(headers['x-forwarded-for']),
      forwardedProto: headerText(headers['x-forwarded-proto']),
    },
    trust,
  )
  // A trusted proxy's X-Forwarded-Host (the public host name, which WebAuthn's relying
  // party is derived from) stays; from anyone else it goes with the rest.
  const forwardedHost = client.viaTrustedProxy ? headerText(headers['x-forwarded-host'])?.split(',')[0]?.trim() : undefined
  for (const name of FORWARDING_HEADERS) delete headers[name]
  if (client.address) headers['x-forwarded-for'] = client.address
  headers['x-forwarded-proto'] = client.secure ? 'https' : 'http'
  if (forwardedHost) headers['x-forwarded-host'] = forwardedHost
  return client
}
