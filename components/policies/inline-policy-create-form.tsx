'use client'
// Create inline policy: the document, then the Policy name.
import Link from 'next/link'
import type { ServerAction } from '@/components/ui/action-button'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { EntityDetailsFields, POLICY_NAME_FIELD } from './entity-details-fields'
import { INLINE_POLICY_OWNERS, ownerHref, type InlinePolicyOwnerKind } from './inline-policy-kinds'
import { PolicyDocumentWizard } from './policy-document-wizard'

export function InlinePolicyCreateForm({ kind, owner, action }: { kind: InlinePolicyOwnerKind; owner: string; action: ServerAction }) {
  const o = INLINE_POLICY_OWNERS[kind]
  return (
    <PolicyDocumentWizard
      action={action}
      hiddenFields={{ [o.field]: owner }}
      intro={
        <>
          An inline policy is embedded in {o.label} {owner}. The inline policies of a {o.label} can have up to {o.maxLength.toLocaleString('en-US')} characters
          (without white space) together.
        </>
      }
      maxLength={o.maxLength}
      review={(state) => (
        <>
          <EntityDetailsFields heading="Policy details" state={state} name={POLICY_NAME_FIELD} />
          <div className="mt-4">
            <FormStatus state={state} fields={['PolicyName']} />
          </div>
        </>
      )}
      leading={
        <Link href={ownerHref(kind, owner)} className={buttonClass('normal')}>
          Cancel
        </Link>
      }
    />
  )
}
