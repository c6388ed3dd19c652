'use client'
// "Copy" beside a value the user pastes elsewhere (the IAM users' sign-in URL), with a
// short "Copied" note where screen readers announce it.
import { useState } from 'react'
import { Button } from './button'

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle')
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant="link"
        aria-label={label}
        onClick={() => navigator.clipboard.writeText(text).then(() => setCopied('copied'), () => setCopied('failed'))}
      >
        Copy
      </Button>
      <span role="status" className="text-sm text-console-muted">
        {copied === 'copied' ? 'Copied' : copied === 'failed' ? 'Copy failed: select the text and copy it.' : ''}
      </span>
    </span>
  )
}
