// The visual editor's pure part (lib/policy/visual), imported on demand: it carries the
// Service Authorization Reference's index, which only pages with a policy editor need.
export type VisualModule = typeof import('@/lib/policy/visual')

let modulePromise: Promise<VisualModule> | null = null
export function loadVisualModule(): Promise<VisualModule> {
  modulePromise ??= import('@/lib/policy/visual')
  return modulePromise
}
