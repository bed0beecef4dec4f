/** A file as evidence records keep it: its name, size and SHA-256; the bytes stay in the browser. */
export interface FileFingerprint {
  name: string
  size: number
  sha256: string
}

/** SHA-256 of a file, computed in the browser (Web Crypto), with its name and size. */
export async function fingerprintFile(file: Blob & { name: string }): Promise<FileFingerprint> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()))
  const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
  return { name: file.name, size: file.size, sha256 }
}
