// The security-key step of sign-in asks for its WebAuthn options here, with the pending
// sign-in id it was given after the password. Not an IAM operation (there is no caller
// yet); the answer is the same 400 for an unknown, expired or key-less pending sign-in.
import { NextResponse } from 'next/server'
import { headers } from 'next/headers'
import { relyingPartyOfRequest } from '@/lib/auth/relying-party-of-request'
import { MFA_SIGN_IN_EXPIRED_MESSAGE, securityKeySignInOptionsForPending } from '@/lib/auth/sign-in-mfa'

export async function POST(request: Request) {
  const body = (await request.json().catch(() => null)) as { pendingId?: unknown } | null
  const headerList = await headers()
  const relyingParty = relyingPartyOfRequest((name) => headerList.get(name))
  const pendingId = typeof body?.pendingId === 'string' ? body.pendingId : ''
  const options = relyingParty ? await securityKeySignInOptionsForPending(pendingId, relyingParty, new Date()) : null
  if (!options) return NextResponse.json({ message: MFA_SIGN_IN_EXPIRED_MESSAGE }, { status: 400 })
  return NextResponse.json(options)
}
