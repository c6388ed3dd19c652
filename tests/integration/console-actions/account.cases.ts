// Gate-coverage cases for the dashboard's AWS Account panel: the account alias (Create
// and Edit, Delete) and Download account authorization details. AccessDenied for a
// principal without policies, the alias unchanged, and past the gate for root.
import * as dashboardActions from '@/app/(console)/actions'
import type { Caller } from '@/lib/iam/caller'
import { callActionAs } from '@/tests/support/call-action-as'

export const ACCOUNT_ACTION_CASES: Record<string, (caller: Caller) => Promise<unknown>> = {
  'app/(console)/actions.ts#createAccountAliasAction': (caller) => callActionAs(caller, dashboardActions.createAccountAliasAction, { AccountAlias: 'cov-action-alias' }),
  'app/(console)/actions.ts#deleteAccountAliasAction': (caller) => callActionAs(caller, dashboardActions.deleteAccountAliasAction, { AccountAlias: 'cov-action-alias' }),
  'app/(console)/actions.ts#downloadAccountAuthorizationDetailsAction': (caller) => callActionAs(caller, dashboardActions.downloadAccountAuthorizationDetailsAction, {}),
}
