/** The bank adapter the service uses, built once from the environment (tests put their own in). */
import { paymentsConfig } from '../config.js';
import { BankAdapter } from './bank-adapter.js';

let adapter: BankAdapter | null | undefined;

/** The configured bank adapter, or null when BANK_URL / BANK_SHARED_SECRET are not set. */
export function bankAdapter(): BankAdapter | null {
  if (adapter === undefined) {
    const config = paymentsConfig();
    adapter = config.bankUrl && config.bankSecret ? new BankAdapter({ baseUrl: config.bankUrl, secret: config.bankSecret, billerId: config.billerId }) : null;
  }
  return adapter;
}

/** Replaces the adapter (tests: one pointing at the bank simulator); null turns the bank link off. */
export function useBankAdapter(next: BankAdapter | null): void {
  adapter = next;
}
