import type { NextConfig } from 'next'

// On every response, static files included. The Content-Security-Policy is per request
// (a nonce), so proxy.ts sets it.
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  // For browsers without CSP frame-ancestors; proxy.ts's policy says the same.
  { key: 'X-Frame-Options', value: 'DENY' },
]

const nextConfig: NextConfig = {
  // `next build` type-checks only what the app ships, so a typo in a test cannot stop
  // `npm start`; `npm test` type-checks everything (tsc --noEmit) as its first stage.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      {
        // HSTS only over HTTPS (RFC 6797: a browser ignores it over HTTP anyway, and a
        // console on http://localhost must stay reachable). scripts/serve-next.ts sets
        // X-Forwarded-Proto from the connection, so a client cannot claim https.
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=31536000' }],
      },
    ]
  },
}

export default nextConfig
