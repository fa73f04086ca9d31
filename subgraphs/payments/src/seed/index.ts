import type { EntityManager } from '@mikro-orm/postgresql';
import { batches, rngFor, stableUuid, type DemoSize, type Rng } from '@metrograph/kit/demo';
import { PaymentRequest } from '../payment-request/payment-request.entity.js';
import { PaymentStatus, makeRefs, thaiBuddhistYear, thaiDateString } from '../payment-request/payment-request.service.js';

export interface SeedOptions {
  seed: string;
  size: DemoSize;
  anchor: Date;
  provinces: { code: string; officeCode: string }[];
  operators: { id: string; kind: string; provinceCode: string }[];
}

/** Demo fees with revenue codes; the real fee schedule is managed by officials (004 §4.5.10 (2)). */
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
const DAY = 86_400_000;

function statusFor(rng: Rng, dueDay: string, anchorDay: string): PaymentStatus {
  if (dueDay < anchorDay) return rng.weighted([[PaymentStatus.PAID, 82], [PaymentStatus.EXPIRED, 13], [PaymentStatus.CANCELLED, 5]]);
  return rng.weighted([[PaymentStatus.PENDING, 55], [PaymentStatus.PAID, 43], [PaymentStatus.CANCELLED, 2]]);
}

/** Writes demo payment requests (pay-ins) for operators that pay fees, in batches. */
export async function seedPayments(em: EntityManager, options: SeedOptions): Promise<void> {
  const { seed, size, anchor, provinces } = options;
  const payers = options.operators.filter((o) => o.kind !== 'VOLUNTEER' && o.kind !== 'INSPECTOR');
  if (payers.length === 0) return;
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
      rows.push({
        id: stableUuid(seed, 'payment', k),
        requestNo: `PR-${thaiBuddhistYear(issuedAt)}-${String(k + 1).padStart(7, '0')}`,
        ref1,
        ref2,
        feeCode: fee.code,
        feeName: fee.name,
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
}

export async function resetPayments(em: EntityManager): Promise<void> {
  await em.getConnection().execute('truncate "payments"."payment_request"');
}
