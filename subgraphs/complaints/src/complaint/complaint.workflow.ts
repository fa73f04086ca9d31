import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { areaCondition, buddhistYear, nextInSeries, recordEvent, type Principal } from '@metrograph/kit';
import { Complaint, ComplaintStatus } from './complaint.entity.js';
import { canMoveComplaint, complaintMoveError, slaDueAt } from './complaint-status.js';
import { ComplaintEvent, TimelineEventType } from '../timeline/complaint-event.entity.js';
import { CaseEvent, Findings, LegalCase } from '../case/case.entity.js';
import { CaseEventKind, CaseStatus, applyCaseEvent } from '../case/case-status.js';
import { Notification, Officer } from '../assignment/officer.entity.js';
import { OffenceBasis } from '../offence-basis/offence-basis.entity.js';
import type { InstrumentType } from './instrument-type.js';

/** A refusal the user can fix: which input field and why. */
export class WorkflowError extends Error {
  constructor(
    readonly field: string[],
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Every change to complaints and cases goes through here, inside one transaction: the
 * change, its timeline step (with the actor) and its domain event commit together.
 */
export class ComplaintWorkflow {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A complaint the caller may see, or a NOT_FOUND refusal (other areas look like nothing). */
  async complaint(id: string, field = ['input', 'complaintId']): Promise<Complaint> {
    const found = await this.em.findOne(Complaint, { $and: [{ id }, areaCondition(this.principal) ?? {}] } as never);
    if (!found) throw new WorkflowError(field, 'NOT_FOUND', `complaint ${id} does not exist or is outside your area`);
    return found;
  }

  async legalCase(id: string, field = ['input', 'caseId']): Promise<LegalCase> {
    const found = await this.em.findOne(LegalCase, { $and: [{ id }, areaCondition(this.principal) ?? {}] } as never);
    if (!found) throw new WorkflowError(field, 'NOT_FOUND', `case ${id} does not exist or is outside your area`);
    return found;
  }

  step(input: {
    complaintId?: string | null;
    caseId?: string | null;
    type: TimelineEventType;
    summary: string;
    details?: Record<string, unknown>;
    from?: string | null;
    to?: string | null;
  }): ComplaintEvent {
    const event = this.em.create(ComplaintEvent, {
      id: randomUUID(),
      complaintId: input.complaintId ?? null,
      caseId: input.caseId ?? null,
      type: input.type,
      at: this.now(),
      fromStatus: input.from ?? null,
      toStatus: input.to ?? null,
      actorId: this.principal.id,
      actorName: this.principal.name,
      summary: input.summary,
      details: input.details ?? {},
    } as never);
    this.em.persist(event);
    return event;
  }

  private announceComplaint(complaint: Complaint, change: string): void {
    recordEvent(this.em, {
      type: 'ComplaintChanged',
      aggregateType: 'Complaint',
      aggregateId: complaint.id,
      actor: this.principal,
      payload: {
        complaintId: complaint.id,
        referenceNo: complaint.referenceNo,
        change,
        status: complaint.status,
        provinceCode: complaint.provinceCode,
        officeCode: complaint.officeCode,
        assigneeId: complaint.assigneeId ?? null,
        offenceBasisCode: complaint.offenceBasis?.code ?? null,
      },
    });
  }

  private announceCase(legalCase: LegalCase, change: string, extra: Record<string, unknown> = {}): void {
    recordEvent(this.em, {
      type: 'CaseChanged',
      aggregateType: 'LegalCase',
      aggregateId: legalCase.id,
      actor: this.principal,
      payload: {
        caseId: legalCase.id,
        caseNo: legalCase.caseNo,
        complaintId: legalCase.complaintId ?? null,
        change,
        status: legalCase.status,
        provinceCode: legalCase.provinceCode,
        officeCode: legalCase.officeCode,
        ...extra,
      },
    });
  }

  /** Moves a complaint along its transition graph, or refuses naming the statuses. */
  move(complaint: Complaint, to: ComplaintStatus, summary: string, details: Record<string, unknown> = {}, type = TimelineEventType.STATUS_CHANGED): void {
    const from = complaint.status;
    if (!canMoveComplaint(from, to)) throw new WorkflowError(['input', 'complaintId'], 'INVALID_TRANSITION', complaintMoveError(from, to));
    complaint.status = to;
    complaint.statusChangedAt = this.now();
    complaint.escalatedAt = null;
    complaint.updatedAt = this.now();
    if (to === ComplaintStatus.CLOSED) complaint.closedAt = this.now();
    this.step({ complaintId: complaint.id, type, summary, details, from, to });
    this.announceComplaint(complaint, type);
  }

  async triage(complaintId: string, offenceBasisCode: string, keywords: string[] | undefined, suggested: string | null, instrumentType?: InstrumentType | null): Promise<Complaint> {
    const complaint = await this.complaint(complaintId);
    const basis = await this.em.findOne(OffenceBasis, { code: offenceBasisCode, active: true });
    if (!basis) throw new WorkflowError(['input', 'offenceBasisCode'], 'UNKNOWN_OFFENCE_BASIS', `${offenceBasisCode} is not an active offence basis`);
    if (complaint.status !== ComplaintStatus.RECEIVED && complaint.status !== ComplaintStatus.TRIAGED) {
      throw new WorkflowError(['input', 'complaintId'], 'INVALID_TRANSITION', `a ${complaint.status} complaint can no longer be triaged`);
    }
    complaint.offenceBasis = basis;
    if (keywords) complaint.keywords = [...new Set(keywords.map((k) => k.trim()).filter(Boolean))];
    if (instrumentType) complaint.instrumentType = instrumentType;
    const details = { suggested, chosen: offenceBasisCode, confirmedSuggestion: suggested === offenceBasisCode, ...(instrumentType ? { instrumentType } : {}) };
    const summary = suggested === offenceBasisCode ? `ยืนยันฐานความผิด ${offenceBasisCode} ตามที่ระบบเสนอ` : `กำหนดฐานความผิด ${offenceBasisCode}${suggested ? ` (ระบบเสนอ ${suggested})` : ''}`;
    if (complaint.status === ComplaintStatus.RECEIVED) this.move(complaint, ComplaintStatus.TRIAGED, summary, details, TimelineEventType.TRIAGED);
    else {
      complaint.updatedAt = this.now();
      this.step({ complaintId, type: TimelineEventType.TRIAGED, summary, details });
      this.announceComplaint(complaint, 'TRIAGED');
    }
    return complaint;
  }

  /** Picks an official of the complaint's office: expertise in its offence basis first, then the lightest open workload. */
  async chooseAssignee(complaint: Complaint): Promise<Officer | null> {
    const officers = await this.em.find(Officer, { officeCode: complaint.officeCode, active: true }, { orderBy: { name: 'asc' } });
    if (officers.length === 0) return null;
    const open = [ComplaintStatus.ASSIGNED, ComplaintStatus.INVESTIGATING];
    const query = this.em
      .getKnex()
      .withSchema('complaints')
      .from('complaint')
      .select('assignee_id')
      .count('* as n')
      .whereIn('assignee_id', officers.map((o) => o.userId))
      .whereIn('status', open)
      .groupBy('assignee_id');
    const context = this.em.getTransactionContext();
    const loads: { assignee_id: string; n: number }[] = await this.em.getConnection().execute(context ? query.transacting(context) : query);
    const load = new Map(loads.map((l) => [l.assignee_id, Number(l.n)]));
    const basis = complaint.offenceBasis?.code;
    const ranked = officers
      .filter((o) => !o.isHead || officers.every((x) => x.isHead))
      .map((o) => ({ o, expert: basis && o.expertise.includes(basis) ? 0 : 1, load: load.get(o.userId) ?? 0 }))
      .sort((a, b) => a.expert - b.expert || a.load - b.load || a.o.name.localeCompare(b.o.name));
    return ranked[0]?.o ?? null;
  }

  async assign(complaintId: string, assigneeId: string | null | undefined): Promise<{ complaint: Complaint; assignee: Officer }> {
    const complaint = await this.complaint(complaintId);
    let assignee: Officer | null;
    if (assigneeId) {
      assignee = await this.em.findOne(Officer, { userId: assigneeId, active: true });
      if (!assignee) throw new WorkflowError(['input', 'assigneeId'], 'UNKNOWN_OFFICER', `${assigneeId} is not an active complaints official`);
      if (assignee.officeCode !== complaint.officeCode) {
        throw new WorkflowError(['input', 'assigneeId'], 'WRONG_OFFICE', `${assignee.name} works at ${assignee.officeCode}; the complaint belongs to ${complaint.officeCode}`);
      }
    } else {
      assignee = await this.chooseAssignee(complaint);
      if (!assignee) throw new WorkflowError(['input', 'assigneeId'], 'NO_OFFICER', `office ${complaint.officeCode} has no active complaints official`);
    }
    complaint.assigneeId = assignee.userId;
    complaint.assignedAt = this.now();
    this.move(complaint, ComplaintStatus.ASSIGNED, `มอบหมายให้ ${assignee.name}`, { assigneeId: assignee.userId, automatic: !assigneeId }, TimelineEventType.ASSIGNED);
    const head = await this.em.findOne(Officer, { officeCode: complaint.officeCode, isHead: true, active: true });
    this.notify(assignee.userId, 'ASSIGNED', complaint, `คุณได้รับมอบหมายเรื่องร้องเรียน ${complaint.referenceNo}`);
    if (head && head.userId !== assignee.userId) this.notify(head.userId, 'ASSIGNED', complaint, `เรื่องร้องเรียน ${complaint.referenceNo} มอบหมายให้ ${assignee.name} แล้ว`);
    return { complaint, assignee };
  }

  notify(recipientId: string, kind: string, complaint: Complaint, message: string): void {
    this.em.persist(this.em.create(Notification, { id: randomUUID(), recipientId, kind, complaintId: complaint.id, message, createdAt: this.now(), readAt: null } as never));
  }

  async startInvestigation(complaintId: string): Promise<Complaint> {
    const complaint = await this.complaint(complaintId);
    this.move(complaint, ComplaintStatus.INVESTIGATING, 'เริ่มการตรวจสอบ');
    return complaint;
  }

  async openCase(complaint: Complaint, basisCode: string): Promise<LegalCase> {
    const basis = await this.em.findOneOrFail(OffenceBasis, { code: basisCode });
    const seq = await nextInSeries(this.em, 'case', buddhistYear(this.now()));
    const legalCase = this.em.create(LegalCase, {
      id: randomUUID(),
      caseNo: `CS-${buddhistYear(this.now())}-${String(seq).padStart(6, '0')}`,
      complaintId: complaint.id,
      respondentOperatorId: complaint.respondentOperatorId ?? null,
      respondentName: complaint.respondentName,
      provinceCode: complaint.provinceCode,
      officeCode: complaint.officeCode,
      offenceBasis: basis,
      status: CaseStatus.OPEN,
      openedAt: this.now(),
      updatedAt: this.now(),
    } as never);
    this.em.persist(legalCase);
    this.step({ complaintId: complaint.id, caseId: legalCase.id, type: TimelineEventType.CASE_OPENED, summary: `เปิดคดี ${legalCase.caseNo}`, details: { caseNo: legalCase.caseNo, offenceBasisCode: basisCode }, to: CaseStatus.OPEN });
    this.announceCase(legalCase, 'OPENED');
    return legalCase;
  }

  /** A field-surveillance result that found an offence opens a case in the same legal track (004 §4.5.2 (5)). */
  async openCaseFromSurveillance(
    result: { id: string; respondentOperatorId?: string | null; respondentName: string; provinceCode: string },
    officeCode: string,
    basisCode: string,
    planNo: string,
  ): Promise<LegalCase> {
    const basis = await this.em.findOne(OffenceBasis, { code: basisCode, active: true });
    if (!basis) throw new WorkflowError(['input', 'offenceBasisCode'], 'UNKNOWN_OFFENCE_BASIS', `${basisCode} is not an active offence basis`);
    const year = buddhistYear(this.now());
    const legalCase = this.em.create(LegalCase, {
      id: randomUUID(),
      caseNo: `CS-${year}-${String(await nextInSeries(this.em, 'case', year)).padStart(6, '0')}`,
      complaintId: null,
      surveillanceResultId: result.id,
      respondentOperatorId: result.respondentOperatorId ?? null,
      respondentName: result.respondentName,
      provinceCode: result.provinceCode,
      officeCode,
      offenceBasis: basis,
      status: CaseStatus.OPEN,
      openedAt: this.now(),
      updatedAt: this.now(),
    } as never);
    this.em.persist(legalCase);
    this.step({ caseId: legalCase.id, type: TimelineEventType.CASE_OPENED, summary: `เปิดคดี ${legalCase.caseNo} จากการตรวจเฉพาะกิจ ${planNo}`, details: { caseNo: legalCase.caseNo, surveillanceResultId: result.id, planNo }, to: CaseStatus.OPEN });
    this.announceCase(legalCase, 'OPENED');
    return legalCase;
  }

  /** Records a legal activity, moving the case along its graph; a fine settlement asks payments for a payment request. */
  async recordCaseEvent(caseId: string, input: { kind: CaseEventKind; occurredAt?: Date | null; referenceDocuments?: string[]; appointmentAt?: Date | null; ruling?: string | null; note?: string | null; fineAmountSatang?: number | null; dueDate?: string | null; outcome?: string | null }): Promise<{ legalCase: LegalCase; event: CaseEvent }> {
    const legalCase = await this.legalCase(caseId);
    if (input.kind === CaseEventKind.FINE_PAID) {
      throw new WorkflowError(['input', 'kind'], 'RECORDED_BY_PAYMENTS', 'FINE_PAID is recorded when payments reports the payment');
    }
    const result = applyCaseEvent(legalCase.status, input.kind);
    if ('error' in result) throw new WorkflowError(['input', 'kind'], 'INVALID_TRANSITION', result.error);
    if (input.kind === CaseEventKind.FINE_SETTLEMENT) {
      if (!input.fineAmountSatang || !Number.isSafeInteger(input.fineAmountSatang) || input.fineAmountSatang <= 0) {
        throw new WorkflowError(['input', 'fineAmountSatang'], 'REQUIRED', 'a fine settlement needs the fine as a positive whole number of satang');
      }
    }
    if (input.kind === CaseEventKind.APPOINTMENT && !input.appointmentAt) {
      throw new WorkflowError(['input', 'appointmentAt'], 'REQUIRED', 'an appointment needs its date and time');
    }
    if (input.kind === CaseEventKind.RULING && !input.ruling?.trim()) {
      throw new WorkflowError(['input', 'ruling'], 'REQUIRED', 'a ruling needs its text');
    }
    const occurredAt = input.occurredAt ?? this.now();
    if (occurredAt.getTime() > this.now().getTime() + 5 * 60_000) {
      throw new WorkflowError(['input', 'occurredAt'], 'IN_FUTURE', 'an activity cannot have taken place in the future');
    }
    const from = legalCase.status;
    legalCase.status = result.status;
    legalCase.updatedAt = this.now();
    if (input.kind === CaseEventKind.FINE_SETTLEMENT) legalCase.fineAmountSatang = input.fineAmountSatang!;
    if (result.status === CaseStatus.FINAL) {
      legalCase.closedAt = occurredAt;
      legalCase.outcome = input.outcome ?? input.ruling ?? null;
    }
    const event = this.em.create(CaseEvent, {
      id: randomUUID(),
      caseId,
      kind: input.kind,
      occurredAt,
      statusAfter: result.status,
      actorId: this.principal.id,
      actorName: this.principal.name,
      referenceDocuments: input.referenceDocuments ?? [],
      appointmentAt: input.appointmentAt ?? null,
      ruling: input.ruling ?? null,
      note: input.note ?? null,
    } as never);
    this.em.persist(event);
    this.step({
      complaintId: legalCase.complaintId,
      caseId,
      type: TimelineEventType.CASE_EVENT,
      summary: CASE_EVENT_SUMMARY[input.kind](legalCase),
      details: { kind: input.kind, caseEventId: event.id, fineAmountSatang: legalCase.fineAmountSatang ?? null, appointmentAt: input.appointmentAt ?? null },
      from,
      to: result.status,
    });
    this.announceCase(legalCase, input.kind);
    if (input.kind === CaseEventKind.FINE_SETTLEMENT) {
      recordEvent(this.em, {
        type: 'FineSettlementRequested',
        aggregateType: 'LegalCase',
        aggregateId: legalCase.id,
        actor: this.principal,
        payload: {
          caseId: legalCase.id,
          caseNo: legalCase.caseNo,
          operatorId: legalCase.respondentOperatorId ?? null,
          respondentName: legalCase.respondentName,
          officeCode: legalCase.officeCode,
          provinceCode: legalCase.provinceCode,
          amountSatang: legalCase.fineAmountSatang,
          dueDate: input.dueDate ?? null,
          reason: `ค่าปรับตามการเปรียบเทียบปรับคดี ${legalCase.caseNo}`,
        },
      });
    }
    if (result.status === CaseStatus.FINAL && legalCase.complaintId) {
      const complaint = await this.em.findOne(Complaint, { id: legalCase.complaintId });
      if (complaint && complaint.status === ComplaintStatus.OFFENCE_FOUND) this.move(complaint, ComplaintStatus.CLOSED, `ยุติเรื่อง: คดี ${legalCase.caseNo} ถึงที่สุด`, { caseId }, TimelineEventType.CLOSED);
    }
    return { legalCase, event };
  }

  /** Payments reported the fine paid: the case records it (idempotent: a repeat changes nothing). */
  async finePaid(caseId: string, paymentRequestId: string, paidAt: Date, paidAmountSatang: number | null): Promise<boolean> {
    const legalCase = await this.em.findOne(LegalCase, { id: caseId });
    if (!legalCase || legalCase.status !== CaseStatus.FINE_PROPOSED) return false;
    const from = legalCase.status;
    legalCase.status = CaseStatus.FINE_PAID;
    legalCase.finePaymentRequestId = paymentRequestId;
    legalCase.finePaidAt = paidAt;
    legalCase.updatedAt = this.now();
    const event = this.em.create(CaseEvent, {
      id: randomUUID(),
      caseId,
      kind: CaseEventKind.FINE_PAID,
      occurredAt: paidAt,
      statusAfter: CaseStatus.FINE_PAID,
      actorId: null,
      actorName: this.principal.name,
      referenceDocuments: [paymentRequestId],
      note: paidAmountSatang === null ? null : `ชำระ ${paidAmountSatang} สตางค์`,
    } as never);
    this.em.persist(event);
    this.step({ complaintId: legalCase.complaintId, caseId, type: TimelineEventType.CASE_EVENT, summary: `ชำระค่าปรับคดี ${legalCase.caseNo} แล้ว`, details: { kind: CaseEventKind.FINE_PAID, paymentRequestId, paidAmountSatang }, from, to: CaseStatus.FINE_PAID });
    this.announceCase(legalCase, CaseEventKind.FINE_PAID, { paymentRequestId });
    return true;
  }

  async recordFindings(
    complaintId: string,
    input: { inspectedAt: Date; offenceFound: boolean; offenceBasisCode?: string | null; summary: string; instrumentNos?: string[]; lat?: number | null; lng?: number | null },
  ): Promise<{ complaint: Complaint; findings: Findings; legalCase: LegalCase | null }> {
    const complaint = await this.complaint(complaintId);
    if (complaint.status !== ComplaintStatus.INVESTIGATING) {
      throw new WorkflowError(['input', 'complaintId'], 'INVALID_TRANSITION', `findings are recorded on a complaint under investigation; this one is ${complaint.status}`);
    }
    if (!input.summary?.trim()) throw new WorkflowError(['input', 'summary'], 'REQUIRED', 'say what was found');
    if (input.inspectedAt.getTime() > this.now().getTime() + 5 * 60_000) throw new WorkflowError(['input', 'inspectedAt'], 'IN_FUTURE', 'the inspection cannot be in the future');
    if (input.inspectedAt < complaint.receivedAt) throw new WorkflowError(['input', 'inspectedAt'], 'BEFORE_RECEIVED', 'the inspection cannot be before the complaint was received');
    const badNo = (input.instrumentNos ?? []).find((n) => !/^\d{20}$/.test(n));
    if (badNo) throw new WorkflowError(['input', 'instrumentNos'], 'INVALID_FORMAT', `${badNo} is not a 20-digit instrument number`);
    if ((input.lat == null) !== (input.lng == null)) throw new WorkflowError(['input', input.lat == null ? 'lat' : 'lng'], 'REQUIRED', 'give both latitude and longitude, or neither');
    if (input.lat != null && (input.lat < 5 || input.lat > 21 || input.lng! < 97 || input.lng! > 106)) throw new WorkflowError(['input', 'lat'], 'OUT_OF_RANGE', 'the position is not in Thailand');
    let basisCode: string | null = null;
    if (input.offenceFound) {
      basisCode = input.offenceBasisCode ?? complaint.offenceBasis?.code ?? null;
      if (!basisCode) throw new WorkflowError(['input', 'offenceBasisCode'], 'REQUIRED', 'an offence needs its offence basis');
      const basis = await this.em.findOne(OffenceBasis, { code: basisCode, active: true });
      if (!basis) throw new WorkflowError(['input', 'offenceBasisCode'], 'UNKNOWN_OFFENCE_BASIS', `${basisCode} is not an active offence basis`);
      complaint.offenceBasis = basis;
    }
    const findings = this.em.create(Findings, {
      id: randomUUID(),
      complaintId,
      inspectedAt: input.inspectedAt,
      lat: input.lat ?? null,
      lng: input.lng ?? null,
      offenceFound: input.offenceFound,
      summary: input.summary.trim(),
      instrumentNos: input.instrumentNos ?? [],
      recordedById: this.principal.id,
      recordedByName: this.principal.name,
      recordedAt: this.now(),
    } as never);
    this.em.persist(findings);
    this.move(
      complaint,
      input.offenceFound ? ComplaintStatus.OFFENCE_FOUND : ComplaintStatus.NO_OFFENCE,
      input.offenceFound ? `บันทึกผลตรวจสอบ: พบการกระทำความผิด (${basisCode})` : 'บันทึกผลตรวจสอบ: ไม่พบการกระทำความผิด',
      { findingsId: findings.id, offenceFound: input.offenceFound, offenceBasisCode: basisCode },
      TimelineEventType.FINDINGS_RECORDED,
    );
    const legalCase = input.offenceFound ? await this.openCase(complaint, basisCode!) : null;
    return { complaint, findings, legalCase };
  }

  async close(complaintId: string, reason: string | null | undefined): Promise<Complaint> {
    const complaint = await this.complaint(complaintId);
    const early = [ComplaintStatus.RECEIVED, ComplaintStatus.TRIAGED, ComplaintStatus.ASSIGNED].includes(complaint.status);
    if (early && !reason?.trim()) throw new WorkflowError(['input', 'reason'], 'REQUIRED', 'closing before investigation needs a reason');
    if (complaint.status === ComplaintStatus.OFFENCE_FOUND) {
      const open = await this.em.count(LegalCase, { complaintId, status: { $ne: CaseStatus.FINAL } });
      if (open > 0) throw new WorkflowError(['input', 'complaintId'], 'CASE_OPEN', 'the complaint closes when its case is final');
    }
    complaint.closingReason = reason?.trim() || complaint.closingReason || null;
    this.move(complaint, ComplaintStatus.CLOSED, reason?.trim() ? `ยุติเรื่อง: ${reason.trim()}` : 'ยุติเรื่อง', { reason: reason ?? null }, TimelineEventType.CLOSED);
    return complaint;
  }

  async merge(complaintId: string, intoComplaintId: string): Promise<{ complaint: Complaint; into: Complaint }> {
    if (complaintId === intoComplaintId) throw new WorkflowError(['input', 'intoComplaintId'], 'SAME_COMPLAINT', 'a complaint cannot be merged into itself');
    const complaint = await this.complaint(complaintId);
    const into = await this.complaint(intoComplaintId, ['input', 'intoComplaintId']);
    if (into.status === ComplaintStatus.CLOSED) throw new WorkflowError(['input', 'intoComplaintId'], 'CLOSED', `${into.referenceNo} is closed`);
    complaint.duplicateOfId = into.id;
    complaint.closingReason = `ซ้ำกับเรื่อง ${into.referenceNo}`;
    this.move(complaint, ComplaintStatus.CLOSED, `รวมเป็นเรื่องเดียวกับ ${into.referenceNo}`, { intoComplaintId: into.id }, TimelineEventType.MERGED);
    into.keywords = [...new Set([...into.keywords, ...complaint.keywords])];
    into.updatedAt = this.now();
    this.step({ complaintId: into.id, type: TimelineEventType.MERGED, summary: `รวมเรื่อง ${complaint.referenceNo} เข้ามา`, details: { mergedComplaintId: complaint.id } });
    return { complaint, into };
  }

  /** Escalates every complaint (in the caller's area) whose status has outlived its SLA, once per status. */
  async escalateOverdue(): Promise<Complaint[]> {
    const open = await this.em.find(Complaint, {
      $and: [{ status: { $ne: ComplaintStatus.CLOSED } }, { escalatedAt: null }, areaCondition(this.principal) ?? {}],
    } as never);
    const now = this.now();
    const overdue = open.filter((c) => {
      const due = slaDueAt(c.status, c.statusChangedAt);
      return due !== null && due < now;
    });
    for (const complaint of overdue) {
      complaint.escalatedAt = now;
      this.step({ complaintId: complaint.id, type: TimelineEventType.ESCALATED, summary: `เกินกำหนดเวลาในสถานะ ${complaint.status} แจ้งหัวหน้าสำนักงาน`, details: { status: complaint.status, since: complaint.statusChangedAt } });
      const head = await this.em.findOne(Officer, { officeCode: complaint.officeCode, isHead: true, active: true });
      if (head) this.notify(head.userId, 'ESCALATED', complaint, `เรื่องร้องเรียน ${complaint.referenceNo} เกินกำหนดเวลาในสถานะ ${complaint.status}`);
      this.announceComplaint(complaint, 'ESCALATED');
    }
    return overdue;
  }
}

const CASE_EVENT_SUMMARY: Record<CaseEventKind, (c: LegalCase) => string> = {
  [CaseEventKind.FINE_SETTLEMENT]: (c) => `เปรียบเทียบปรับคดี ${c.caseNo} จำนวน ${((c.fineAmountSatang ?? 0) / 100).toLocaleString('th-TH')} บาท`,
  [CaseEventKind.FINE_PAID]: (c) => `ชำระค่าปรับคดี ${c.caseNo}`,
  [CaseEventKind.FILE_SENT]: (c) => `ส่งสำนวนคดี ${c.caseNo} ให้พนักงานสอบสวน`,
  [CaseEventKind.PROSECUTION]: (c) => `สั่งฟ้องคดี ${c.caseNo}`,
  [CaseEventKind.FINAL]: (c) => `คดี ${c.caseNo} ถึงที่สุด`,
  [CaseEventKind.APPOINTMENT]: (c) => `นัดหมายคดี ${c.caseNo}`,
  [CaseEventKind.RULING]: (c) => `บันทึกคำตัดสินคดี ${c.caseNo}`,
  [CaseEventKind.NOTE]: (c) => `บันทึกเพิ่มเติมคดี ${c.caseNo}`,
};
