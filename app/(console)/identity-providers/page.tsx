import type { Metadata } from 'next'
import { NotBuiltYet } from '@/components/not-built-yet'

export const metadata: Metadata = { title: 'Identity providers' }

export default function Page() {
  return <NotBuiltYet title="Identity providers" />
}
