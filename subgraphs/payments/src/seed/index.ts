import type { EntityManager } from '@mikro-orm/postgresql';
import { batches, rngFor, stableUuid, type DemoSize, type Rng } from '@metrograph/kit/demo';
import { PaymentRequest, PaymentSourceType } from '../payment-request/payment-request.entity.js';
import { FeeRate } from '../fee-rate/fee-rate.entity.js';
import { ServiceType } from '../fee-rate/service-type.js';
import { NUMBER_SERIES } from '../payment-request/payment-request.ops.js';
import { PaymentStatus, makeRefs, thaiBuddhistYear, thaiDateString } from '../payment-request/payment-request.service.js';

export interface SeedOptions {
  seed: string;
  size: DemoSize;
  anchor: Date;
  provinces: { code: string; officeCode: string }[];
  operators: { id: string; kind: string; provinceCode: string }[];
}

/**
 * Demo fee schedule (illustrative amounts, not the ministerial regulation's): one rate per revenue code from the
 * 2568 fiscal year, one code with an older rate to show effective dating; officials manage the real one (004 §4.5.10 (2), (7)).
 */
export const DEMO_FEE_SCHEDULE: { code: string; serviceType: ServiceType; nameTh: string; nameEn: string; amountSatang: number; variableAmount?: boolean }[] = [
  { code: 'WM-BUS-01', serviceType: ServiceType.BUSINESS_MANUFACTURE, nameTh: 'ค่าธรรมเนียมการแจ้งประกอบธุรกิจผลิตเครื่องชั่งตวงวัด', nameEn: 'Notification of manufacturing business', amountSatang: 100_000 },
  { code: 'WM-BUS-02', serviceType: ServiceType.BUSINESS_IMPORT, nameTh: 'ค่าธรรมเนียมการแจ้งประกอบธุรกิจนำเข้าเครื่องชั่งตวงวัด', nameEn: 'Notification of import business', amountSatang: 100_000 },
  { code: 'WM-NOT-01', serviceType: ServiceType.BUSINESS_SALE, nameTh: 'ค่าธรรมเนียมการแจ้งประกอบธุรกิจขายเครื่องชั่งตวงวัด', nameEn: 'Notification of sale business', amountSatang: 20_000 },
  { code: 'WM-BUS-04', serviceType: ServiceType.BUSINESS_REPAIR, nameTh: 'ค่าธรรมเนียมการแจ้งประกอบธุรกิจซ่อมเครื่องชั่งตวงวัด', nameEn: 'Notification of repair business', amountSatang: 50_000 },
  { code: 'WM-VER-01', serviceType: ServiceType.VERIFICATION, nameTh: 'ค่าธรรมเนียมการตรวจสอบให้คำรับรองเครื่องชั่ง', nameEn: 'Verification of a weighing instrument', amountSatang: 20_000 },
  { code: 'WM-VER-02', serviceType: ServiceType.VERIFICATION, nameTh: 'ค่าธรรมเนียมการตรวจสอบให้คำรับรองมาตรวัดน้ำมันเชื้อเพลิง', nameEn: 'Verification of a fuel dispenser', amountSatang: 50_000 },
  { code: 'WM-VER-03', serviceType: ServiceType.VERIFICATION, nameTh: 'ค่าธรรมเนียมการตรวจสอบให้คำรับรองเครื่องชั่งรถยนต์', nameEn: 'Verification of a weighbridge', amountSatang: 200_000 },
  { code: 'WM-ACC-01', serviceType: ServiceType.ACCURACY_CHECK, nameTh: 'ค่าธรรมเนียมการตรวจสอบความเที่ยงตรง', nameEn: 'Accuracy check', amountSatang: 30_000 },
  { code: 'WM-CRT-01', serviceType: ServiceType.CERTIFICATE_REPLACEMENT, nameTh: 'ค่าธรรมเนียมการออกใบแทนใบรับรอง', nameEn: 'Replacement certificate', amountSatang: 10_000 },
  { code: 'WM-LIC-01', serviceType: ServiceType.LICENCE, nameTh: 'ค่าธรรมเนียมใบอนุญาตประกอบธุรกิจผลิต นำเข้า หรือซ่อมเครื่องชั่งตวงวัด', nameEn: 'Business licence', amountSatang: 150_000 },
  { code: 'WM-LIC-02', serviceType: ServiceType.LICENCE_RENEWAL, nameTh: 'ค่าธรรมเนียมการต่ออายุใบอนุญาต', nameEn: 'Licence renewal', amountSatang: 75_000 },
  { code: 'WM-FINE-01', serviceType: ServiceType.FINE, nameTh: 'ค่าปรับตามการเปรียบเทียบปรับคดีชั่งตวงวัด', nameEn: 'Fine settled by comparison', amountSatang: 0, variableAmount: true },
];
/** Start of the demo schedule (fiscal year 2568 began on 1 October 2024). */
export const DEMO_SCHEDULE_FROM = '2024-10-01';

/** Demo fees with revenue codes for the generated requests (amounts drawn from a range, as issued over the years). */
const DEMO_FEES: { code: string; name: string; min: number; max: number; weight: number }[] = [
  { code: 'WM-VER-01', name: 'ค่าธรรมเนียมการตรวจสอบให้คำรับรองเครื่องชั่ง', min: 5_000, max: 50_000, weight: 40 },
  { code: 'WM-VER-02', name: 'ค่าธรรมเนียมการตรวจสอบให้คำรับรองมาตรวัดน้ำมันเชื้อเพลิง', min: 20_000, max: 80_000, weight: 20 },
  { code: 'WM-VER-03', name: 'ค่าธรรมเนียมการตรวจสอบให้คำรับรองเครื่องชั่งรถยนต์', min: 100_000, max: 300_000, weight: 6 },
  { code: 'WM-ACC-01', name: 'ค่าธรรมเนียมการตรวจสอบความเที่ยงตรง', min: 10_000, max: 40_000, weight: 10 },
  { code: 'WM-LIC-01', name: 'ค่าธรรมเนียมใบอนุญาตประกอบธุรกิจผลิต นำเข้า หรือซ่อมเครื่องชั่งตวงวัด', min: 100_000, max: 200_000, weight: 5 },
  { code: 'WM-LIC-02', name: 'ค่าธรรมเนียมการต่ออายุใบอนุญาต', min: 50_000, max: 100_000, weight: 5 },
  { code: 'WM-NOT-01', name: 'ค่าธรรมเนียมการแจ้งประกอบธุรกิจขายเครื่องชั่งตวงวัด', min: 20_000, max: 20_000, weight: 6 },
  { code: 'WM-CRT-01', name: 'ค่าธรรมเนียมการออกใบแทนใบรับรอง', min: 5_000, max: 10_000, weight: 4 },
  { code: 'WM-FINE-01', name: 'ค่าปรับตามการเปรียบเทียบปรับคดีชั่งตวงวัด', min: 200_000, max: 2_000_000, weight: 4 },
];
const FEE_WEIGHTS = DEMO_FEES.map((f) => [f, f.weight] as const);
const SERVICE_OF = new Map(DEMO_FEE_SCHEDULE.map((f) => [f.code, f.serviceType]));

/** Writes the demo fee schedule. */
export async function seedFeeSchedule(em: EntityManager, seed: string): Promise<void> {
  const rows: Record<string, unknown>[] = DEMO_FEE_SCHEDULE.map((f, i) => ({
    id: stableUuid(seed, 'fee-rate', i),
    feeCode: f.code,
    serviceType: f.serviceType,
    nameTh: f.nameTh,
    nameEn: f.nameEn,
    amountSatang: f.amountSatang,
    variableAmount: f.variableAmount ?? false,
    effectiveFrom: DEMO_SCHEDULE_FROM,
    effectiveTo: null,
    createdBy: 'seed',
    createdAt: new Date(`${DEMO_SCHEDULE_FROM}T00:00:00Z`),
  }));
  // The verification fee went up at the start of the schedule: keep the older rate as history.
  rows.push({ ...rows[4], id: stableUuid(seed, 'fee-rate', DEMO_FEE_SCHEDULE.length), amountSatang: 15_000, effectiveFrom: '2020-10-01', effectiveTo: '2024-09-30', createdAt: new Date('2020-10-01T00:00:00Z') });
  await em.insertMany(FeeRate, rows as never[]);
}
const DAY = 86_400_000;

function statusFor(rng: Rng, dueDay: string, anchorDay: string): PaymentStatus {
  if (dueDay < anchorDay) return rng.weighted([[PaymentStatus.PAID, 82], [PaymentStatus.EXPIRED, 13], [PaymentStatus.CANCELLED, 5]]);
  return rng.weighted([[PaymentStatus.PENDING, 55], [PaymentStatus.PAID, 43], [PaymentStatus.CANCELLED, 2]]);
}

/** Writes demo payment requests (pay-ins) for operators that pay fees, in batches. */
export async function seedPayments(em: EntityManager, options: SeedOptions): Promise<void> {
  const { seed, size, anchor, provinces } = options;
  await seedFeeSchedule(em, seed);
  const payers = options.operators.filter((o) => o.kind !== 'VOLUNTEER' && o.kind !== 'INSPECTOR');
  if (payers.length === 0) return;
  const lastNumber = new Map<number, number>();
  const officeOf = new Map(provinces.map((p) => [p.code, p.officeCode]));
  const anchorDay = thaiDateString(anchor);
  for (const [start, end] of batches(size.paymentRequests, 1000)) {
    const rows: Record<string, unknown>[] = [];
    for (let k = start; k < end; k++) {
      const rng = rngFor(seed, 'payment', k);
      const operator = rng.pick(payers);
      const fee = rng.weighted(FEE_WEIGHTS);
      const issuedAt = new Date(anchor.getTime() - Math.floor(Math.pow(rng.next(), 1.3) * 540) * DAY - rng.int(0, 8 * 3600) * 1000);
      const due = new Date(issuedAt.getTime() + 15 * DAY);
      const dueDate = thaiDateString(due);
      const officeCode = officeOf.get(operator.provinceCode) ?? 'HQ';
      const amountSatang = Math.round(rng.int(fee.min, fee.max) / 100) * 100;
      const status = statusFor(rng, dueDate, anchorDay);
      const paidAt = status === PaymentStatus.PAID ? new Date(issuedAt.getTime() + rng.int(60, Math.min(15 * DAY, Math.max(61, anchor.getTime() - issuedAt.getTime())) / 1000) * 1000) : null;
      const { ref1, ref2 } = makeRefs(k + 1, officeCode, due, issuedAt);
      const year = thaiBuddhistYear(issuedAt);
      lastNumber.set(year, Math.max(lastNumber.get(year) ?? 0, k + 1));
      rows.push({
        id: stableUuid(seed, 'payment', k),
        requestNo: `PR-${thaiBuddhistYear(issuedAt)}-${String(k + 1).padStart(7, '0')}`,
        ref1,
        ref2,
        feeCode: fee.code,
        feeName: fee.name,
        serviceType: SERVICE_OF.get(fee.code) ?? ServiceType.OTHER,
        sourceType: fee.code === 'WM-FINE-01' ? PaymentSourceType.CASE_FINE : PaymentSourceType.SERVICE_REQUEST,
        quantity: 1,
        unitAmountSatang: amountSatang,
        refundedAmountSatang: 0,
        createdBy: 'seed',
        amountSatang,
        operatorId: operator.id,
        officeCode,
        provinceCode: operator.provinceCode,
        dueDate,
        status,
        issuedAt,
        paidAt,
        paidAmountSatang: paidAt ? amountSatang : null,
        bankTransactionId: paidAt ? `BNK${rng.digits(12)}` : null,
        updatedAt: paidAt ?? issuedAt,
      });
    }
    await em.insertMany(PaymentRequest, rows as never[]);
  }
  // New requests continue each year's running numbers after the demo ones, so ref1 stays unique.
  for (const [year, last] of lastNumber) {
    await em.getConnection().execute(
      `insert into "payments"."number_series" (series, year, last) values (?, ?, ?) on conflict (series, year) do update set last = greatest("number_series".last, excluded.last)`,
      [NUMBER_SERIES, year, last],
    );
  }
}

export async function resetPayments(em: EntityManager): Promise<void> {
  await em.getConnection().execute(
    'truncate "payments"."payment_request", "payments"."fee_rate", "payments"."bank_notification", "payments"."audit_record", "payments"."payment_adjustment", "payments"."number_series", "payments"."outbox", "payments"."inbox"',
  );
}
