// Tag rows for a create form (create policy, create role).
import { FieldError } from '@/components/ui/form-status'
import { TagEditor } from '@/components/ui/tag-editor'

export function TagFields({ error }: { error?: string | undefined }) {
  return (
    <fieldset className="mt-4">
      <legend className="font-bold">Tags - optional</legend>
      <p className="mb-2 text-sm text-console-muted">Tags are key-value pairs that you can add to AWS resources to help identify, organize, or search for resources.</p>
      <TagEditor />
      <FieldError error={error} />
    </fieldset>
  )
}
