'use client'
// Create policy: the document, then name, description and tags.
import type { ServerAction } from '@/components/ui/action-button'
import { fieldErrorOf, FormStatus } from '@/components/ui/form-status'
import { EntityDetailsFields, POLICY_NAME_FIELD } from './entity-details-fields'
import { MANAGED_POLICY_MAX, PolicyDocumentWizard } from './policy-document-wizard'
import { TagFields } from './tag-fields'

export function CreatePolicyForm({ action }: { action: ServerAction }) {
  return (
    <PolicyDocumentWizard
      action={action}
      intro="Add permissions by selecting services, actions, resources, and conditions in the visual editor, or by writing the policy document in the JSON editor."
      maxLength={MANAGED_POLICY_MAX}
      review={(state) => (
        <>
          <EntityDetailsFields
            heading="Policy details"
            state={state}
            name={POLICY_NAME_FIELD}
            description={{ label: 'Description - optional', description: 'Add a short explanation for this policy.' }}
          />
          <div className="mt-4 rounded-lg border border-console-line bg-white p-4">
            <TagFields error={fieldErrorOf(state, 'Tags')} />
          </div>
          <div className="mt-4">
            <FormStatus state={state} fields={['PolicyName', 'Description', 'Tags']} />
          </div>
        </>
      )}
    />
  )
}
