import { Field, ID, InputType } from 'type-graphql';
import { OfficeKind } from './office.entity.js';

@InputType({ description: 'Which offices to list; all conditions must hold.' })
export class OfficeFilter {
  @Field(() => OfficeKind, { nullable: true, description: 'Only offices of this kind.' })
  kind?: OfficeKind;

  @Field(() => ID, { nullable: true, description: 'Only the office that serves this province.' })
  servesProvinceCode?: string;

  @Field(() => ID, { nullable: true, description: 'Only offices whose served provinces lie in this region.' })
  regionCode?: string;

  @Field(() => String, { nullable: true, description: 'Part of the Thai or English name (case-insensitive substring).' })
  search?: string;
}
