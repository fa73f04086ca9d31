import type { EntityManager } from '@mikro-orm/postgresql';
import {
  COMPLAINT_TEMPLATES, GOODS, PLACE_KINDS, batches, businessName, mobilePhone, personName, rngFor, stableUuid, streetAddress,
  type ComplaintTemplate, type DemoSize, type Rng,
} from '@metrograph/kit/demo';
import { Complaint, ComplaintChannel, ComplaintStatus } from '../complaint/complaint.entity.js';
import { Officer } from '../assignment/officer.entity.js';
import { ComplaintEvent, TimelineEventType } from '../timeline/complaint-event.entity.js';
import { LegalCase } from '../case/case.entity.js';
import { CaseStatus } from '../case/case-status.js';
import { suggestInstrumentType } from '../complaint/instrument-type.js';

export interface SeedOptions {
  seed: string;
  size: DemoSize;
  anchor: Date;
  provinces: { code: string; nameTh: string; lat: number; lng: number; officeCode: string }[];
  operators: { id: string; kind: string; nameTh: string; provinceCode: string; placeName: string; address: string; lat: number; lng: number }[];
  /** Officials who handle complaints, from identity's demo users. */
  officers: { userId: string; name: string; officeCode: string; isHead: boolean }[];
}

const DAY = 86_400_000;

/** Which offence basis a complaint of a topic is usually triaged to. */
const BASIS_BY_TOPIC: Record<ComplaintTemplate['topic'], string[]> = {
  SCALE_SHORT_WEIGHT: ['OUT_OF_TOLERANCE', 'FRAUDULENT_USE'],
  NO_VERIFICATION_MARK: ['UNVERIFIED_INSTRUMENT'],
  TAMPERED_INSTRUMENT: ['TAMPERED_INSTRUMENT'],
  FUEL_DISPENSER: ['OUT_OF_TOLERANCE', 'FRAUDULENT_USE'],
  PACKAGED_GOODS: ['PACKAGED_SHORT_QUANTITY', 'PACKAGED_LABELLING'],
  EXPIRED_CERTIFICATE: ['UNVERIFIED_INSTRUMENT'],
  LENGTH_MEASURE: ['OUT_OF_TOLERANCE'],
  METER: ['OUT_OF_TOLERANCE'],
  OTHER: ['ILLEGAL_UNIT', 'UNLICENSED_BUSINESS'],
};

const CHANNELS: [ComplaintChannel, number][] = [
  [ComplaintChannel.HOTLINE_1569, 45],
  [ComplaintChannel.WEB, 20],
  [ComplaintChannel.LINE, 15],
  [ComplaintChannel.PHONE, 10],
  [ComplaintChannel.WALK_IN, 7],
  [ComplaintChannel.LETTER, 2],
  [ComplaintChannel.EMAIL, 1],
];

/** Older complaints are further along; the newest are mostly still open. */
export function statusForAge(rng: Rng, ageDays: number): ComplaintStatus {
  if (ageDays < 3) return rng.weighted([[ComplaintStatus.RECEIVED, 70], [ComplaintStatus.TRIAGED, 30]]);
  if (ageDays < 20) {
    return rng.weighted([
      [ComplaintStatus.RECEIVED, 5], [ComplaintStatus.TRIAGED, 15], [ComplaintStatus.ASSIGNED, 30], [ComplaintStatus.INVESTIGATING, 40],
      [ComplaintStatus.OFFENCE_FOUND, 5], [ComplaintStatus.NO_OFFENCE, 5],
    ]);
  }
  if (ageDays < 90) {
    return rng.weighted([
      [ComplaintStatus.ASSIGNED, 5], [ComplaintStatus.INVESTIGATING, 20], [ComplaintStatus.OFFENCE_FOUND, 20],
      [ComplaintStatus.NO_OFFENCE, 15], [ComplaintStatus.CLOSED, 40],
    ]);
  }
  return rng.weighted([[ComplaintStatus.INVESTIGATING, 2], [ComplaintStatus.OFFENCE_FOUND, 8], [ComplaintStatus.NO_OFFENCE, 5], [ComplaintStatus.CLOSED, 85]]);
}

function fill(template: ComplaintTemplate, place: string, goods: string): string {
  return template.text.replaceAll('{place}', place).replaceAll('{goods}', goods);
}

/** Writes demo complaints in batches: most name a registered operator, some an unregistered trader. */
export async function seedComplaints(em: EntityManager, options: SeedOptions): Promise<void> {
  const { seed, size, anchor, provinces } = options;
  const bases = Object.values(BASIS_BY_TOPIC).flat();
  const roster = options.officers.map((o, i) => ({ ...o, expertise: [bases[i % bases.length], bases[(i + 3) % bases.length]], active: true }));
  if (roster.length) await em.insertMany(Officer, roster as never[]);
  const officersByOffice = new Map<string, string[]>();
  for (const o of roster) if (!o.isHead) officersByOffice.set(o.officeCode, [...(officersByOffice.get(o.officeCode) ?? []), o.userId]);
  let caseSeq = 0;
  // Complaints are about traders: businesses using instruments and packaged-goods operators.
  const operators = options.operators.filter((o) => o.kind === 'WEIGHTS_AND_MEASURES_BUSINESS' || o.kind === 'PACKAGED_GOODS_OPERATOR');
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
  for (const [start, end] of batches(size.complaints, 1000)) {
    const rows: Record<string, unknown>[] = [];
    const steps: Record<string, unknown>[] = [];
    const cases: Record<string, unknown>[] = [];
    for (let j = start; j < end; j++) {
      const rng = rngFor(seed, 'complaint', j);
      const ageDays = Math.floor(Math.pow(rng.next(), 1.6) * 540);
      const receivedAt = new Date(anchor.getTime() - ageDays * DAY - rng.int(0, 86_399) * 1000);
      const registered = operators.length > 0 && rng.chance(0.8);
      let respondentName: string;
      let respondentOperatorId: string | null = null;
      let placeName: string;
      let placeAddress: string;
      let lat: number | null;
      let lng: number | null;
      let provinceCode: string;
      if (registered) {
        const op = rng.pick(operators);
        respondentName = op.nameTh;
        respondentOperatorId = op.id;
        placeName = op.placeName;
        placeAddress = op.address;
        lat = op.lat;
        lng = op.lng;
        provinceCode = op.provinceCode;
      } else {
        const province = rng.pick(provinces);
        respondentName = businessName(rng);
        placeName = `${rng.pick(PLACE_KINDS)}${rng.pick(['เทศบาล', 'ชุมชน', 'หน้าวัด', 'ริมทาง', 'ใหม่'])}`;
        placeAddress = streetAddress(rng, province.nameTh);
        lat = rng.chance(0.5) ? province.lat + (rng.next() - 0.5) * 0.2 : null;
        lng = lat === null ? null : province.lng + (rng.next() - 0.5) * 0.2;
        provinceCode = province.code;
      }
      const template = rng.pick(COMPLAINT_TEMPLATES);
      const details = fill(template, placeName, rng.pick(GOODS));
      const status = statusForAge(rng, ageDays);
      const triaged = status !== ComplaintStatus.RECEIVED;
      const complainant = personName(rng);
      const channel = rng.weighted(CHANNELS);
      const beYear = receivedAt.getUTCFullYear() + 543;
      const id = stableUuid(seed, 'complaint', j);
      const officeCode = provinceByCode.get(provinceCode)?.officeCode ?? 'HQ';
      const team = officersByOffice.get(officeCode) ?? [];
      const assigned = ![ComplaintStatus.RECEIVED, ComplaintStatus.TRIAGED].includes(status) && team.length > 0;
      const updatedAt = new Date(receivedAt.getTime() + Math.min(ageDays, 60) * DAY * rng.next());
      steps.push({ id: stableUuid(seed, 'complaint-step', j), complaintId: id, type: TimelineEventType.RECEIVED, at: receivedAt, toStatus: ComplaintStatus.RECEIVED, actorName: channel === ComplaintChannel.HOTLINE_1569 ? 'ระบบ 1569' : 'เจ้าหน้าที่รับเรื่อง', summary: `รับเรื่องร้องเรียนทาง ${channel}`, details: { channel } });
      const basisCode = triaged ? rng.pick(BASIS_BY_TOPIC[template.topic]) : null;
      if (status === ComplaintStatus.OFFENCE_FOUND || (status === ComplaintStatus.CLOSED && rng.chance(0.4))) {
        const openedAt = new Date(receivedAt.getTime() + rng.int(3, 20) * DAY);
        const final = status === ComplaintStatus.CLOSED;
        caseSeq++;
        cases.push({
          id: stableUuid(seed, 'case', j), caseNo: `CS-${openedAt.getUTCFullYear() + 543}-${String(caseSeq).padStart(6, '0')}`, complaintId: id,
          respondentOperatorId, respondentName, provinceCode, officeCode, offenceBasis: basisCode ?? 'OUT_OF_TOLERANCE',
          status: final ? CaseStatus.FINAL : rng.pick([CaseStatus.OPEN, CaseStatus.FINE_PROPOSED, CaseStatus.REFERRED]),
          fineAmountSatang: final ? rng.int(10, 200) * 10_000 : null, openedAt: openedAt < anchor ? openedAt : anchor,
          closedAt: final ? updatedAt : null, outcome: final ? 'ชำระค่าปรับตามการเปรียบเทียบปรับ' : null, updatedAt,
        });
      }
      rows.push({
        id,
        referenceNo: `CP-${beYear}-${String(j + 1).padStart(7, '0')}`,
        externalRef: channel === ComplaintChannel.HOTLINE_1569 ? `1569-${beYear}-${String(j + 1).padStart(8, '0')}` : null,
        receivedAt,
        channel,
        complainantName: complainant.full,
        complainantPhone: mobilePhone(rng),
        complainantEmail: rng.chance(0.2) ? `citizen${j + 1}@example.com` : null,
        respondentName,
        respondentOperatorId,
        placeName,
        placeAddress,
        provinceCode,
        officeCode,
        assigneeId: assigned ? rng.pick(team) : null,
        assignedAt: assigned ? new Date(receivedAt.getTime() + DAY) : null,
        statusChangedAt: updatedAt,
        closedAt: status === ComplaintStatus.CLOSED ? updatedAt : null,
        lat,
        lng,
        subject: details.length > 80 ? `${details.slice(0, 77)}...` : details,
        details,
        keywords: [...template.keywords],
        offenceBasis: basisCode,
        instrumentType: suggestInstrumentType(details, template.keywords),
        status,
        updatedAt,
      });
    }
    await em.insertMany(Complaint, rows as never[]);
    await em.insertMany(ComplaintEvent, steps as never[]);
    if (cases.length) await em.insertMany(LegalCase, cases as never[]);
  }
  // New complaints and cases continue the seeded running numbers.
  for (const [series, table, column] of [['complaint', 'complaint', 'reference_no'], ['case', 'legal_case', 'case_no']]) {
    await em.getConnection().execute(
      `insert into "complaints"."number_series" (series, year, last)
       select ?, split_part(${column}, '-', 2)::int, max(split_part(${column}, '-', 3)::int) from "complaints"."${table}" group by 2
       on conflict (series, year) do update set last = greatest("number_series".last, excluded.last)`,
      [series],
    );
  }
}


export async function resetComplaints(em: EntityManager): Promise<void> {
  await em.getConnection().execute(
    'truncate "complaints"."complaint", "complaints"."complaint_event", "complaints"."legal_case", "complaints"."case_event", "complaints"."case_attachment", "complaints"."findings", "complaints"."officer", "complaints"."notification", "complaints"."saved_search", "complaints"."outbox", "complaints"."inbox", "complaints"."number_series", "complaints"."export_download", "complaints"."hotline_result", "complaints"."surveillance_plan", "complaints"."surveillance_result"',
  );
}

export async function complaintsAreSeeded(em: EntityManager): Promise<boolean> {
  return (await em.count(Complaint, {})) > 0;
}
