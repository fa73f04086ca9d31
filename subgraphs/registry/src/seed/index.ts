import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BUSINESS_KINDS, INSTRUMENT_BRANDS, batches, businessName, mobilePhone, personName, rngFor, stableUuid, streetAddress,
  thaiId, type DemoSize, type Rng,
} from '@metrograph/kit/demo';
import { Operator, OperatorKind, OperatorStatus } from '../operator/operator.entity.js';
import { Instrument, InstrumentType, MeasureUnit } from '../instrument/instrument.entity.js';
import { instrumentNoCheckDigit } from '../instrument/instrument.service.js';

export interface SeedOptions {
  seed: string;
  size: DemoSize;
  /** Day the demo data is anchored on; dates are spread before (and certificates after) it. */
  anchor: Date;
  provinces: { code: string; nameTh: string; lat: number; lng: number }[];
}

/** What the complaints and payments seeders need to know about operators. */
export interface OperatorFact {
  id: string;
  nameTh: string;
  kind: OperatorKind;
  provinceCode: string;
  placeName: string;
  address: string;
  lat: number;
  lng: number;
}

const DAY = 86_400_000;
const KIND_WEIGHTS: [OperatorKind, number][] = [
  [OperatorKind.WEIGHTS_AND_MEASURES_BUSINESS, 70],
  [OperatorKind.PACKAGED_GOODS_OPERATOR, 14],
  [OperatorKind.VOLUNTEER, 9],
  [OperatorKind.INSPECTOR, 4],
  [OperatorKind.INSPECTION_UNIT, 2],
  [OperatorKind.PROTOTYPE_TEST_UNIT, 1],
];

interface TypeSpec {
  type: InstrumentType;
  unit: MeasureUnit;
  capacities: [number, number][];
}
const SCALE: TypeSpec = { type: InstrumentType.NON_AUTOMATIC_SCALE, unit: MeasureUnit.KG, capacities: [[3, 0.001], [7, 0.002], [15, 0.005], [30, 0.01], [60, 0.02], [150, 0.05]] };
const SPECS: Record<string, TypeSpec[]> = {
  fuel: [
    { type: InstrumentType.FUEL_DISPENSER, unit: MeasureUnit.L, capacities: [[9999, 0.01]] },
    { type: InstrumentType.FUEL_PREPAY_DISPENSER, unit: MeasureUnit.L, capacities: [[9999, 0.01]] },
    { type: InstrumentType.AUTOMATIC_TANK_GAUGE, unit: MeasureUnit.MM, capacities: [[4000, 1]] },
  ],
  gas: [
    { type: InstrumentType.LPG_DISPENSER, unit: MeasureUnit.L, capacities: [[999, 0.01]] },
    { type: InstrumentType.CNG_DISPENSER, unit: MeasureUnit.KG, capacities: [[999, 0.01]] },
    { type: InstrumentType.DIRECT_MASS_METER, unit: MeasureUnit.KG, capacities: [[5000, 0.1]] },
  ],
  rice: [
    { type: InstrumentType.RICE_MOISTURE_METER, unit: MeasureUnit.PERCENT, capacities: [[40, 0.1]] },
    { type: InstrumentType.VEHICLE_SCALE, unit: MeasureUnit.KG, capacities: [[60000, 20], [80000, 20]] },
  ],
  cassava: [
    { type: InstrumentType.CASSAVA_STARCH_SCALE, unit: MeasureUnit.KG, capacities: [[10, 0.005]] },
    { type: InstrumentType.VEHICLE_SCALE, unit: MeasureUnit.KG, capacities: [[60000, 20]] },
  ],
  corn: [
    { type: InstrumentType.CORN_MOISTURE_METER, unit: MeasureUnit.PERCENT, capacities: [[40, 0.1]] },
    { type: InstrumentType.VEHICLE_SCALE, unit: MeasureUnit.KG, capacities: [[60000, 20]] },
  ],
  gold: [{ type: InstrumentType.NON_AUTOMATIC_SCALE, unit: MeasureUnit.G, capacities: [[200, 0.01], [600, 0.01]] }],
  trade: [SCALE],
};
const TYPE_CODE = new Map(Object.values(InstrumentType).map((t, i) => [t, String(i + 1).padStart(2, '0')]));

function premisesGroup(premises: string): keyof typeof SPECS {
  if (premises.includes('ก๊าซ') || premises.includes('แก๊ส')) return 'gas';
  if (premises.includes('น้ำมัน')) return 'fuel';
  if (premises.includes('โรงสี') || premises.includes('ข้าว')) return 'rice';
  if (premises.includes('มัน')) return 'cassava';
  if (premises.includes('ข้าวโพด') || premises.includes('พืชไร่')) return 'corn';
  if (premises.includes('ทอง')) return 'gold';
  return 'trade';
}

function provinceWeight(code: string): number {
  return code === '10' ? 10 : ['11', '12', '13', '20', '50', '30', '40', '90', '83'].includes(code) ? 3 : 1;
}

function jitter(rng: Rng, value: number, spread: number): number {
  return Math.round((value + (rng.next() - 0.5) * 2 * spread) * 1e5) / 1e5;
}

export function instrumentNumber(provinceCode: string, type: InstrumentType, beYear: number, sequence: number): string {
  const body = `${provinceCode}${TYPE_CODE.get(type)}${beYear}${String(sequence).padStart(11, '0')}`;
  return body + instrumentNoCheckDigit(body);
}

/** Writes demo operators and instruments in batches and returns the facts other seeders need. */
export async function seedRegistry(em: EntityManager, options: SeedOptions): Promise<OperatorFact[]> {
  const { seed, size, anchor, provinces } = options;
  const weightedProvinces = provinces.map((p) => [p, provinceWeight(p.code)] as const);
  const facts: OperatorFact[] = [];
  let instrumentSeq = 0;
  for (const [start, end] of batches(size.operators, 1000)) {
    const operators: Record<string, unknown>[] = [];
    const instruments: Record<string, unknown>[] = [];
    for (let i = start; i < end; i++) {
      const rng = rngFor(seed, 'operator', i);
      const province = rng.weighted(weightedProvinces);
      const kind = rng.weighted(KIND_WEIGHTS);
      const person = personName(rng);
      const isPerson = kind === OperatorKind.VOLUNTEER || kind === OperatorKind.INSPECTOR;
      const premises = rng.pick(BUSINESS_KINDS);
      const nameTh = isPerson ? person.full : businessName(rng);
      const address = streetAddress(rng, province.nameTh);
      const registeredAt = new Date(anchor.getTime() - rng.int(30, 3650) * DAY - rng.int(0, 8 * 3600) * 1000);
      const id = stableUuid(seed, 'operator', i);
      const lat = jitter(rng, province.lat, 0.12);
      const lng = jitter(rng, province.lng, 0.12);
      operators.push({
        id,
        registrationNo: `OP-${province.code}-${String(i + 1).padStart(7, '0')}`,
        kind,
        taxId: isPerson ? thaiId(rng) : thaiId(rng, 0),
        nameTh,
        nameEn: null,
        responsiblePerson: person.full,
        phone: mobilePhone(rng),
        email: rng.chance(0.6) ? `contact${i + 1}@example.co.th` : null,
        address,
        provinceCode: province.code,
        status: rng.weighted([[OperatorStatus.ACTIVE, 95], [OperatorStatus.SUSPENDED, 3], [OperatorStatus.REVOKED, 2]]),
        registeredAt,
        updatedAt: registeredAt,
      });
      facts.push({ id, nameTh, kind, provinceCode: province.code, placeName: isPerson ? nameTh : `${premises} ${nameTh}`, address, lat, lng });
      if (kind !== OperatorKind.WEIGHTS_AND_MEASURES_BUSINESS && kind !== OperatorKind.PACKAGED_GOODS_OPERATOR) continue;
      const specs = SPECS[premisesGroup(premises)];
      const count = rng.int(1, Math.max(1, size.instrumentsPerOperator * 2 - 1));
      for (let k = 0; k < count; k++) {
        const spec = rng.pick(specs);
        const [capacity, resolution] = rng.pick(spec.capacities);
        const seq = instrumentSeq++;
        const beYear = registeredAt.getUTCFullYear() + 543;
        const verified = rng.chance(0.97);
        const expires = new Date(Math.floor(anchor.getTime() / DAY) * DAY + rng.int(-120, 730) * DAY).toISOString().slice(0, 10);
        instruments.push({
          id: stableUuid(seed, 'instrument', seq),
          instrumentNo: instrumentNumber(province.code, spec.type, beYear, seq + 1),
          type: spec.type,
          brand: rng.pick(INSTRUMENT_BRANDS),
          model: `${rng.pick(['A', 'B', 'C', 'D', 'E', 'K', 'M', 'T', 'X'])}${rng.int(10, 990)}`,
          serialNo: `SN${rng.digits(9)}`,
          capacity,
          resolution,
          unit: spec.unit,
          softwareVersion: rng.chance(0.5) ? `${rng.int(1, 4)}.${rng.int(0, 9)}.${rng.int(0, 20)}` : null,
          prototypeRegistrationNo: rng.chance(0.8) ? `ตบ.${rng.int(100, 9999)}/${beYear - rng.int(1, 10)}` : null,
          sealNo: verified ? `ซ-${rng.digits(7)}` : null,
          certificateNo: verified ? `CR-${province.code}-${String(seq + 1).padStart(9, '0')}` : null,
          certificateExpiresOn: verified ? expires : null,
          owner: id,
          placeName: `${premises} ${nameTh}`.slice(0, 300),
          address,
          provinceCode: province.code,
          lat: jitter(rng, lat, 0.002),
          lng: jitter(rng, lng, 0.002),
          createdAt: new Date(registeredAt.getTime() + rng.int(0, 30) * DAY),
        });
      }
    }
    await em.transactional(async (tx) => {
      await tx.insertMany(Operator, operators as never[]);
      for (const [from, to] of batches(instruments.length, 1000)) await tx.insertMany(Instrument, instruments.slice(from, to) as never[]);
    });
  }
  return facts;
}

export async function resetRegistry(em: EntityManager): Promise<void> {
  await em.getConnection().execute('truncate "registry"."instrument", "registry"."operator"');
}

export async function registryIsSeeded(em: EntityManager): Promise<boolean> {
  return (await em.count(Operator, {})) > 0;
}
