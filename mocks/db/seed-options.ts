/** How much demo data to seed; `now` anchors every seeded date. */
export interface SeedOptions {
  users: number
  requests: number
  disclosures: number
  now: number
}

export const DEFAULT_SEED_OPTIONS: Omit<SeedOptions, 'now'> = {
  users: 3000,
  requests: 2400,
  disclosures: 320,
}

export function seedOptionsForScale(scale: number | null): Omit<SeedOptions, 'now'> {
  if (!scale || scale <= DEFAULT_SEED_OPTIONS.requests) return DEFAULT_SEED_OPTIONS
  return {
    ...DEFAULT_SEED_OPTIONS,
    requests: scale,
    users: Math.max(DEFAULT_SEED_OPTIONS.users, Math.round(scale / 10)),
  }
}
