import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // `next build` type-checks only what the app ships, so a typo in a test cannot stop
  // `npm start`; `npm test` type-checks everything (tsc --noEmit) as its first stage.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
}

export default nextConfig
