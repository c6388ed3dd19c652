import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { SignInForm } from '@/components/sign-in-form'
import { getConsoleContext } from '@/lib/auth/current-caller'

export const metadata: Metadata = { title: 'Sign in' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  if (await getConsoleContext()) redirect('/')
  const params = await searchParams
  // ?account=ALIAS is the account's IAM user sign-in URL: it opens the IAM user form.
  const account = first(params.account)?.slice(0, 63) ?? ''
  return (
    <main className="flex min-h-full items-start justify-center px-4 py-16">
      <div className="w-full max-w-md">
        <p className="mb-6 text-center text-lg font-bold tracking-tight text-console-bar">Sandbox IAM</p>
        <SignInForm initialKind={account ? 'iam-user' : 'root'} initialAccount={account} />
      </div>
    </main>
  )
}
