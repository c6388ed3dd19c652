// The request facts the gate and the event history record (aws:SourceIp,
// aws:UserAgent, aws:SecureTransport). `next start` sets x-forwarded-for and
// x-forwarded-proto from the socket; behind a proxy they come from that proxy.
import type { RequestMeta } from '@/lib/iam/caller'

type HeaderLookup = (name: string) => string | null | undefined

export function requestMetaFromHeaders(header: HeaderLookup): RequestMeta {
  const forwardedFor = header('x-forwarded-for')?.split(',')[0]?.trim()
  const sourceIp = normalizeIp(forwardedFor || header('x-real-ip')?.trim() || undefined)
  const userAgent = header('user-agent') ?? undefined
  const proto = header('x-forwarded-proto')?.split(',')[0]?.trim()
  return {
    ...(sourceIp ? { sourceIp } : {}),
    ...(userAgent ? { userAgent } : {}),
    secureTransport: proto === 'https',
  }
}

/** "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) is 127.0.0.1, as AWS would show it. */
function normalizeIp(ip: string | undefined): string | undefined {
  if (!ip) return undefined
  return ip.startsWith('::ffff:') && ip.includes('.') ? ip.slice('::ffff:'.length) : ip
}
