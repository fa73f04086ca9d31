import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '@metrograph/kit';
import type { ReportColumn } from '../export/index.js';

/** The summary reports officials print (004 §4.5.1 (17)). */
export enum ComplaintReportKind {
  CASES_BY_OFFENCE = 'CASES_BY_OFFENCE',
  CLOSURE_BY_PROVINCE = 'CLOSURE_BY_PROVINCE',
  FINES_BY_AREA = 'FINES_BY_AREA',
  STATUS_SUMMARY = 'STATUS_SUMMARY',
}

export interface ReportPeriod {
  from?: Date | null;
  to?: Date | null;
  provinceCodes?: string[] | null;
  officeCodes?: string[] | null;
}

export interface ReportData {
  code: string;
  title: string;
  titleEn: string;
  columns: ReportColumn[];
  rows: Record<string, unknown>[];
  totals: Record<string, unknown>;
}

/** SQL conditions for a period, the asked areas and the caller's area, with their parameters. */
function scope(alias: string, timeColumn: string, period: ReportPeriod, principal: Principal): { sql: string; params: unknown[] } {
  const parts: string[] = ['true'];
  const params: unknown[] = [];
  if (period.from) {
    parts.push(`${alias}.${timeColumn} >= ?`);
    params.push(period.from);
  }
  if (period.to) {
    parts.push(`${alias}.${timeColumn} < ?`);
    params.push(period.to);
  }
  for (const [column, codes] of [['province_code', period.provinceCodes], ['office_code', period.officeCodes], ['province_code', principal.provinceCodes]] as const) {
    if (codes == null) continue;
    if (codes.length === 0) parts.push('false');
    else {
      parts.push(`${alias}.${column} in (${codes.map(() => '?').join(', ')})`);
      params.push(...codes);
    }
  }
  return { sql: parts.join(' and '), params };
}

const sum = (rows: Record<string, unknown>[], key: string) => rows.reduce((total, row) => total + Number(row[key] ?? 0), 0);

export async function complaintReport(em: EntityManager, kind: ComplaintReportKind, period: ReportPeriod, principal: Principal): Promise<ReportData> {
  const run = (sql: string, params: unknown[]) => em.getConnection().execute(sql, params, 'all') as Promise<Record<string, unknown>[]>;
  switch (kind) {
    case ComplaintReportKind.CASES_BY_OFFENCE: {
      const { sql, params } = scope('c', 'opened_at', period, principal);
      const rows = await run(
        `select b.title_th as offence, count(*)::int as cases,
           count(*) filter (where c.status <> 'FINAL')::int as open,
           count(*) filter (where c.status = 'FINAL')::int as final,
           count(*) filter (where c.fine_paid_at is not null or (c.status = 'FINAL' and c.fine_amount_satang is not null))::int as settled_by_fine,
           count(*) filter (where c.status in ('REFERRED', 'PROSECUTED'))::int as in_court
         from complaints.legal_case c join complaints.offence_basis b on b.code = c.offence_basis_code
         where ${sql} group by b.title_th order by cases desc, offence`,
        params,
      );
      return {
        code: 'cases-by-offence', title: 'รายงานคดีแยกตามฐานความผิด', titleEn: 'Cases by offence basis with outcomes',
        columns: [
          { key: 'offence', header: 'ฐานความผิด', width: 4 },
          { key: 'cases', header: 'จำนวนคดี', format: 'number' },
          { key: 'open', header: 'อยู่ระหว่างดำเนินการ', format: 'number' },
          { key: 'final', header: 'ถึงที่สุด', format: 'number' },
          { key: 'settled_by_fine', header: 'ยุติด้วยการเปรียบเทียบปรับ', format: 'number' },
          { key: 'in_court', header: 'ส่งสำนวน/สั่งฟ้อง', format: 'number' },
        ],
        rows,
        totals: { offence: 'รวม', cases: sum(rows, 'cases'), open: sum(rows, 'open'), final: sum(rows, 'final'), settled_by_fine: sum(rows, 'settled_by_fine'), in_court: sum(rows, 'in_court') },
      };
    }
    case ComplaintReportKind.CLOSURE_BY_PROVINCE: {
      const { sql, params } = scope('c', 'received_at', period, principal);
      const rows = await run(
        `select c.province_code as province, count(*)::int as received,
           count(*) filter (where c.status = 'CLOSED')::int as closed,
           round(coalesce(avg(extract(epoch from (c.closed_at - c.received_at)) / 86400) filter (where c.closed_at is not null), 0)::numeric, 1)::float as days_to_close
         from complaints.complaint c where ${sql} group by c.province_code order by c.province_code`,
        params,
      );
      for (const row of rows) row.closure_rate = Number(row.received) ? Number(row.closed) / Number(row.received) : 0;
      const received = sum(rows, 'received');
      const closed = sum(rows, 'closed');
      return {
        code: 'closure-by-province', title: 'รายงานอัตราและระยะเวลาการยุติเรื่องร้องเรียนรายจังหวัด', titleEn: 'Complaint closure rate and duration by province',
        columns: [
          { key: 'province', header: 'รหัสจังหวัด' },
          { key: 'received', header: 'รับเรื่อง', format: 'number' },
          { key: 'closed', header: 'ยุติแล้ว', format: 'number' },
          { key: 'closure_rate', header: 'อัตราการยุติ', format: 'percent' },
          { key: 'days_to_close', header: 'ระยะเวลาเฉลี่ย (วัน)', format: 'number' },
        ],
        rows,
        totals: { province: 'รวม', received, closed, closure_rate: received ? closed / received : 0 },
      };
    }
    case ComplaintReportKind.FINES_BY_AREA: {
      const { sql, params } = scope('c', 'opened_at', period, principal);
      const rows = await run(
        `select c.province_code as province, b.title_th as offence, count(*)::int as cases, coalesce(sum(c.fine_amount_satang), 0)::bigint as fines_satang
         from complaints.legal_case c join complaints.offence_basis b on b.code = c.offence_basis_code
         where ${sql} and c.fine_amount_satang is not null and (c.fine_paid_at is not null or c.status = 'FINAL')
         group by c.province_code, b.title_th order by c.province_code, fines_satang desc`,
        params,
      );
      for (const row of rows) row.fines_satang = Number(row.fines_satang);
      return {
        code: 'fines-by-area', title: 'รายงานยอดค่าปรับแยกตามพื้นที่และฐานความผิด', titleEn: 'Fines collected by area and offence',
        columns: [
          { key: 'province', header: 'รหัสจังหวัด' },
          { key: 'offence', header: 'ฐานความผิด', width: 4 },
          { key: 'cases', header: 'จำนวนคดี', format: 'number' },
          { key: 'fines_satang', header: 'ค่าปรับ (บาท)', format: 'satang', width: 1.5 },
        ],
        rows,
        totals: { province: 'รวม', cases: sum(rows, 'cases'), fines_satang: sum(rows, 'fines_satang') },
      };
    }
    case ComplaintReportKind.STATUS_SUMMARY: {
      const { sql, params } = scope('c', 'received_at', period, principal);
      const rows = await run(`select c.status, count(*)::int as complaints from complaints.complaint c where ${sql} group by c.status order by c.status`, params);
      for (const row of rows) row.state = row.status === 'CLOSED' ? 'ปิดแล้ว' : 'ยังเปิดอยู่';
      return {
        code: 'status-summary', title: 'รายงานเรื่องร้องเรียนที่เปิดอยู่และปิดแล้วแยกตามสถานะ', titleEn: 'Open and closed complaints by status',
        columns: [
          { key: 'status', header: 'สถานะ', width: 2 },
          { key: 'state', header: 'เปิด/ปิด' },
          { key: 'complaints', header: 'จำนวนเรื่อง', format: 'number' },
        ],
        rows,
        totals: { status: 'รวม', complaints: sum(rows, 'complaints') },
      };
    }
  }
}
