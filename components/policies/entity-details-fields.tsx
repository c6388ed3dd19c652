import { fieldErrorOf } from '@/components/ui/form-status'
import { TextField } from '@/components/ui/text-field'
import type { FormState } from '@/lib/actions/form-state'

/**
 * The "Policy details" / "Role details" card of a review step: the name (AWS's PolicyName
 * or RoleName) and, where the entity has one, its Description.
 */
export function EntityDetailsFields(props: {
  heading: string
  state: FormState
  name: { label: string; field: string; description: string }
  description?: { label: string; description: string }
}) {
  const { state, name, description } = props
  return (
    <div className="mt-4 rounded-lg border border-console-line bg-white p-4">
      <h2 className="font-bold">{props.heading}</h2>
      <TextField className="mt-4" label={name.label} name={name.field} description={name.description} error={fieldErrorOf(state, name.field)} />
      {description ? (
        <TextField className="mt-4" label={description.label} name="Description" description={description.description} error={fieldErrorOf(state, 'Description')} />
      ) : null}
    </div>
  )
}

/** AWS's rule for policy names, as the console shows it under the field. */
export const POLICY_NAME_FIELD = {
  label: 'Policy name',
  field: 'PolicyName',
  description: "Enter a meaningful name to identify this policy. Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters.",
}
