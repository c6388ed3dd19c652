'use client'

import { useEffect, useState, type FormEvent } from 'react'
import { signIn } from 'next-auth/react'
import { SignInMfaStep } from '@/components/credentials/sign-in-mfa-step'
import { parseMfaRequiredError, type MfaRequired } from '@/lib/auth/mfa-required-error'

type Kind = 'root' | 'iam-user'

const inputClass =
  'mt-1 block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-sm focus:border-console-link focus:outline-2 focus:outline-console-link'

export function SignInForm({ initialKind, initialAccount }: { initialKind: Kind; initialAccount: string }) {
  const [kind, setKind] = useState<Kind>(initialKind)
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const [mfa, setMfa] = useState<MfaRequired | null>(null)
  // Until React has hydrated, a submit would be a native form post that next-auth never
  // sees: the button stays disabled until the handler is attached.
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])

  function switchKind(next: Kind) {
    setKind(next)
    setError(null)
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setPending(true)
    setError(null)
    const form = new FormData(event.currentTarget)
    const credentials =
      kind === 'root'
        ? { kind, email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') }
        : {
            kind,
            account: String(form.get('account') ?? ''),
            userName: String(form.get('userName') ?? ''),
            password: String(form.get('password') ?? ''),
          }
    const result = await signIn('credentials', { ...credentials, redirect: false })
    if (result?.ok && !result.error) {
      // A full load, so every server component renders for the new session.
      window.location.assign('/')
      return
    }
    setPending(false)
    const mfaStep = parseMfaRequiredError(result?.error)
    if (mfaStep) {
      setMfa(mfaStep)
      return
    }
    setError(result?.error ?? 'Sign-in failed. Please try again.')
  }

  if (mfa) {
    return (
      <SignInMfaStep
        pending={mfa}
        onRestart={(message) => {
          setMfa(null)
          setError(message || null)
        }}
      />
    )
  }

  return (
    <div className="rounded-lg border border-console-line bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <fieldset className="mt-6 space-y-3">
        <legend className="sr-only">Sign in as</legend>
        <KindOption
          value="root"
          current={kind}
          onSelect={switchKind}
          title="Root user"
          description="Account owner that performs tasks requiring unrestricted access."
        />
        <KindOption
          value="iam-user"
          current={kind}
          onSelect={switchKind}
          title="IAM user"
          description="User within an account that performs daily tasks."
        />
      </fieldset>

      <form key={kind} method="post" onSubmit={onSubmit} className="mt-6 space-y-4" aria-label={kind === 'root' ? 'Root user sign-in' : 'IAM user sign-in'}>
        {kind === 'root' ? (
          <label className="block">
            <span className="font-bold">Root user email address</span>
            <input name="email" type="email" autoComplete="username" required className={inputClass} />
          </label>
        ) : (
          <>
            <label className="block">
              <span className="font-bold">Account ID or account alias</span>
              <input name="account" type="text" defaultValue={initialAccount} autoComplete="organization" required className={inputClass} />
            </label>
            <label className="block">
              <span className="font-bold">IAM user name</span>
              <input name="userName" type="text" autoComplete="username" required className={inputClass} />
            </label>
          </>
        )}
        <label className="block">
          <span className="font-bold">Password</span>
          <input name="password" type="password" autoComplete="current-password" required className={inputClass} />
        </label>
        {error ? (
          <div role="alert" className="rounded-md border border-red-600 bg-red-50 px-3 py-2 text-red-800">
            {error}
          </div>
        ) : null}
        <button
          type="submit"
          disabled={pending || !hydrated}
          className="w-full rounded-full border border-console-accent bg-console-accent px-4 py-2 font-bold text-console-ink hover:bg-[#ec7211] disabled:opacity-60"
        >
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </div>
  )
}

function KindOption(props: { value: Kind; current: Kind; onSelect: (kind: Kind) => void; title: string; description: string }) {
  const id = `sign-in-kind-${props.value}`
  return (
    <div className="flex gap-3">
      <input
        id={id}
        type="radio"
        name="kind"
        className="mt-1"
        checked={props.current === props.value}
        onChange={() => props.onSelect(props.value)}
        aria-describedby={`${id}-description`}
      />
      <div>
        <label htmlFor={id} className="block cursor-pointer font-bold">
          {props.title}
        </label>
        <p id={`${id}-description`} className="text-console-muted">
          {props.description}
        </p>
      </div>
    </div>
  )
}
