// "Add ARNs": a resource type's ARN format from the Service Authorization Reference
// ("arn:${Partition}:s3:::${BucketName}/${ObjectName}") split into the parts a user fills
// in, and the ARN those parts make. A part left as "Any" becomes "*".

export type ArnFormatPiece = { text: string } | { part: string }

/** The format's literal text and placeholders, in order. */
export function arnFormatPieces(format: string): ArnFormatPiece[] {
  const pieces: ArnFormatPiece[] = []
  let i = 0
  while (i < format.length) {
    const open = format.indexOf('${', i)
    const close = open < 0 ? -1 : format.indexOf('}', open + 2)
    if (open < 0 || close < 0) {
      pieces.push({ text: format.slice(i) })
      break
    }
    if (open > i) pieces.push({ text: format.slice(i, open) })
    pieces.push({ part: format.slice(open + 2, close) })
    i = close + 1
  }
  return pieces
}

/** The placeholders a user fills in, each once, in order ("Partition" included). */
export function arnParts(format: string): string[] {
  const parts: string[] = []
  for (const p of arnFormatPieces(format)) if ('part' in p && !parts.includes(p.part)) parts.push(p.part)
  return parts
}

/** "BucketName" -> "Bucket name", "ObjectName" -> "Object name", "Region" -> "Region". */
export function arnPartLabel(part: string): string {
  const words = part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').split(' ')
  return words.map((w, i) => (i === 0 || /^[A-Z0-9]+$/.test(w) ? w : w.toLowerCase())).join(' ')
}

/** The ARN of the parts' values; a part with no value (Any) is "*". */
export function buildArn(format: string, values: Readonly<Record<string, string | undefined>>): string {
  return arnFormatPieces(format)
    .map((p) => ('text' in p ? p.text : values[p.part] || '*'))
    .join('')
}
