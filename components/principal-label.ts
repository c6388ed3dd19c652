import type { Caller } from '@/lib/iam/caller'

/** How the top bar names the signed-in principal, like the AWS console's account menu. */
export function principalLabel(caller: Caller, accountAlias: string | null): string {
  const account = accountAlias ?? caller.accountId
  switch (caller.kind) {
    case 'root':
      return 'root'
    case 'user':
      return `${caller.userName} @ ${account}`
    case 'assumed-role':
      return `${caller.roleName}/${caller.sessionName} @ ${account}`
  }
}
