// The AWS Query API for the AWS CLI and SDKs: see lib/aws-api/handle-query-request.ts.
import { handleQueryRequest } from '@/lib/aws-api/handle-query-request'

export const dynamic = 'force-dynamic'

export const POST = (request: Request) => handleQueryRequest(request)
export const GET = (request: Request) => handleQueryRequest(request)
