import type { Metadata } from 'next'
import { NotBuiltYet } from '@/components/not-built-yet'

export const metadata: Metadata = { title: 'Policy simulator' }

export default function Page() {
  return <NotBuiltYet title="Policy simulator" />
}
