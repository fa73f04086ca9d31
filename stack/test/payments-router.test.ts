/**
 * Issue "fee payments", done when: through the router, an official creates a pay-in, the PDF
 * shows a QR code that decodes (with a QR decoder here) to a valid Thai QR tag-30 payload with
 * the right CRC, the bank simulator pays it, and the request becomes PAID.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { RunningRouter } from '@metrograph/router';
import { postGraphql, signIn, startSignedRouter, startTestGraph, type TestGraph } from './testkit.js';
import { eventually, startBankSimulator, type BankSimulator } from './payments-testkit.js';

const SECRET = 'router-test-bank-secret-0123456789';
let graph: TestGraph;
let bank: BankSimulator;
let door: RunningRouter;

beforeAll(async () => {
  bank = await startBankSimulator({ secret: SECRET, billerId: '099400000000101' });
  Object.assign(process.env, { BANK_SHARED_SECRET: SECRET, BANK_URL: bank.url, BILLER_TAX_ID: '0994000000001', BILLER_SUFFIX: '01' });
  graph = await startTestGraph();
  door = await startSignedRouter(graph);
  // the bank calls back through the router, the only public door
  await bank.control('/sim/config', { callbackUrl: door.url.replace(/\/graphql$/, '/bank/payment-callback') });
});

afterAll(async () => {
  await door?.stop();
  await graph?.stop();
  await bank?.stop();
});

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), as EMVCo QR requires; computed independently of the code under test. */
function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** EMVCo TLV: two-digit id, two-digit length, value. */
function tlv(payload: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (let i = 0; i < payload.length; ) {
    const id = payload.slice(i, i + 2);
    const length = Number(payload.slice(i + 2, i + 4));
    fields.set(id, payload.slice(i + 4, i + 4 + length));
    i += 4 + length;
  }
  return fields;
}

describe('a pay-in through the router', () => {
  it('is created by an official, its PDF QR decodes to a valid tag-30 payload, and it turns PAID when the bank pays', { timeout: 60_000 }, async () => {
    const token = await signIn(door.url, 'official1.c1');
    const as = (query: string, variables?: Record<string, unknown>) => postGraphql(door.url, query, variables, { authorization: `Bearer ${token}` });
    const operators = await as(`{ operators(first: 1) { edges { node { id nameTh province { code } } } } }`);
    expect(operators.errors).toBeUndefined();
    const operator = operators.data.operators.edges[0].node;

    const created = await as(
      `mutation($input: CreatePaymentRequestInput!) { createPaymentRequest(input: $input) { paymentRequest { id requestNo ref1 ref2 amountSatang status billPayment { billerId qrPayload } } userErrors { field code message } } }`,
      { input: { operatorId: operator.id, officeCode: 'C1', provinceCode: operator.province.code, feeCode: 'WM-VER-01', quantity: 2, source: { type: 'SERVICE_REQUEST', id: `SR-${randomUUID().slice(0, 8)}` } } },
    );
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    expect(created.data.createPaymentRequest.userErrors).toEqual([]);
    const request = created.data.createPaymentRequest.paymentRequest;
    expect(request.status).toBe('PENDING');

    const slip = await as(`mutation($input: ExportPayInInput!) { exportPayIn(input: $input) { document { contentType contentBase64 } userErrors { code message } } }`, {
      input: { paymentRequestId: request.id, purpose: 'PRINT' },
    });
    expect(slip.errors, JSON.stringify(slip.errors)).toBeUndefined();
    expect(slip.data.exportPayIn.document.contentType).toBe('application/pdf');

    // the printed QR code, read from the rendered page with a QR decoder
    const dir = mkdtempSync(path.join(tmpdir(), 'metrograph-payin-'));
    writeFileSync(path.join(dir, 'payin.pdf'), Buffer.from(slip.data.exportPayIn.document.contentBase64, 'base64'));
    execFileSync('pdftoppm', ['-png', '-r', '200', '-f', '1', '-l', '1', path.join(dir, 'payin.pdf'), path.join(dir, 'page')]);
    const png = PNG.sync.read(readFileSync(path.join(dir, readdirSync(dir).find((f) => f.endsWith('.png'))!)));
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code, 'a QR code on the pay-in').not.toBeNull();
    const payload = code!.data;
    expect(payload).toBe(request.billPayment.qrPayload);

    const fields = tlv(payload);
    expect(fields.get('00')).toBe('01');
    const merchant = tlv(fields.get('30')!); // tag 30: Thai bill payment
    expect(merchant.get('00')).toBe('A000000677010112');
    expect(merchant.get('01')).toBe('099400000000101'); // biller id: tax id + suffix
    expect(merchant.get('02')).toBe(request.ref1);
    expect(merchant.get('03')).toBe(request.ref2);
    expect(fields.get('53')).toBe('764'); // baht
    expect(fields.get('54')).toBe((request.amountSatang / 100).toFixed(2));
    expect(fields.get('63')).toBe(crc16(payload.slice(0, -4)));

    // the operator pays at the bank; the bank's callback comes through the router
    const paid = await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2, amountSatang: request.amountSatang });
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    const settled = await eventually(async () => {
      const r = await as(`query($id: ID!) { paymentRequest(id: $id) { status paidAmountSatang bankTransactionId } }`, { id: request.id });
      return r.data?.paymentRequest?.status === 'PAID' ? r.data.paymentRequest : undefined;
    }, 15_000);
    expect(settled.paidAmountSatang).toBe(request.amountSatang);
    expect(settled.bankTransactionId).toBeTruthy();
  });
});
