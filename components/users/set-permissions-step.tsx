'use client'
// Create user, step 2 "Set permissions": add to groups, copy another user's permissions
// or attach policies directly, and an optional permissions boundary.
import { PolicyPicker } from '@/components/policy-picker/policy-picker'
import type { PolicyPickerItem } from '@/components/policy-picker/policy-picker-item'
import { Choice } from '@/components/ui/choice'
import { FieldError } from '@/components/ui/text-field'
import { ReadResultView } from '@/components/read-result-view'
import type { ReadResult } from '@/lib/actions/read-under-gate'
import type { PermissionsChoice, WizardGroup } from './create-user-choices'

const PERMISSION_OPTIONS = [
  { value: 'group', label: 'Add user to group', description: 'Add user to an existing group, or create a new group. We recommend using groups to manage user permissions by job function.' },
  { value: 'copy', label: 'Copy permissions', description: 'Copy all group memberships, attached managed policies, and inline policies from an existing user.' },
  { value: 'attach', label: 'Attach policies directly', description: 'Attach a managed policy directly to a user. As a best practice, we recommend attaching policies to a group instead.' },
] as const

export function SetPermissionsStep({
  hidden,
  permissions,
  onChange,
  policies,
  groups,
  users,
  errors,
}: {
  hidden: boolean
  permissions: PermissionsChoice
  onChange: (change: Partial<PermissionsChoice>) => void
  policies: ReadResult<PolicyPickerItem[]>
  groups: ReadResult<WizardGroup[]>
  users: ReadResult<string[]>
  errors: { copyFrom?: string | undefined; boundary?: string | undefined }
}) {
  const { option, useBoundary, copyFrom } = permissions
  return (
    <section hidden={hidden} className="space-y-4">
      <fieldset className="rounded-lg border border-console-line bg-white px-5 py-4">
        <legend className="sr-only">Permissions options</legend>
        <h2 className="text-lg font-bold">Permissions options</h2>
        <div className="mt-3 grid grid-cols-3 gap-3">
          {PERMISSION_OPTIONS.map((o) => (
            <Choice
              key={o.value}
              type="radio"
              name="permissionsOption"
              value={o.value}
              checked={option === o.value}
              onChange={() => onChange({ option: o.value })}
              label={o.label}
              description={o.description}
              className={`rounded-md border px-3 py-2 ${option === o.value ? 'border-console-link bg-[#f2f8fd]' : 'border-console-line'}`}
            />
          ))}
        </div>
      </fieldset>

      <div hidden={option !== 'group'} className="rounded-lg border border-console-line bg-white">
        <h3 className="border-b border-console-line px-4 py-3 text-lg font-bold">User groups ({groups.ok ? groups.value.length : 0})</h3>
        {!groups.ok ? (
          <div className="p-4">
            <ReadResultView result={groups} />
          </div>
        ) : groups.value.length === 0 ? (
          <p className="px-4 py-6 text-center text-console-muted">No groups to display.</p>
        ) : (
          <ul>
            {groups.value.map((g) => (
              <li key={g.name} className="border-b border-console-line px-4 py-2 last:border-b-0">
                <label className="flex gap-3">
                  <input type="checkbox" name="GroupNames[]" value={g.name} aria-label={g.name} />
                  <span className="text-console-link">{g.name}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div hidden={option !== 'copy'} className="rounded-lg border border-console-line bg-white">
        <h3 className="border-b border-console-line px-4 py-3 text-lg font-bold">Users ({users.ok ? users.value.length : 0})</h3>
        {!users.ok ? (
          <div className="p-4">
            <ReadResultView result={users} />
          </div>
        ) : (
          <ul>
            {users.value.map((name) => (
              <li key={name} className="border-b border-console-line px-4 py-2 last:border-b-0">
                <label className="flex gap-3">
                  <input type="radio" name="CopyFrom" value={name} checked={copyFrom === name} onChange={() => onChange({ copyFrom: name })} aria-label={name} />
                  <span>{name}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        <div className="px-4 pb-2">
          <FieldError error={errors.copyFrom} />
        </div>
      </div>

      <div hidden={option !== 'attach'}>
        <ReadResultView result={policies}>{(items) => <PolicyPicker items={items} />}</ReadResultView>
      </div>

      <section className="space-y-3 rounded-lg border border-console-line bg-white px-5 py-4">
        <h2 className="text-lg font-bold">Set permissions boundary - optional</h2>
        <p className="text-sm text-console-muted">
          Set a permissions boundary to control the maximum permissions for this user. Use this advanced feature used to delegate permission
          management to others.
        </p>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="useBoundary" checked={useBoundary} onChange={(e) => onChange({ useBoundary: e.target.checked })} className="mt-1" />
          <span className="font-bold">Use a permissions boundary to control the maximum user permissions</span>
        </label>
        {useBoundary && policies.ok ? <PolicyPicker items={policies.value} name="PermissionsBoundary" mode="single" title="Permissions boundary policies" /> : null}
        <FieldError error={errors.boundary} />
      </section>
    </section>
  )
}
