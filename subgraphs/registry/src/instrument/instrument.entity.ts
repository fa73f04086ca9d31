import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Operator } from '../operator/operator.entity.js';

/** Instrument types that must be reported on (004 §4.5.15 (6)), plus common trade scales. */
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

export enum MeasureUnit {
  G = 'G',
  KG = 'KG',
  T = 'T',
  L = 'L',
  M3 = 'M3',
  PERCENT = 'PERCENT',
  MM = 'MM',
}
registerEnumType(MeasureUnit, {
  name: 'MeasureUnit',
  description: 'Unit of an instrument\'s capacity and resolution.',
  valuesConfig: {
    G: { description: 'Gram.' },
    KG: { description: 'Kilogram.' },
    T: { description: 'Tonne.' },
    L: { description: 'Litre.' },
    M3: { description: 'Cubic metre.' },
    PERCENT: { description: 'Percent (moisture or starch content).' },
    MM: { description: 'Millimetre (tank level).' },
  },
});

@Entity({ tableName: 'instrument' })
@Index({ properties: ['owner', 'instrumentNo'] })
@Index({ properties: ['provinceCode', 'type'] })
@ObjectType({ description: 'A weighing or measuring instrument in trade use (เครื่องชั่งตวงวัด), identified by the 20-digit number on its QR sticker.' })
export class Instrument {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable instrument id.' })
  id!: string;

  @Property({ type: 'string', length: 20, unique: true })
  @Field(() => String, { description: '20-digit instrument number (เลขลำดับประจำเครื่อง) encoded in the QR sticker.' })
  instrumentNo!: string;

  @Enum({ items: () => InstrumentType, nativeEnumName: 'instrument_type' })
  @Field(() => InstrumentType, { description: 'Type of instrument.' })
  type!: InstrumentType;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'Brand (ยี่ห้อ).' })
  brand!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'Model (โมเดล).' })
  model!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'Manufacturer serial number (ซีเรียลนัมเบอร์).' })
  serialNo!: string;

  @Property({ type: 'double' })
  @Field(() => Float, { description: 'Maximum capacity (พิกัดกำลัง), in `unit`.' })
  capacity!: number;

  @Property({ type: 'double' })
  @Field(() => Float, { description: 'Resolution, the smallest readable step (ค่าอ่านละเอียด), in `unit`.' })
  resolution!: number;

  @Enum({ items: () => MeasureUnit, nativeEnumName: 'measure_unit' })
  @Field(() => MeasureUnit, { description: 'Unit of capacity and resolution.' })
  unit!: MeasureUnit;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Software (program) version of an electronic instrument (โปรแกรม).' })
  softwareVersion?: string | null;

  @Property({ type: 'string', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: 'Prototype (type-approval) registration number (หมายเลขทะเบียนต้นแบบ).' })
  prototypeRegistrationNo?: string | null;

  @Property({ type: 'string', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: 'Number of the verification seal on the instrument.' })
  sealNo?: string | null;

  @Property({ type: 'string', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: 'Number of the current verification certificate (คำรับรอง).' })
  certificateNo?: string | null;

  @Property({ type: 'date', nullable: true })
  @Index()
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day the verification certificate is valid (วันที่อายุคำรับรอง), YYYY-MM-DD; null if never verified.' })
  certificateExpiresOn?: string | null;

  @ManyToOne(() => Operator, { fieldName: 'owner_id', index: true })
  owner!: Operator;

  @Property({ type: 'string', length: 300 })
  @Field(() => String, { description: 'Name of the place where the instrument is installed, e.g. a market stall or service station.' })
  placeName!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Address where the instrument is installed (สถานที่ติดตั้งเครื่อง).' })
  address!: string;

  @Property({ type: 'string', length: 2 })
  provinceCode!: string;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Latitude of the installation place (WGS 84).' })
  lat?: number | null;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Longitude of the installation place (WGS 84).' })
  lng?: number | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When the instrument was registered.' })
  createdAt: Date = new Date();
}
