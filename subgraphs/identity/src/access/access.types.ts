import { Field, ObjectType } from 'type-graphql';
import { AccessLevel } from '@metrograph/kit';
import { AppFunction } from './functions.js';

@ObjectType({ description: 'An access level on one function.' })
export class FunctionRight {
  @Field(() => AppFunction, { description: 'The function.' })
  function!: AppFunction;

  @Field(() => AccessLevel, { description: 'The level on it.' })
  level!: AccessLevel;
}

export function rightsList(rights: Record<string, AccessLevel>): FunctionRight[] {
  return Object.values(AppFunction).map((fn) => Object.assign(new FunctionRight(), { function: fn, level: rights[fn] ?? AccessLevel.NO_ACCESS }));
}
