import type { Metadata } from 'next'
import { ReadResultView } from '@/components/read-result-view'
import { ManageTagsForm } from '@/components/users/manage-tags-form'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireCaller } from '@/lib/auth/current-caller'
import { listUserTags } from '@/lib/iam'
import { saveUserTagsAction } from '../actions'

export const metadata: Metadata = { title: 'Manage tags' }

type Params = Promise<{ userName: string }>

export default async function ManageUserTagsPage({ params }: { params: Params }) {
  const caller = await requireCaller()
  const UserName = decodeURIComponent((await params).userName)
  const tags = await readUnderGate(() => listUserTags(caller, { UserName, MaxItems: 1000 }))
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">Manage tags</h1>
      <p className="text-console-muted">
        A tag is a label that you assign to an AWS resource. Each tag consists of a key and an optional value. You can add up to 50 tags.
      </p>
      <ReadResultView result={tags}>
        {({ Tags }) => (
          <ManageTagsForm
            hiddenFields={{ UserName }}
            initial={Tags.map((t) => ({ key: t.Key, value: t.Value }))}
            cancelHref={`/users/${encodeURIComponent(UserName)}?section=tags`}
            action={saveUserTagsAction}
          />
        )}
      </ReadResultView>
    </section>
  )
}
