/** How much demo data each size makes. Later issues use `national` for millions of rows. */
export interface DemoSize {
  operators: number;
  instrumentsPerOperator: number;
  complaints: number;
  paymentRequests: number;
  usersPerOffice: number;
}

export const DEMO_SIZES = {
  tiny: { operators: 60, instrumentsPerOperator: 3, complaints: 120, paymentRequests: 150, usersPerOffice: 1 },
  small: { operators: 1_500, instrumentsPerOperator: 4, complaints: 3_000, paymentRequests: 4_000, usersPerOffice: 3 },
  medium: { operators: 20_000, instrumentsPerOperator: 5, complaints: 50_000, paymentRequests: 80_000, usersPerOffice: 6 },
  national: { operators: 250_000, instrumentsPerOperator: 20, complaints: 1_000_000, paymentRequests: 2_000_000, usersPerOffice: 12 },
} as const satisfies Record<string, DemoSize>;

export type DemoSizeName = keyof typeof DEMO_SIZES;

export function demoSize(name: string): DemoSize {
  if (!(name in DEMO_SIZES)) {
    throw new Error(`--size must be one of ${Object.keys(DEMO_SIZES).join(', ')}, got "${name}"`);
  }
  return DEMO_SIZES[name as DemoSizeName];
}

/** Yields [start, end) ranges so generators write in batches instead of holding everything in memory. */
export function* batches(total: number, size: number): Generator<[number, number]> {
  for (let start = 0; start < total; start += size) yield [start, Math.min(total, start + size)];
}
