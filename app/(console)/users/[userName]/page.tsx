import type { Metadata } from 'next'
import { NotBuiltYet } from '@/components/not-built-yet'

type Params = Promise<{ userName: string }>

// The segment may arrive still percent-encoded; a malformed escape (the URL is
// user-editable) is shown as typed rather than failing the page.
function userNameFrom(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: userNameFrom((await params).userName) }
}

export default async function UserDetailsPage({ params }: { params: Params }) {
  return <NotBuiltYet title={userNameFrom((await params).userName)} />
}
