import type { NextConfig } from 'next'
import { HSTS_HEADER, SECURITY_HEADERS } from './lib/http/security-headers'

const nextConfig: NextConfig = {
  // `next build` type-checks only what the app ships, so a typo in a test cannot stop
  // `npm start`; `npm test` type-checks everything (tsc --noEmit) as its first stage.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  poweredByHeader: false,
  async headers() {
    return [
      // On every response, static files included.
      { source: '/:path*', headers: [...SECURITY_HEADERS] },
      {
        // scripts/serve-next.ts sets X-Forwarded-Proto from the connection, so a client
        // cannot claim https.
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [HSTS_HEADER],
      },
    ]
  },
}

export default nextConfig
