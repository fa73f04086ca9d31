import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { OrderInputType } from '@metrograph/kit';

@InputType({ description: 'Which provinces to list; all conditions must hold.' })
export class ProvinceFilter {
  @Field(() => ID, { nullable: true, description: 'Only provinces of this region (N, NE, C, E, W, S).' })
  regionCode?: string;

  @Field(() => ID, { nullable: true, description: 'Only provinces served by this office.' })
  officeCode?: string;

  @Field(() => [ID], { nullable: true, description: 'Only these province codes.' })
  codes?: string[];

  @Field(() => String, { nullable: true, description: 'Part of the Thai or English name (case-insensitive substring).' })
  search?: string;
}

export enum ProvinceOrderField {
  CODE = 'code',
  NAME_TH = 'nameTh',
  NAME_EN = 'nameEn',
}
registerEnumType(ProvinceOrderField, {
  name: 'ProvinceOrderField',
  description: 'Property provinces can be sorted by.',
  valuesConfig: {
    CODE: { description: 'Official province code.' },
    NAME_TH: { description: 'Thai name.' },
    NAME_EN: { description: 'English name.' },
  },
});

export const ProvinceOrder = OrderInputType(ProvinceOrderField, 'Province');
export type ProvinceOrder = InstanceType<typeof ProvinceOrder>;
