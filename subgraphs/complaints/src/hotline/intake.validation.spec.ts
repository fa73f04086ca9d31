import { describe, expect, it } from 'vitest';
import { subjectFrom, validateHotlineComplaint } from './intake.validation.js';
import { officeForProvince } from '../reference/jurisdiction.js';

const NOW = Date.parse('2026-11-23T03:00:00Z');
const rules = { isProvince: (code: string) => officeForProvince(code) !== null, now: NOW };

function valid(): Record<string, any> {
  return {
    ticketNo: '1569-2569-00001234',
    receivedAt: '2026-11-23T09:15:00+07:00',
    complainant: { name: 'นางสาวสุดา ใจดี', phone: '081-234-5678', email: 'suda@example.com' },
    respondent: { name: 'ร้านสมใจพาณิชย์' },
    place: { name: 'ตลาดสดเทศบาล', address: '12 ถนนท่าแพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่', provinceCode: '50', lat: 18.79, lng: 98.99 },
    details: 'ซื้อหมูที่ตลาดสดเทศบาล แม่ค้าชั่งให้ 1 กิโลกรัม แต่พอกลับมาชั่งที่บ้านได้แค่ประมาณ 800 กรัม',
    keywords: ['ตาชั่ง', 'ชั่งขาด', 'ตาชั่ง'],
  };
}

function fields(body: unknown): string[] {
  const result = validateHotlineComplaint(body, rules);
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
}

describe('1569 complaint validation', () => {
  it('maps a valid complaint, trimming text, de-duplicating keywords and deriving the subject', () => {
    const body = valid();
    body.complainant.name = '  นางสาวสุดา ใจดี ';
    const result = validateHotlineComplaint(body, rules);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      ticketNo: '1569-2569-00001234',
      complainantName: 'นางสาวสุดา ใจดี',
      complainantPhone: '081-234-5678',
      provinceCode: '50',
      lat: 18.79,
      lng: 98.99,
      keywords: ['ตาชั่ง', 'ชั่งขาด'],
      subject: subjectFrom(body.details),
    });
    expect(result.value.receivedAt.toISOString()).toBe('2026-11-23T02:15:00.000Z');
  });

  it('accepts a complaint without optional fields', () => {
    const body = valid();
    delete body.complainant.phone;
    delete body.complainant.email;
    delete body.place.lat;
    delete body.place.lng;
    delete body.keywords;
    body.subject = 'ตาชั่งโกง';
    const result = validateHotlineComplaint(body, rules);
    expect(result.ok && result.value).toMatchObject({ complainantPhone: null, complainantEmail: null, lat: null, lng: null, keywords: [], subject: 'ตาชั่งโกง' });
  });

  it('names every missing required field at once, nested ones by their path', () => {
    expect(fields({})).toEqual([
      'ticketNo:REQUIRED', 'receivedAt:REQUIRED', 'complainant.name:REQUIRED', 'respondent.name:REQUIRED',
      'place.name:REQUIRED', 'place.address:REQUIRED', 'place.provinceCode:REQUIRED', 'details:REQUIRED',
    ]);
  });

  it('names each malformed field with a code', () => {
    const body = valid();
    body.ticketNo = 'ticket with spaces';
    body.receivedAt = '2026-11-23 09:15';
    body.complainant.phone = 'call me';
    body.complainant.email = 'not-an-email';
    body.place.provinceCode = '5';
    body.place.lat = 'north';
    body.place.lng = 150;
    body.keywords = 'ตาชั่ง';
    expect(fields(body)).toEqual([
      'ticketNo:INVALID_FORMAT', 'receivedAt:INVALID_FORMAT', 'complainant.phone:INVALID_FORMAT', 'complainant.email:INVALID_FORMAT',
      'place.provinceCode:INVALID_FORMAT', 'place.lat:INVALID_TYPE', 'place.lng:OUT_OF_RANGE', 'keywords:INVALID_TYPE',
    ]);
  });

  it('refuses unknown provinces, wrong types, over-long text, future dates and half coordinates', () => {
    const body = valid();
    body.place.provinceCode = '99';
    body.complainant = 'someone';
    body.details = 'ก'.repeat(10_001);
    body.receivedAt = '2026-11-23T12:00:00+07:00'; // two hours ahead of NOW
    delete body.place.lng;
    body.keywords = ['ok', 42];
    expect(fields(body)).toEqual([
      'receivedAt:OUT_OF_RANGE', 'complainant:INVALID_TYPE', 'complainant.name:REQUIRED', 'place.provinceCode:UNKNOWN_PROVINCE',
      'place.lng:REQUIRED', 'details:TOO_LONG', 'keywords.1:INVALID_TYPE',
    ]);
  });

  it('needs a time zone on receivedAt, so a local time is never misread as UTC', () => {
    const body = valid();
    body.receivedAt = '2026-11-23T09:15:00';
    expect(fields(body)).toEqual(['receivedAt:INVALID_FORMAT']);
    body.receivedAt = '2026-11-23T02:15:00Z';
    expect(fields(body)).toEqual([]);
  });

  it('refuses a body that is not an object', () => {
    expect(fields([1, 2])).toEqual([':INVALID_TYPE']);
    expect(fields('complaint')).toEqual([':INVALID_TYPE']);
  });

  it('cuts a long subject line at 80 characters', () => {
    expect(subjectFrom('สั้น')).toBe('สั้น');
    expect(subjectFrom('ก'.repeat(100))).toBe(`${'ก'.repeat(77)}...`);
    expect(subjectFrom('บรรทัด\nใหม่')).toBe('บรรทัด ใหม่');
  });
});
