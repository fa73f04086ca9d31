import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { OrderInputType } from '@metrograph/kit';
import { InstrumentType } from './instrument.entity.js';
import { CertificateStatus } from './instrument.service.js';

registerEnumType(CertificateStatus, {
  name: 'CertificateStatus',
  description: 'Colour of an instrument\'s verification certificate on maps and lists.',
  valuesConfig: {
    VALID: { description: 'Green: valid for more than 60 more days.' },
    EXPIRING_60: { description: 'Yellow: expires within 60 days.' },
    EXPIRING_30: { description: 'Orange: expires within 30 days.' },
    EXPIRED: { description: 'Red: expired, or never verified.' },
  },
});

@InputType({ description: 'Which instruments to list; all given conditions must hold.' })
export class InstrumentFilter {
  @Field(() => ID, { nullable: true, description: 'Only instruments owned by this operator.' })
  ownerId?: string;

  @Field(() => [InstrumentType], { nullable: true, description: 'Only instruments of these types.' })
  types?: InstrumentType[];

  @Field(() => [ID], { nullable: true, description: 'Only instruments installed in these provinces (codes).' })
  provinceCodes?: string[];

  @Field(() => [CertificateStatus], { nullable: true, description: 'Only instruments whose certificate has one of these colours (today, Thai time).' })
  certificateStatuses?: CertificateStatus[];

  @Field(() => String, { nullable: true, description: 'Part of the instrument number, serial number, brand, model or place name.' })
  search?: string;
}

export enum InstrumentOrderField {
  INSTRUMENT_NO = 'instrumentNo',
  CREATED_AT = 'createdAt',
}
registerEnumType(InstrumentOrderField, {
  name: 'InstrumentOrderField',
  description: 'Property instruments can be sorted by.',
  valuesConfig: {
    INSTRUMENT_NO: { description: '20-digit instrument number.' },
    CREATED_AT: { description: 'Registration time.' },
  },
});

export const InstrumentOrder = OrderInputType(InstrumentOrderField, 'Instrument');
export type InstrumentOrder = InstanceType<typeof InstrumentOrder>;
