import NextAuth from 'next-auth'
import { getAuthOptions } from '@/lib/auth/auth-options'

type RouteContext = { params: Promise<{ nextauth: string[] }> }

// Options are built per request (lazily, once) rather than at import, so `next build`
// never creates the session secret.
function handler(request: Request, context: RouteContext) {
  return NextAuth(request as never, context as never, getAuthOptions())
}

export { handler as GET, handler as POST }
