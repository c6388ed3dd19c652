// The request facts the gate and the event history record (aws:SourceIp,
// aws:UserAgent, aws:SecureTransport). The server entry point (scripts/serve-next.ts,
// lib/auth/forwarded-headers.ts) replaces X-Forwarded-For and X-Forwarded-Proto by the
// client's address and scheme as the connection shows them, so one address and one
// scheme is all these headers can hold; anything else is not trusted.
import type { RequestMeta } from '@/lib/iam/caller'
import { normalizeAddress } from './client-address'

type HeaderLookup = (name: string) => string | null | undefined

export function requestMetaFromHeaders(header: HeaderLookup): RequestMeta {
  const sourceIp = normalizeAddress(header('x-forwarded-for') ?? undefined)
  const userAgent = header('user-agent') ?? undefined
  return {
    ...(sourceIp ? { sourceIp } : {}),
    ...(userAgent ? { userAgent } : {}),
    secureTransport: header('x-forwarded-proto') === 'https',
  }
}
