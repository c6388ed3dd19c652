// Saves text the server returned as a file in the browser's downloads (a server action
// cannot answer with a download of its own).
export function saveAsFile(text: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  URL.revokeObjectURL(url)
}
