import { describe, expect, it } from 'vitest';
import { hotlineRequestProblems } from './hotline-result.service.js';
import { HotlineOutcome, HotlineResultKind } from './hotline-result.entity.js';

const ID = '6f1c1a52-3b1e-4c55-9b55-8d0c3f1f0a01';
const result = { kind: HotlineResultKind.RESULT, complaintId: ID, outcome: HotlineOutcome.NO_OFFENCE, summary: 'ตรวจแล้วตาชั่งเที่ยงตรง' };
const amendment = { ...result, kind: HotlineResultKind.AMENDMENT, reason: 'พิมพ์ผิด' };
const withdrawal = { kind: HotlineResultKind.WITHDRAWAL, complaintId: ID, reason: 'ส่งผิดเรื่อง' };
const codes = (problems: { field: string[]; code: string }[]) => problems.map((p) => `${p.field.join('.')}:${p.code}`);

describe('what may be sent to the 1569 centre', () => {
  it('allows a first result, then amendments or a withdrawal, then a new result', () => {
    expect(hotlineRequestProblems(result, { fromHotline: true, latestKind: null })).toEqual([]);
    expect(hotlineRequestProblems(amendment, { fromHotline: true, latestKind: HotlineResultKind.RESULT })).toEqual([]);
    expect(hotlineRequestProblems(amendment, { fromHotline: true, latestKind: HotlineResultKind.AMENDMENT })).toEqual([]);
    expect(hotlineRequestProblems(withdrawal, { fromHotline: true, latestKind: HotlineResultKind.AMENDMENT })).toEqual([]);
    expect(hotlineRequestProblems(result, { fromHotline: true, latestKind: HotlineResultKind.WITHDRAWAL })).toEqual([]);
  });

  it('refuses complaints from other channels, naming complaintId', () => {
    expect(codes(hotlineRequestProblems(result, { fromHotline: false, latestKind: null }))).toEqual(['input.complaintId:NOT_FROM_HOTLINE']);
  });

  it('refuses a second result, and amending or withdrawing when no result stands', () => {
    expect(codes(hotlineRequestProblems(result, { fromHotline: true, latestKind: HotlineResultKind.AMENDMENT }))).toEqual(['input.complaintId:RESULT_ALREADY_SENT']);
    expect(codes(hotlineRequestProblems(amendment, { fromHotline: true, latestKind: null }))).toEqual(['input.complaintId:NO_RESULT']);
    expect(codes(hotlineRequestProblems(withdrawal, { fromHotline: true, latestKind: HotlineResultKind.WITHDRAWAL }))).toEqual(['input.complaintId:NO_RESULT']);
  });

  it('needs a summary for results and a reason for withdrawals, within their lengths', () => {
    expect(codes(hotlineRequestProblems({ ...result, summary: '  ' }, { fromHotline: true, latestKind: null }))).toEqual(['input.summary:REQUIRED']);
    expect(codes(hotlineRequestProblems({ ...result, summary: 'x'.repeat(4001) }, { fromHotline: true, latestKind: null }))).toEqual(['input.summary:TOO_LONG']);
    expect(codes(hotlineRequestProblems({ ...withdrawal, reason: '' }, { fromHotline: true, latestKind: HotlineResultKind.RESULT }))).toEqual(['input.reason:REQUIRED']);
    expect(codes(hotlineRequestProblems({ ...amendment, reason: 'x'.repeat(1001) }, { fromHotline: true, latestKind: HotlineResultKind.RESULT }))).toEqual(['input.reason:TOO_LONG']);
  });
});
