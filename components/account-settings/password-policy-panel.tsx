'use client'
// Account settings > Password policy: the rules in force (AWS's default or the custom
// policy) and Edit, with AWS's fields and words: "IAM default" or "Custom", "Password
// minimum length", "Password strength", "Other requirements".
import type { ServerAction } from '@/components/ui/action-button'
import { startTransition, useActionState, useEffect, useState } from 'react'
import { Button } from '@/components/ui/button'
import { FieldError, FormStatus, fieldErrorOf } from '@/components/ui/form-status'
import { Panel } from '@/components/ui/panel'
import { inputClass } from '@/components/ui/text-field'
import { IDLE, type FormState } from '@/lib/actions/form-state'
import { PASSWORD_SYMBOLS_DISPLAY, type PasswordPolicy } from '@/lib/credentials/password-policy'
import { passwordPolicyRules } from './password-policy-rules'

export function PasswordPolicyPanel({ policy, action }: { policy: PasswordPolicy | null; action: ServerAction }) {
  const [editing, setEditing] = useState(false)
  const [state, formAction, pending] = useActionState(action, IDLE)
  useEffect(() => {
    if (state.status === 'success') setEditing(false)
  }, [state])

  if (!editing) {
    return (
      <Panel
        title="Password policy"
        description={policy ? 'This AWS account uses the following custom password policy:' : 'This AWS account uses the following default password policy:'}
        actions={<Button onClick={() => setEditing(true)}>Edit</Button>}
      >
        {state.status === 'success' ? <FormStatus state={state} /> : null}
        <ul className="mt-2 list-disc space-y-1 pl-5" aria-label="Password policy rules">
          {passwordPolicyRules(policy).map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </Panel>
    )
  }
  return (
    <Panel title="Edit password policy">
      <PolicyForm policy={policy} state={state} formAction={formAction} pending={pending} onCancel={() => setEditing(false)} />
    </Panel>
  )
}

function PolicyForm(props: { policy: PasswordPolicy | null; state: FormState; formAction: (fd: FormData) => void; pending: boolean; onCancel: () => void }) {
  const { policy, state } = props
  const [mode, setMode] = useState<'default' | 'custom'>(policy ? 'custom' : 'default')
  const [expire, setExpire] = useState(Boolean(policy?.MaxPasswordAge))
  const [preventReuse, setPreventReuse] = useState(Boolean(policy?.PasswordReusePrevention))
  return (
    <form
      // Submitted by hand: a form `action` is reset by React after every submission, which
      // would throw away the fields (and the Custom choice) the user is correcting.
      onSubmit={(event) => {
        event.preventDefault()
        const data = new FormData(event.currentTarget)
        startTransition(() => props.formAction(data))
      }}
      className="space-y-6"
      aria-label="Edit password policy"
    >
      <fieldset className="space-y-2">
        <legend className="font-bold">Password policy</legend>
        <Radio name="mode" value="default" checked={mode === 'default'} onChange={() => setMode('default')} label="IAM default" description="Apply default password requirements." />
        <Radio name="mode" value="custom" checked={mode === 'custom'} onChange={() => setMode('custom')} label="Custom" description="Apply customized password requirements." />
      </fieldset>

      {mode === 'custom' ? (
        <>
          <div>
            <label htmlFor="MinimumPasswordLength" className="block font-bold">
              Password minimum length
            </label>
            <p className="text-sm text-console-muted">Enforce a minimum length of characters.</p>
            <div className="mt-1 flex items-center gap-2">
              <input
                id="MinimumPasswordLength"
                name="MinimumPasswordLength"
                type="number"
                defaultValue={policy?.MinimumPasswordLength ?? 8}
                className={`${inputClass} max-w-32`}
                aria-invalid={fieldErrorOf(state, 'MinimumPasswordLength') ? true : undefined}
              />
              <span>characters</span>
            </div>
            <p className="mt-1 text-sm text-console-muted">Needs to be between 6 and 128.</p>
            <FieldError error={fieldErrorOf(state, 'MinimumPasswordLength')} />
          </div>

          <fieldset className="space-y-2">
            <legend className="font-bold">Password strength</legend>
            <Checkbox name="RequireUppercaseCharacters" defaultChecked={policy?.RequireUppercaseCharacters} label="Require at least one uppercase letter from the Latin alphabet (A-Z)" />
            <Checkbox name="RequireLowercaseCharacters" defaultChecked={policy?.RequireLowercaseCharacters} label="Require at least one lowercase letter from the Latin alphabet (a-z)" />
            <Checkbox name="RequireNumbers" defaultChecked={policy?.RequireNumbers} label="Require at least one number" />
            <Checkbox name="RequireSymbols" defaultChecked={policy?.RequireSymbols} label={`Require at least one non-alphanumeric character (${PASSWORD_SYMBOLS_DISPLAY})`} />
          </fieldset>

          <fieldset className="space-y-3">
            <legend className="font-bold">Other requirements</legend>
            <Checkbox name="expirePasswords" checked={expire} onChange={setExpire} label="Turn on password expiration" />
            {expire ? (
              <div className="ml-6">
                <label htmlFor="MaxPasswordAge" className="block">
                  Expiration period (days)
                </label>
                <input
                  id="MaxPasswordAge"
                  name="MaxPasswordAge"
                  type="number"
                  defaultValue={policy?.MaxPasswordAge ?? 90}
                  className={`${inputClass} mt-1 max-w-32`}
                  aria-invalid={fieldErrorOf(state, 'MaxPasswordAge') ? true : undefined}
                />
                <p className="mt-1 text-sm text-console-muted">Needs to be between 1 and 1095 days.</p>
                <FieldError error={fieldErrorOf(state, 'MaxPasswordAge')} />
                <div className="mt-2">
                  <Checkbox name="HardExpiry" defaultChecked={policy?.HardExpiry} label="Password expiration requires administrator reset" />
                </div>
              </div>
            ) : null}
            <Checkbox name="AllowUsersToChangePassword" defaultChecked={policy?.AllowUsersToChangePassword} label="Allow users to change their own password" />
            <Checkbox name="preventReuse" checked={preventReuse} onChange={setPreventReuse} label="Prevent password reuse" />
            {preventReuse ? (
              <div className="ml-6">
                <label htmlFor="PasswordReusePrevention" className="block">
                  Remember passwords
                </label>
                <input
                  id="PasswordReusePrevention"
                  name="PasswordReusePrevention"
                  type="number"
                  defaultValue={policy?.PasswordReusePrevention ?? 5}
                  className={`${inputClass} mt-1 max-w-32`}
                  aria-invalid={fieldErrorOf(state, 'PasswordReusePrevention') ? true : undefined}
                />
                <p className="mt-1 text-sm text-console-muted">Needs to be between 1 and 24 passwords.</p>
                <FieldError error={fieldErrorOf(state, 'PasswordReusePrevention')} />
              </div>
            ) : null}
          </fieldset>
        </>
      ) : null}

      <FormStatus state={state} fields={['MinimumPasswordLength', 'MaxPasswordAge', 'PasswordReusePrevention']} />
      <div className="flex justify-end gap-2">
        <Button variant="link" onClick={props.onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={props.pending}>
          Save changes
        </Button>
      </div>
    </form>
  )
}

function Radio(props: { name: string; value: string; checked: boolean; onChange: () => void; label: string; description: string }) {
  return (
    <label className="flex gap-2">
      <input type="radio" name={props.name} value={props.value} checked={props.checked} onChange={props.onChange} className="mt-1" />
      <span>
        <span className="block font-semibold">{props.label}</span>
        <span className="block text-sm text-console-muted">{props.description}</span>
      </span>
    </label>
  )
}

function Checkbox(props: { name: string; label: string; defaultChecked?: boolean | undefined; checked?: boolean; onChange?: (checked: boolean) => void }) {
  const controlled = props.checked !== undefined
  return (
    <label className="flex items-start gap-2">
      <input
        type="checkbox"
        name={props.name}
        className="mt-1"
        {...(controlled ? { checked: props.checked, onChange: (e) => props.onChange?.(e.target.checked) } : { defaultChecked: props.defaultChecked ?? false })}
      />
      <span>{props.label}</span>
    </label>
  )
}
