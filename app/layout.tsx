import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Sandbox IAM', template: '%s | Sandbox IAM' },
  description: 'A web console that works like the AWS IAM console, over sandbox accounts.',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="antialiased text-sm">{children}</body>
    </html>
  )
}
