// Runs before every page, server action and route handler (not Next's static files):
// 1. the Content-Security-Policy with this request's nonce (lib/http/content-security-policy.ts);
// 2. requests without a session cookie go to /signin before any page renders. This only
//    looks for the cookie; whether the session is real, unrevoked, unexpired and not idle
//    is decided server-side for every request by lib/auth/current-caller.ts
//    (middleware-only auth has been bypassed before, so it is never the only check).
import { NextResponse, type NextRequest } from 'next/server'
import { contentSecurityPolicy, newNonce } from '@/lib/http/content-security-policy'
import { sessionCookieName } from '@/lib/auth/session-cookie'

/** Reachable signed out: the sign-in page, next-auth's own endpoints, health. */
const PUBLIC_PREFIXES = ['/signin', '/api/auth', '/api/health']

function isPublicPath(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))
}

function needsSignIn(request: NextRequest): boolean {
  if (request.cookies.has(sessionCookieName())) return false
  if (isPublicPath(request.nextUrl.pathname)) return false
  // Only page loads are redirected: server actions, route handlers and API clients
  // (SigV4-signed, no cookie) get their own answer from the server-side check.
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  return !request.nextUrl.pathname.startsWith('/api/')
}

export function proxy(request: NextRequest) {
  const nonce = newNonce()
  const policy = contentSecurityPolicy(nonce, {
    development: process.env.NODE_ENV === 'development',
    // scripts/serve-next.ts has replaced this header by what the connection shows.
    secure: request.headers.get('x-forwarded-proto') === 'https',
  })
  let response: NextResponse
  if (needsSignIn(request)) {
    const url = request.nextUrl.clone()
    url.pathname = '/signin'
    url.search = ''
    response = NextResponse.redirect(url)
  } else {
    const headers = new Headers(request.headers)
    headers.set('x-nonce', nonce)
    headers.set('content-security-policy', policy)
    response = NextResponse.next({ request: { headers } })
  }
  response.headers.set('content-security-policy', policy)
  return response
}

export const config = {
  // Everything but the build's static files, which carry no document to protect.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
