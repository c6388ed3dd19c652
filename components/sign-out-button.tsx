'use client'

import { signOut } from 'next-auth/react'
import { useState } from 'react'

export function SignOutButton() {
  const [pending, setPending] = useState(false)
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
      disabled={pending}
      className="rounded border border-gray-400 px-3 py-1 text-white hover:border-white disabled:opacity-60"
    >
      Sign out
    </button>
  )
}
