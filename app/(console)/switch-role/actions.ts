'use server'
// Switch role and Switch back: each parses its form and calls one lib/console workflow,
// which asks AssumeRole (the gate) with the signed-in user's own credentials. The role
// history cookie is written here, after a switch that succeeded.
import { revalidatePath } from 'next/cache'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { consoleSessionAction } from '@/lib/actions/console-action'
import { usesSecureCookies } from '@/lib/auth/session-cookie'
import { parseRecentRoles, RECENT_ROLES_COOKIE, recentRolesCookieValue, withRecentRole } from '@/lib/console/recent-roles'
import { switchBack, switchRole, ZSwitchRoleForm } from '@/lib/console/switch-role'

// The console's role history outlives a sign-in, as a browser keeps it.
const RECENT_ROLES_MAX_AGE_SECONDS = 400 * 24 * 3600

export const switchRoleAction = consoleSessionAction({
  input: ZSwitchRoleForm,
  run: async ({ caller, session }, input) => ({ switched: await switchRole(session, input, caller.request), userId: session.user?.id ?? '' }),
  onSuccess: async ({ switched, userId }) => {
    const jar = await cookies()
    const history = withRecentRole(parseRecentRoles(jar.get(RECENT_ROLES_COOKIE)?.value, userId), switched.recent)
    jar.set(RECENT_ROLES_COOKIE, recentRolesCookieValue(history, userId), {
      httpOnly: true, sameSite: 'lax', secure: usesSecureCookies(), path: '/', maxAge: RECENT_ROLES_MAX_AGE_SECONDS,
    })
    revalidatePath('/', 'layout')
    redirect('/')
  },
})

export const switchBackAction = consoleSessionAction({
  input: z.object({}),
  run: ({ session }) => switchBack(session),
  onSuccess: () => {
    revalidatePath('/', 'layout')
    redirect('/')
  },
})
