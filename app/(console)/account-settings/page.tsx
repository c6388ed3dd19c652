import type { Metadata } from 'next'
import { NotBuiltYet } from '@/components/not-built-yet'

export const metadata: Metadata = { title: 'Account settings' }

export default function Page() {
  return <NotBuiltYet title="Account settings" />
}
