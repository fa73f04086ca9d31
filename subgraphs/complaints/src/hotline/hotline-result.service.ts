/**
 * Queuing investigation results for the 1569 complaint centre (004 §4.5.1 (3)-(4)): a result,
 * then any number of amendments, or a withdrawal (after which a new result may be sent).
 * Each message gets the next revision of its complaint and is sent in that order.
 */
import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeProvince, recordEvent, userError, type Principal, type UserError } from '@metrograph/kit';
import { Complaint, ComplaintChannel } from '../complaint/complaint.entity.js';
import { HotlineDeliveryStatus, HotlineResult, HotlineResultKind, type HotlineMessageBody, type HotlineOutcome } from './hotline-result.entity.js';
import { UUID_PATTERN as UUID } from '@metrograph/kit';

export const MAX_SUMMARY_LENGTH = 4000;
export const MAX_REASON_LENGTH = 1000;

export interface HotlineMessageRequest {
  kind: HotlineResultKind;
  complaintId: string;
  outcome?: HotlineOutcome | null;
  summary?: string | null;
  reason?: string | null;
}

/** What the complaint's messages so far allow. */
export interface HotlineState {
  /** The complaint came from the 1569 centre (and has its ticket number). */
  fromHotline: boolean;
  /** Kind of the latest message, or null when none was queued yet. */
  latestKind: HotlineResultKind | null;
}

/**
 * Problems with a request, each naming its input field (pure: the caller supplies the state).
 * RESULT needs no standing result; AMENDMENT and WITHDRAWAL need one (a result or amendment not
 * withdrawn since).
 */
export function hotlineRequestProblems(request: HotlineMessageRequest, state: HotlineState): UserError[] {
  const problems: UserError[] = [];
  const text = (value: string | null | undefined, field: string, max: number, required: boolean) => {
    const trimmed = value?.trim() ?? '';
    if (required && trimmed === '') problems.push(userError(['input', field], 'REQUIRED', `${field} is required.`));
    else if (trimmed.length > max) problems.push(userError(['input', field], 'TOO_LONG', `${field} must be at most ${max} characters.`));
  };
  if (!state.fromHotline) {
    problems.push(userError(['input', 'complaintId'], 'NOT_FROM_HOTLINE', 'This complaint did not come from the 1569 centre; there is nothing to report back.'));
    return problems;
  }
  const standing = state.latestKind === HotlineResultKind.RESULT || state.latestKind === HotlineResultKind.AMENDMENT;
  if (request.kind === HotlineResultKind.RESULT && standing) {
    problems.push(userError(['input', 'complaintId'], 'RESULT_ALREADY_SENT', 'A result was already sent for this complaint; amend or withdraw it instead.'));
  }
  if (request.kind !== HotlineResultKind.RESULT && !standing) {
    problems.push(
      userError(
        ['input', 'complaintId'],
        'NO_RESULT',
        request.kind === HotlineResultKind.AMENDMENT ? 'There is no result to amend: send a result first.' : 'There is no result to withdraw.',
      ),
    );
  }
  if (request.kind !== HotlineResultKind.WITHDRAWAL) {
    if (!request.outcome) problems.push(userError(['input', 'outcome'], 'REQUIRED', 'outcome is required.'));
    text(request.summary, 'summary', MAX_SUMMARY_LENGTH, true);
    text(request.reason, 'reason', MAX_REASON_LENGTH, false);
  } else {
    text(request.reason, 'reason', MAX_REASON_LENGTH, true);
  }
  return problems;
}

export interface QueueOutcome {
  result: HotlineResult | null;
  userErrors: UserError[];
}

/**
 * Queues a message for the 1569 centre in one transaction with its HotlineResultQueued event.
 * The complaint row is locked meanwhile, so two officials cannot both take the same revision or
 * both send a first result. A complaint outside the caller's area reads as not found.
 */
export async function queueHotlineMessage(em: EntityManager, principal: Principal, request: HotlineMessageRequest): Promise<QueueOutcome> {
  const notFound = (): QueueOutcome => ({ result: null, userErrors: [userError(['input', 'complaintId'], 'NOT_FOUND', 'No such complaint in your area.')] });
  if (!UUID.test(request.complaintId)) return notFound();
  return em.transactional(async (tx) => {
    const complaint = await tx.findOne(Complaint, { id: request.complaintId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!complaint || !canSeeProvince(principal, complaint.provinceCode)) return notFound();
    const latest = await tx.findOne(HotlineResult, { complaint: complaint.id }, { orderBy: { revision: 'desc' } });
    const problems = hotlineRequestProblems(request, {
      fromHotline: complaint.channel === ComplaintChannel.HOTLINE_1569 && !!complaint.externalRef,
      latestKind: latest?.kind ?? null,
    });
    if (problems.length) return { result: null, userErrors: problems };

    const now = new Date();
    const revision = (latest?.revision ?? 0) + 1;
    const id = randomUUID();
    const withdrawal = request.kind === HotlineResultKind.WITHDRAWAL;
    const payload: HotlineMessageBody = {
      messageId: id,
      kind: request.kind,
      ticketNo: complaint.externalRef!,
      referenceNo: complaint.referenceNo,
      revision,
      outcome: withdrawal ? null : request.outcome!,
      summary: withdrawal ? null : request.summary!.trim(),
      reason: request.reason?.trim() || null,
      issuedAt: now.toISOString(),
      issuedBy: principal.name,
    };
    const result = tx.create(HotlineResult, {
      id,
      complaint,
      externalRef: complaint.externalRef!,
      revision,
      kind: request.kind,
      payload,
      status: HotlineDeliveryStatus.PENDING,
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
      sentAt: null,
      createdBy: principal.name,
      createdAt: now,
    });
    tx.persist(result);
    recordEvent(tx, {
      type: 'HotlineResultQueued',
      aggregateType: 'Complaint',
      aggregateId: complaint.id,
      payload: { complaintId: complaint.id, resultId: id, kind: request.kind, revision, outcome: payload.outcome, provinceCode: complaint.provinceCode, officeCode: complaint.officeCode },
      actor: principal,
    });
    await tx.flush();
    return { result, userErrors: [] };
  });
}
