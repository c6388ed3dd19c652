// V8 flags for the console's server process (npm start, the benches). A server-rendered
// page allocates a few megabytes of short-lived objects (the React tree, query rows, the
// HTML); a small young generation is collected several times per page and promotes some
// of them to the old generation. 64 MB semi-spaces made the users, groups, roles and
// policies pages 10-20% faster in sequential loads, for at most some 100 MB more memory.
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64']

/** NODE_OPTIONS for a server child process: the caller's own options, then ours. */
export function serverNodeOptions(existing: string | undefined = process.env.NODE_OPTIONS): string {
  return [existing?.trim(), ...SERVER_NODE_FLAGS].filter(Boolean).join(' ')
}
