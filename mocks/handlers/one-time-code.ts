// Rejection sampling keeps every 6-digit code equally likely.
export function randomCode(): string {
  const limit = Math.floor(0x1_0000_0000 / 1_000_000) * 1_000_000
  for (;;) {
    const [n] = crypto.getRandomValues(new Uint32Array(1))
    if (n! < limit) return String(n! % 1_000_000).padStart(6, '0')
  }
}
