// Sends requests without a session cookie to /signin before any page renders. It only
// looks for the cookie; whether the session is real, unrevoked and unexpired is decided
// server-side for every request by lib/auth/current-caller.ts (middleware-only auth has
// been bypassed before, so it is never the only check).
import { NextResponse, type NextRequest } from 'next/server'

const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token']

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next()
  // Only page loads are redirected: server actions, route handlers and API clients
  // (SigV4-signed, no cookie) get their own answer from the server-side check.
  if (request.method !== 'GET' && request.method !== 'HEAD') return NextResponse.next()
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = '/signin'
  url.search = ''
  return NextResponse.redirect(url)
}

export const config = {
  // Everything except sign-in, next-auth's own endpoints, health, and static assets.
  matcher: ['/((?!signin|api/auth|api/health|_next/static|_next/image|favicon.ico).*)'],
}
