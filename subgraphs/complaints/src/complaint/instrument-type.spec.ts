import { describe, expect, it } from 'vitest';
import { COMPLAINT_TEMPLATES } from '@metrograph/kit/demo';
import { InstrumentType, suggestInstrumentType } from './instrument-type.js';

describe('instrument type of a complaint', () => {
  it('names the instrument a complaint is about, the most specific type first', () => {
    expect(suggestInstrumentType('แม่ค้าชั่งหมูให้ 1 กิโลกรัม กลับบ้านได้ 800 กรัม ตาชั่งโกง')).toBe(InstrumentType.NON_AUTOMATIC_SCALE);
    expect(suggestInstrumentType('เครื่องชั่งรถบรรทุกของลานรับซื้อปาล์มชั่งขาด')).toBe(InstrumentType.VEHICLE_SCALE);
    expect(suggestInstrumentType('ปั๊มน้ำมันจ่ายน้ำมันไม่เต็มลิตร', ['หัวจ่าย'])).toBe(InstrumentType.FUEL_DISPENSER);
    expect(suggestInstrumentType('หัวจ่ายก๊าซ LPG ปริมาณไม่ตรง')).toBe(InstrumentType.LPG_DISPENSER);
    expect(suggestInstrumentType('โรงสีหักความชื้นข้าวโพดเกินจริง')).toBe(InstrumentType.CORN_MOISTURE_METER);
  });

  it('names none when the text is about something the registry does not list', () => {
    expect(suggestInstrumentType('มิเตอร์แท็กซี่เดินเร็วผิดปกติ', ['ค่าโดยสาร'])).toBeNull();
  });

  it('gives most demo complaint texts a type, so dashboards can filter them', () => {
    const typed = COMPLAINT_TEMPLATES.filter((t) => suggestInstrumentType(t.text, [...t.keywords]) !== null);
    expect(typed.length / COMPLAINT_TEMPLATES.length).toBeGreaterThan(0.5);
  });
});
