/** "v<N>": AWS numbers a policy's versions v1, v2, ... */
export const versionIdOf = (n: number) => `v${n}`

/** N of "v<N>" (AWS's pattern allows a ".suffix" after the digits; it does not count). */
export function versionNumberOf(versionId: string): number {
  const n = Number.parseInt(versionId.slice(1), 10)
  if (!versionId.startsWith('v') || !Number.isInteger(n) || n < 1) throw new Error(`not a policy version id: ${versionId}`)
  return n
}
