// The WebAuthn relying party of the request being served: the host the browser used
// (the Host header, so http://localhost:3100 gives rpID "localhost"), and https when the
// request came over TLS (x-forwarded-proto) or NEXTAUTH_URL says so. Null when the
// host is an IP address, where browsers refuse WebAuthn.
import { relyingPartyFromHost, type RelyingParty } from '@/lib/credentials/webauthn'

export function relyingPartyOfRequest(header: (name: string) => string | null | undefined): RelyingParty | null {
  const host = header('x-forwarded-host') ?? header('host')
  if (!host) return null
  const proto = header('x-forwarded-proto')?.split(',')[0]?.trim()
  const https = proto === 'https' || (!proto && process.env.NEXTAUTH_URL?.startsWith('https:'))
  try {
    return relyingPartyFromHost(host.split(',')[0]!.trim(), https ? 'https:' : 'http:')
  } catch {
    return null
  }
}
