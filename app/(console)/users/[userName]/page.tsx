import type { Metadata } from 'next'
import { NotBuiltYet } from '@/components/not-built-yet'

type Params = Promise<{ userName: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: decodeURIComponent((await params).userName) }
}

export default async function UserDetailsPage({ params }: { params: Params }) {
  const userName = decodeURIComponent((await params).userName)
  return <NotBuiltYet title={userName} />
}
