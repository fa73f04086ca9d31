import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { OrderInputType } from '@metrograph/kit';
import { OperatorKind, OperatorStatus } from './operator.entity.js';

@InputType({ description: 'Which operators to list; all given conditions must hold.' })
export class OperatorFilter {
  @Field(() => [OperatorKind], { nullable: true, description: 'Only operators of these kinds.' })
  kinds?: OperatorKind[];

  @Field(() => [OperatorStatus], { nullable: true, description: 'Only operators with these statuses.' })
  statuses?: OperatorStatus[];

  @Field(() => [ID], { nullable: true, description: 'Only operators located in these provinces (codes).' })
  provinceCodes?: string[];

  @Field(() => String, { nullable: true, description: 'Part of the Thai or English name, registration number or tax id.' })
  search?: string;
}

export enum OperatorOrderField {
  NAME_TH = 'nameTh',
  REGISTRATION_NO = 'registrationNo',
  REGISTERED_AT = 'registeredAt',
}
registerEnumType(OperatorOrderField, {
  name: 'OperatorOrderField',
  description: 'Property operators can be sorted by.',
  valuesConfig: {
    NAME_TH: { description: 'Thai name (Thai collation of the database).' },
    REGISTRATION_NO: { description: 'Registration number.' },
    REGISTERED_AT: { description: 'Registration time.' },
  },
});

export const OperatorOrder = OrderInputType(OperatorOrderField, 'Operator');
export type OperatorOrder = InstanceType<typeof OperatorOrder>;
