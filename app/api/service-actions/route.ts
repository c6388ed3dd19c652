// The actions of one service, for the policy simulator's action list: the Service
// Authorization Reference's data, which every signed-in console user may read (it asks
// no IAM permission, as AWS's documentation asks none). GET /api/service-actions?service=iam
import { getCaller } from '@/lib/auth/current-caller'
import { catalogueActions } from '@/lib/policy'

export const dynamic = 'force-dynamic'

// Service prefixes are short lower-case names ("iam", "s3", "elasticloadbalancing").
const MAX_PREFIX_LENGTH = 64

export async function GET(request: Request) {
  if (!(await getCaller())) return Response.json({ message: 'Sign in to the console first.' }, { status: 401 })
  const service = new URL(request.url).searchParams.get('service') ?? ''
  if (service.length === 0 || service.length > MAX_PREFIX_LENGTH) return Response.json({ message: 'Name a service by its prefix, for example service=iam.' }, { status: 400 })
  return Response.json({ actions: catalogueActions(service) })
}
