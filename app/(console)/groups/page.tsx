import type { Metadata } from 'next'
import { NotBuiltYet } from '@/components/not-built-yet'

export const metadata: Metadata = { title: 'User groups' }

export default function Page() {
  return <NotBuiltYet title="User groups" />
}
