import { RelativeTime } from '@/components/relative-time'
import type { UserDto } from '@/lib/iam/dto'
import type { ConsoleAccess } from './user-security-credentials-tab'

/** The Summary container of a user's page. */
export function UserSummary({ user, access, now }: { user: UserDto; access: ConsoleAccess; now: Date }) {
  const item = (label: string, value: React.ReactNode) => (
    <div>
      <dt className="text-sm text-console-muted">{label}</dt>
      <dd className="break-all">{value}</dd>
    </div>
  )
  return (
    <section aria-labelledby="summary" className="rounded-lg border border-console-line bg-white px-5 py-4">
      <h2 id="summary" className="text-lg font-bold">
        Summary
      </h2>
      <dl className="mt-3 grid grid-cols-3 gap-4">
        {item('ARN', user.Arn)}
        {item('Console access', access.state === 'enabled' ? 'Enabled' : access.state === 'disabled' ? 'Disabled' : '-')}
        {item('Access key 1', 'Not built yet (credentials work)')}
        {item('Created', <time dateTime={user.CreateDate}>{new Date(user.CreateDate).toUTCString()}</time>)}
        {item('Last console sign-in', user.PasswordLastUsed ? <RelativeTime iso={user.PasswordLastUsed} now={now} /> : 'Never')}
        {item('Path', user.Path)}
      </dl>
    </section>
  )
}
