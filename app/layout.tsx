import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { connection } from 'next/server'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Sandbox IAM', template: '%s | Sandbox IAM' },
  description: 'A web console that works like the AWS IAM console, over sandbox accounts.',
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: Next can put proxy.ts's per-request CSP nonce only
  // on scripts it writes while rendering, and a prerendered page's scripts would be blocked.
  await connection()
  return (
    <html lang="en">
      <body className="antialiased text-sm">{children}</body>
    </html>
  )
}
