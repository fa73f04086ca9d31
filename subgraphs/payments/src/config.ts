/** Settings of the payments service's bank link, from the environment. */
import { intEnv } from '@metrograph/kit';
import { billerId } from './pay-in/bill-payment.js';

export interface PaymentsConfig {
  /** Base URL of the bank's direct link (BANK_URL); null when the link is not configured. */
  bankUrl: string | null;
  /** Shared secret of the signed messages both ways (BANK_SHARED_SECRET); null when not configured. */
  bankSecret: string | null;
  /** 15-digit biller ID: BILLER_TAX_ID (13 digits) + BILLER_SUFFIX (2 digits). */
  billerId: string;
  /** Name printed on the pay-in as the payee. */
  billerName: string;
  /** Ask the bank about requests pending longer than this (INQUIRY_AFTER_MINUTES). */
  inquiryAfterMinutes: number;
  /** How often the inquiry and expiry job runs (INQUIRY_INTERVAL_SECONDS; 0 disables it). */
  inquiryIntervalSeconds: number;
}

/** Demo biller (not a real tax ID); production sets BILLER_TAX_ID and BILLER_SUFFIX. */
export const DEMO_TAX_ID = '0994000000001';
export const DEMO_SUFFIX = '01';

export function paymentsConfig(env: NodeJS.ProcessEnv = process.env): PaymentsConfig {
  const secret = env.BANK_SHARED_SECRET?.trim() || null;
  if (secret && secret.length < 16) throw new Error('BANK_SHARED_SECRET must be at least 16 characters');
  return {
    bankUrl: env.BANK_URL?.trim() || null,
    bankSecret: secret,
    billerId: billerId(env.BILLER_TAX_ID?.trim() || DEMO_TAX_ID, env.BILLER_SUFFIX?.trim() || DEMO_SUFFIX),
    billerName: env.BILLER_NAME?.trim() || 'กองชั่งตวงวัด กรมการค้าภายใน',
    inquiryAfterMinutes: intEnv('INQUIRY_AFTER_MINUTES', 30),
    inquiryIntervalSeconds: intEnv('INQUIRY_INTERVAL_SECONDS', 300),
  };
}
