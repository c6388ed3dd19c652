// The Access Advisor tab's content on the user, group, role and policy pages: the
// report made for this request (lib/console/access-advisor.ts), or AWS's error in its place.
import { AccessAdvisorTab } from '@/components/access-advisor/access-advisor-tab'
import { ReadResultView } from '@/components/read-result-view'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { loadAccessAdvisor, type AccessAdvisorSubject } from '@/lib/console/access-advisor'
import type { Caller } from '@/lib/iam/caller'

export async function AccessAdvisorSection({ caller, subject }: { caller: Caller; subject: AccessAdvisorSubject }) {
  const advisor = await readUnderGate(() => loadAccessAdvisor(caller, subject))
  const now = new Date()
  return <ReadResultView result={advisor}>{(view) => <AccessAdvisorTab view={view} now={now} />}</ReadResultView>
}
