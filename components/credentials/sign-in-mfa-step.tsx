'use client'
// AWS's "Additional verification required" page: after the right password, a principal
// with MFA gives a code from the authenticator app or uses a passkey or security key
// (a choice when it has both). Both answers go through next-auth's credentials
// provider (kind mfa-code / mfa-security-key), so the session cookie is only ever made
// by the server after the MFA check (lib/auth/sign-in-mfa.ts).
import { useState, type FormEvent } from 'react'
import { signIn } from 'next-auth/react'
import { startAuthentication } from '@simplewebauthn/browser'
import type { MfaRequired } from '@/lib/auth/mfa-required-error'

type Method = 'totp' | 'security-key'

const inputClass =
  'mt-1 block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-sm focus:border-console-link focus:outline-2 focus:outline-console-link'
const primaryButton =
  'w-full rounded-full border border-console-accent bg-console-accent px-4 py-2 font-bold text-console-ink hover:bg-[#ec7211] disabled:opacity-60'

export function SignInMfaStep({ pending, onRestart }: { pending: MfaRequired; onRestart: (message: string) => void }) {
  const [method, setMethod] = useState<Method>(pending.methods.totp ? 'totp' : 'security-key')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const both = pending.methods.totp && pending.methods.securityKey

  async function finish(credentials: Record<string, string>) {
    const result = await signIn('credentials', { ...credentials, pendingId: pending.pendingId, redirect: false })
    if (result?.ok && !result.error) {
      window.location.assign('/')
      return
    }
    setBusy(false)
    const message = result?.error ?? 'Sign-in failed. Please try again.'
    if (/expired\. Sign in again/.test(message)) onRestart(message)
    else setError(message)
  }

  async function submitCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    const code = String(new FormData(event.currentTarget).get('code') ?? '')
    await finish({ kind: 'mfa-code', code })
  }

  async function useSecurityKey() {
    setBusy(true)
    setError(null)
    const res = await fetch('/api/webauthn/sign-in-options', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pendingId: pending.pendingId }),
    })
    const body = (await res.json().catch(() => ({}))) as { message?: string }
    if (!res.ok) {
      setBusy(false)
      onRestart(body.message ?? 'Sign-in failed. Please try again.')
      return
    }
    let response
    try {
      response = await startAuthentication({ optionsJSON: body as Parameters<typeof startAuthentication>[0]['optionsJSON'] })
    } catch {
      setBusy(false)
      setError('The passkey or security key did not respond. Try again.')
      return
    }
    await finish({ kind: 'mfa-security-key', response: JSON.stringify(response) })
  }

  return (
    <div className="rounded-lg border border-console-line bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold">Additional verification required</h1>
      {both ? (
        <fieldset className="mt-6 space-y-2">
          <legend className="font-bold">Choose an MFA device type</legend>
          {(
            [
              ['totp', 'Authenticator app'],
              ['security-key', 'Passkey or security key'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="mfa-method" checked={method === value} onChange={() => (setMethod(value), setError(null))} />
              {label}
            </label>
          ))}
        </fieldset>
      ) : null}

      {method === 'totp' ? (
        <form onSubmit={submitCode} className="mt-6 space-y-4" aria-label="Authenticator app">
          <p className="text-console-muted">Enter the code displayed in your authenticator app.</p>
          <label className="block">
            <span className="font-bold">MFA code</span>
            <input name="code" inputMode="numeric" autoComplete="one-time-code" pattern="\d{6}" maxLength={6} required autoFocus className={inputClass} />
          </label>
          {error ? <ErrorBox message={error} /> : null}
          <button type="submit" disabled={busy} className={primaryButton}>
            {busy ? 'Verifying…' : 'Submit'}
          </button>
        </form>
      ) : (
        <div className="mt-6 space-y-4">
          <p className="text-console-muted">Use the passkey or security key registered for this sign-in.</p>
          {error ? <ErrorBox message={error} /> : null}
          <button type="button" onClick={useSecurityKey} disabled={busy} className={primaryButton}>
            {busy ? 'Waiting for the key…' : 'Use passkey or security key'}
          </button>
        </div>
      )}
      <button type="button" className="mt-4 text-console-link underline" onClick={() => onRestart('')}>
        Cancel
      </button>
    </div>
  )
}

function ErrorBox({ message }: { message: string }) {
  return (
    <div role="alert" className="rounded-md border border-red-600 bg-red-50 px-3 py-2 text-red-800">
      {message}
    </div>
  )
}
