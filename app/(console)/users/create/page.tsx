import type { Metadata } from 'next'
import { NotBuiltYet } from '@/components/not-built-yet'

export const metadata: Metadata = { title: 'Create user' }

export default function Page() {
  return <NotBuiltYet title="Create user" />
}
