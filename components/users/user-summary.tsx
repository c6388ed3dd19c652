import Link from 'next/link'
import { Fragment } from 'react'
import { RelativeTime } from '@/components/relative-time'
import type { ReadResult } from '@/lib/actions/read-under-gate'
import type { UserDto } from '@/lib/iam/dto'
import type { ConsoleAccess } from './console-access'

export interface SummaryAccessKey {
  accessKeyId: string
  status: 'Active' | 'Inactive'
}

/** The Summary container of a user's page; `accessKeys` is ListAccessKeys (denied: "-"). */
export function UserSummary({ user, access, accessKeys, now }: { user: UserDto; access: ReadResult<ConsoleAccess>; accessKeys: ReadResult<SummaryAccessKey[]>; now: Date }) {
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
        {item('Console access', !access.ok ? '-' : access.value.state === 'enabled' ? 'Enabled' : 'Disabled')}
        {!accessKeys.ok
          ? item('Access key 1', '-')
          : accessKeys.value.length === 0
            ? item(
                'Access key 1',
                <Link href={`/users/${encodeURIComponent(user.UserName)}?section=security_credentials`} className="text-console-link hover:underline">
                  Create access key
                </Link>,
              )
            : accessKeys.value.map((key, i) => <Fragment key={key.accessKeyId}>{item(`Access key ${i + 1}`, `${key.accessKeyId} - ${key.status}`)}</Fragment>)}
        {item('Created', <time dateTime={user.CreateDate}>{new Date(user.CreateDate).toUTCString()}</time>)}
        {item('Last console sign-in', user.PasswordLastUsed ? <RelativeTime iso={user.PasswordLastUsed} now={now} /> : 'Never')}
        {item('Path', user.Path)}
      </dl>
    </section>
  )
}
