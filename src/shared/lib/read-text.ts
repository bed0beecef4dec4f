/**
 * A chosen file's contents as UTF-8 text. FileReader rather than Blob.text(): it is the one every
 * supported browser (and jsdom) has.
 */
export function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'))
    reader.readAsText(file, 'utf-8')
  })
}
