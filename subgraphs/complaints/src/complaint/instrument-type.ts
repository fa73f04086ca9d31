import { registerEnumType } from 'type-graphql';
import { normalizeThai } from '../triage/triage.service.js';

/**
 * The registry's instrument types, declared here with the same name, values and descriptions (a subgraph
 * never imports another's code; composition merges the two declarations into one enum). A complaint keeps
 * the type of the instrument it is about, so dashboards can filter complaints by instrument type.
 */
export enum InstrumentType {
  NON_AUTOMATIC_SCALE = 'NON_AUTOMATIC_SCALE',
  RICE_MOISTURE_METER = 'RICE_MOISTURE_METER',
  CASSAVA_STARCH_SCALE = 'CASSAVA_STARCH_SCALE',
  CORN_MOISTURE_METER = 'CORN_MOISTURE_METER',
  VEHICLE_SCALE = 'VEHICLE_SCALE',
  FUEL_DISPENSER = 'FUEL_DISPENSER',
  FUEL_PREPAY_DISPENSER = 'FUEL_PREPAY_DISPENSER',
  DIRECT_MASS_METER = 'DIRECT_MASS_METER',
  LPG_DISPENSER = 'LPG_DISPENSER',
  CNG_DISPENSER = 'CNG_DISPENSER',
  AUTOMATIC_TANK_GAUGE = 'AUTOMATIC_TANK_GAUGE',
}
registerEnumType(InstrumentType, {
  name: 'InstrumentType',
  description: 'Type of weighing or measuring instrument (004 §4.5.15 (6)).',
  valuesConfig: {
    NON_AUTOMATIC_SCALE: { description: 'Non-automatic weighing instrument used in shops and markets, เครื่องชั่งไม่อัตโนมัติ.' },
    RICE_MOISTURE_METER: { description: 'Rice moisture meter, เครื่องวัดความชื้นข้าว.' },
    CASSAVA_STARCH_SCALE: { description: 'Scale measuring the starch percentage of cassava roots, เครื่องชั่งวัดอัตราส่วนร้อยละของแป้งในหัวมัน.' },
    CORN_MOISTURE_METER: { description: 'Maize moisture meter, เครื่องวัดความชื้นข้าวโพด.' },
    VEHICLE_SCALE: { description: 'Weighbridge for vehicles, เครื่องชั่งรถยนต์.' },
    FUEL_DISPENSER: { description: 'Fuel dispenser volume meter, มาตรวัดปริมาตรน้ำมันเชื้อเพลิง.' },
    FUEL_PREPAY_DISPENSER: { description: 'Pre-set (pay-before-fill) fuel meter, มาตรวัดน้ำมันเชื้อเพลิงจ่ายก่อนเติม.' },
    DIRECT_MASS_METER: { description: 'Direct mass flow meter, มาตรวัดมวลโดยตรง.' },
    LPG_DISPENSER: { description: 'LPG volume meter at service stations, มาตรวัดปริมาตรก๊าซปิโตรเลียมเหลวตามสถานีบริการ.' },
    CNG_DISPENSER: { description: 'Direct mass meter for gas in vapour state (NGV/CNG) at service stations, มาตรวัดมวลโดยตรงที่ใช้วัดก๊าซที่มีสถานะเป็นไอ.' },
    AUTOMATIC_TANK_GAUGE: { description: 'Automatic tank gauge (ATG), เครื่องวัดระดับความสูงอัตโนมัติ.' },
  },
});

/**
 * Terms naming each instrument type in a complaint's text, most specific types first: the first type with
 * a matching term wins, so "เครื่องชั่งรถบรรทุก" is a weighbridge, not a shop scale.
 */
const INSTRUMENT_TERMS: [InstrumentType, string[]][] = [
  [InstrumentType.VEHICLE_SCALE, ['เครื่องชั่งรถบรรทุก', 'เครื่องชั่งรถยนต์', 'ตาชั่งรถ', 'ชั่งรถบรรทุก']],
  [InstrumentType.CORN_MOISTURE_METER, ['ความชื้นข้าวโพด']],
  [InstrumentType.RICE_MOISTURE_METER, ['ความชื้นข้าว', 'หักความชื้น']],
  [InstrumentType.CASSAVA_STARCH_SCALE, ['เชื้อแป้ง', 'แป้งในหัวมัน', 'ลานมัน']],
  [InstrumentType.LPG_DISPENSER, ['lpg', 'แอลพีจี', 'ก๊าซปิโตรเลียมเหลว']],
  [InstrumentType.CNG_DISPENSER, ['ngv', 'cng', 'เอ็นจีวี']],
  [InstrumentType.FUEL_PREPAY_DISPENSER, ['จ่ายก่อนเติม', 'เติมก่อนจ่าย']],
  [InstrumentType.AUTOMATIC_TANK_GAUGE, ['วัดระดับน้ำมัน', 'ถังเก็บน้ำมันใต้ดิน', 'atg']],
  [InstrumentType.DIRECT_MASS_METER, ['มาตรวัดมวล']],
  [InstrumentType.FUEL_DISPENSER, ['ตู้จ่ายน้ำมัน', 'หัวจ่าย', 'ปั๊มน้ำมัน', 'เต็มลิตร', 'ครบลิตร', 'ขาดลิตร', 'มิเตอร์น้ำมัน']],
  [InstrumentType.NON_AUTOMATIC_SCALE, ['ตาชั่ง', 'เครื่องชั่ง', 'ชั่งขาด', 'น้ำหนักขาด', 'ชั่งให้', 'ชั่ง']],
].map(([type, terms]) => [type as InstrumentType, (terms as string[]).map(normalizeThai)]);

/** The instrument type a complaint's text points to, for intake; null when it names none (e.g. a taxi meter). */
export function suggestInstrumentType(text: string, keywords: string[] = []): InstrumentType | null {
  const haystack = normalizeThai(`${text} ${keywords.join(' ')}`);
  return INSTRUMENT_TERMS.find(([, terms]) => terms.some((t) => haystack.includes(t)))?.[0] ?? null;
}
