/** The bank's notification message (callback body and inquiry transactions), read strictly. */
import { BankEventType, type BankEvent } from '../payment-request/payment-status.js';
import { bahtToSatang } from './signature.js';

/** One bank event as the bank writes it (JSON). */
export interface BankMessage {
  eventId: string;
  eventType: 'PAYMENT' | 'VOID';
  billerId: string;
  ref1: string;
  ref2: string;
  /** Decimal baht text, e.g. "500.00". */
  amount: string;
  transactionId: string;
  /** ISO 8601 with offset, e.g. 2026-11-20T10:15:00+07:00. */
  transactionDateTime: string;
  channel?: string;
}

export type ParsedBankEvent = { ref1: string; ref2: string } & BankEvent;

/** Reads a bank event, checking it is addressed to our biller id; returns why not when it cannot. */
export function parseBankMessage(value: unknown, billerId: string): ParsedBankEvent | { error: string } {
  if (!value || typeof value !== 'object') return { error: 'body is not a JSON object' };
  const m = value as Record<string, unknown>;
  const text = (name: string, max: number): string | null => {
    const v = m[name];
    return typeof v === 'string' && v.length > 0 && v.length <= max ? v : null;
  };
  const eventId = text('eventId', 100);
  if (!eventId) return { error: 'eventId missing' };
  const type = m.eventType === 'PAYMENT' ? BankEventType.PAYMENT : m.eventType === 'VOID' ? BankEventType.VOID : null;
  if (!type) return { error: `eventType must be PAYMENT or VOID, got ${JSON.stringify(m.eventType)}` };
  if (m.billerId !== billerId) return { error: `billerId ${JSON.stringify(m.billerId)} is not ours` };
  const ref1 = text('ref1', 20);
  const ref2 = text('ref2', 20);
  if (!ref1 || !ref2) return { error: 'ref1 and ref2 are required (1 to 20 characters)' };
  const amountSatang = bahtToSatang(m.amount);
  if (amountSatang === null) return { error: `amount ${JSON.stringify(m.amount)} is not baht with up to two decimals` };
  const transactionId = text('transactionId', 64);
  if (!transactionId) return { error: 'transactionId missing' };
  const when = text('transactionDateTime', 40);
  const occurredAt = when ? new Date(when) : null;
  if (!occurredAt || Number.isNaN(occurredAt.getTime()) || !/[zZ]|[+-]\d{2}:\d{2}$/.test(when!)) return { error: 'transactionDateTime must be ISO 8601 with an offset' };
  return { eventId, type, ref1: ref1.toUpperCase(), ref2: ref2.toUpperCase(), amountSatang, transactionId, occurredAt };
}
