'use client'

import { signOut } from 'next-auth/react'
import { useEffect, useState } from 'react'

export function SignOutButton() {
  const [pending, setPending] = useState(false)
  // Disabled until hydrated: a click before that would do nothing.
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  async function onClick() {
    setPending(true)
    // next-auth's sign-out endpoint clears the cookie and, through its signOut event,
    // revokes the ConsoleSession row (lib/auth/auth-options.ts).
    await signOut({ redirect: false })
    window.location.assign('/signin')
  }
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={pending || !hydrated}
      className="rounded border border-gray-400 px-3 py-1 text-white hover:border-white disabled:opacity-60"
    >
      Sign out
    </button>
  )
}
