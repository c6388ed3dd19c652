import type { Metadata } from 'next'
import { NotBuiltYet } from '@/components/not-built-yet'

export const metadata: Metadata = { title: 'Roles' }

export default function Page() {
  return <NotBuiltYet title="Roles" />
}
