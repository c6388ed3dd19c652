// Liveness for Playwright's webServer and process supervisors: answers without touching
// the database, so it says only that the server is up.
export const dynamic = 'force-dynamic'

export function GET() {
  return Response.json({ ok: true })
}
