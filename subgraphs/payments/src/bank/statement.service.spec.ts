import { describe, expect, it } from 'vitest';
import { BankEventType } from '../payment-request/payment-status.js';
import { DiscrepancyKind, compareStatement, type RecordedPayment, type StatementEvent } from './statement.service.js';

const at = new Date('2026-11-20T03:00:00Z');
const pay = (tx: string, amountSatang: number, ref1 = `R${tx}`): StatementEvent => ({ eventId: `E${tx}`, type: BankEventType.PAYMENT, transactionId: tx, amountSatang, occurredAt: at, ref1, ref2: 'C120261130' });
const recorded = (tx: string, paidAmountSatang: number): RecordedPayment => ({ paymentRequestId: `id-${tx}`, requestNo: `PR-${tx}`, ref1: `R${tx}`, ref2: 'C120261130', bankTransactionId: tx, paidAmountSatang });

describe('statement comparison', () => {
  it('matches transactions on both sides and totals them', () => {
    const result = compareStatement([pay('1', 100), pay('2', 250)], [recorded('1', 100), recorded('2', 250)]);
    expect(result).toMatchObject({ matched: 2, bankTotalSatang: 350, recordedTotalSatang: 350, discrepancies: [] });
  });
  it('finds money at the bank that settles nothing, payments the bank does not show, and amounts that differ', () => {
    const result = compareStatement([pay('1', 100), pay('3', 70), pay('4', 90)], [recorded('1', 100), recorded('2', 250), recorded('4', 95)]);
    expect(result.matched).toBe(1);
    expect(result.discrepancies.map((d) => [d.kind, d.bankTransactionId])).toEqual([
      [DiscrepancyKind.NOT_AT_BANK, '2'],
      [DiscrepancyKind.AMOUNT_DIFFERS, '4'],
      [DiscrepancyKind.NOT_RECORDED, '3'],
    ]);
    expect(result.discrepancies[1]).toMatchObject({ bankAmountSatang: 90, recordedAmountSatang: 95 });
  });
  it('leaves voided payments out of the bank side', () => {
    const voided: StatementEvent = { ...pay('1', 100), eventId: 'V1', type: BankEventType.VOID };
    const result = compareStatement([pay('1', 100), voided], [recorded('1', 100)]);
    expect(result.bankTotalSatang).toBe(0);
    expect(result.discrepancies).toMatchObject([{ kind: DiscrepancyKind.NOT_AT_BANK, detail: expect.stringContaining('voided') }]);
  });
});
