// V8 flags for the console's server process (npm start, the e2e server, the benches).
// A server-rendered page allocates a few megabytes of short-lived objects (React's tree,
// Prisma's rows, the HTML); with V8's default 16 MB young generation they are scavenged
// several times per page and some survive into the old generation. 64 MB semi-spaces
// made the users, groups, roles and policies pages 10-20% faster in sequential loads
// (bench:load's pages) for some 100 MB more memory at most.
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64']

/** NODE_OPTIONS for a server child process: the caller's own options, then ours. */
export function serverNodeOptions(existing: string | undefined = process.env.NODE_OPTIONS): string {
  return [existing?.trim(), ...SERVER_NODE_FLAGS].filter(Boolean).join(' ')
}
