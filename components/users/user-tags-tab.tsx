import Link from 'next/link'
import { ReadResultView } from '@/components/read-result-view'
import { buttonClass } from '@/components/ui/button'
import { Panel } from '@/components/ui/panel'
import { Table } from '@/components/ui/table'
import type { ReadResult } from '@/lib/actions/read-under-gate'
import type { TTag } from '@/lib/iam/schemas'

export function UserTagsTab({ userName, tags }: { userName: string; tags: ReadResult<TTag[]> }) {
  return (
    <Panel
      title={`Tags (${tags.ok ? tags.value.length : 0})`}
      description="Tags are key-value pairs you can add to AWS resources to help identify, organize, or search for resources."
      actions={
        <Link href={`/users/${encodeURIComponent(userName)}/tags`} className={buttonClass('normal')}>
          Manage tags
        </Link>
      }
    >
      <ReadResultView result={tags}>
        {(rows) => (
          <Table
            caption="Tags"
            rows={rows}
            rowKey={(t) => t.Key}
            empty="No tags associated with the resource."
            columns={[
              { header: 'Key', cell: (t) => t.Key },
              { header: 'Value', cell: (t) => t.Value || '-' },
            ]}
          />
        )}
      </ReadResultView>
    </Panel>
  )
}
