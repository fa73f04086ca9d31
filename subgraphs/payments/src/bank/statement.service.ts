/**
 * Comparing the bank's daily statement with what the payments service recorded (pure, unit-tested):
 * money the bank holds that no request was settled by, requests settled by money the bank does not
 * show, and amounts that differ. GOV.UK Pay's ledger-versus-provider discrepancy check, for the Thai
 * bill-payment rails.
 */
import { BankEventType, type BankEvent } from '../payment-request/payment-status.js';

export enum DiscrepancyKind {
  /** The bank shows a payment (not voided) that settles no payment request. */
  NOT_RECORDED = 'NOT_RECORDED',
  /** A request is recorded as paid by a transaction the bank's statement does not show (or shows voided). */
  NOT_AT_BANK = 'NOT_AT_BANK',
  /** The bank and the request disagree on the amount of the same transaction. */
  AMOUNT_DIFFERS = 'AMOUNT_DIFFERS',
}

export interface StatementEvent extends BankEvent {
  ref1: string;
  ref2: string;
}

/** A request recorded as paid (or held) on the statement's day. */
export interface RecordedPayment {
  paymentRequestId: string;
  requestNo: string;
  ref1: string;
  ref2: string;
  bankTransactionId: string;
  paidAmountSatang: number;
}

export interface Discrepancy {
  kind: DiscrepancyKind;
  ref1: string;
  ref2: string;
  bankTransactionId: string;
  bankAmountSatang: number | null;
  recordedAmountSatang: number | null;
  paymentRequestId: string | null;
  detail: string;
}

export interface StatementComparison {
  /** Payments on the statement that were not voided. */
  bankPayments: StatementEvent[];
  bankTotalSatang: number;
  recordedTotalSatang: number;
  matched: number;
  discrepancies: Discrepancy[];
}

export function compareStatement(events: readonly StatementEvent[], recorded: readonly RecordedPayment[]): StatementComparison {
  const voided = new Set(events.filter((e) => e.type === BankEventType.VOID).map((e) => e.transactionId));
  const bankPayments = events.filter((e) => e.type === BankEventType.PAYMENT && !voided.has(e.transactionId));
  const byTransaction = new Map(bankPayments.map((e) => [e.transactionId, e]));
  const recordedBy = new Map(recorded.map((r) => [r.bankTransactionId, r]));
  const discrepancies: Discrepancy[] = [];
  let matched = 0;
  for (const r of recorded) {
    const bank = byTransaction.get(r.bankTransactionId);
    if (!bank) {
      discrepancies.push({
        kind: DiscrepancyKind.NOT_AT_BANK, ref1: r.ref1, ref2: r.ref2, bankTransactionId: r.bankTransactionId, bankAmountSatang: null, recordedAmountSatang: r.paidAmountSatang,
        paymentRequestId: r.paymentRequestId, detail: `${r.requestNo} is recorded as paid by ${r.bankTransactionId}${voided.has(r.bankTransactionId) ? ', which the bank voided' : ', which the statement does not show'}`,
      });
    } else if (bank.amountSatang !== r.paidAmountSatang) {
      discrepancies.push({
        kind: DiscrepancyKind.AMOUNT_DIFFERS, ref1: r.ref1, ref2: r.ref2, bankTransactionId: r.bankTransactionId, bankAmountSatang: bank.amountSatang, recordedAmountSatang: r.paidAmountSatang,
        paymentRequestId: r.paymentRequestId, detail: `${r.requestNo}: the bank shows ${bank.amountSatang} satang, ${r.paidAmountSatang} recorded`,
      });
    } else matched++;
  }
  for (const bank of bankPayments) {
    if (recordedBy.has(bank.transactionId)) continue;
    discrepancies.push({
      kind: DiscrepancyKind.NOT_RECORDED, ref1: bank.ref1, ref2: bank.ref2, bankTransactionId: bank.transactionId, bankAmountSatang: bank.amountSatang, recordedAmountSatang: null,
      paymentRequestId: null, detail: `the bank received ${bank.amountSatang} satang for ${bank.ref1}/${bank.ref2} that settles no payment request`,
    });
  }
  return {
    bankPayments,
    bankTotalSatang: bankPayments.reduce((s, e) => s + e.amountSatang, 0),
    recordedTotalSatang: recorded.reduce((s, r) => s + r.paidAmountSatang, 0),
    matched,
    discrepancies,
  };
}
