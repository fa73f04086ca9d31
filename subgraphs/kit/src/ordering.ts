import 'reflect-metadata';
import { Field, InputType } from 'type-graphql';
import { SortDirection, type SortKey } from './connection.js';

/**
 * Makes the `XOrder` input of a list: one sort key (an enum of sortable properties) and a direction.
 * Lists take `orderBy: [XOrder!]`, most significant key first.
 */
export function OrderInputType<E extends Record<string, string>>(fieldEnum: E, name: string) {
  @InputType(`${name}Order`, { description: `One sort key for ${name} lists.` })
  class OrderInput {
    @Field(() => fieldEnum as object, { description: 'Property to sort by.' })
    field!: E[keyof E];

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending or descending.' })
    direction: SortDirection = SortDirection.ASC;
  }
  return OrderInput;
}

/** Sort keys from an orderBy argument, or the default when none is given. */
export function sortKeys(orderBy: { field: string; direction: SortDirection }[] | null | undefined, fallback: SortKey[]): SortKey[] {
  if (!orderBy || orderBy.length === 0) return fallback;
  return orderBy.map((o) => ({ field: o.field, direction: o.direction ?? SortDirection.ASC }));
}

/** Escapes LIKE wildcards so a search finds the text as typed (Thai included: substring, no word breaks needed). */
export function likePattern(search: string): string {
  return `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A case-insensitive substring condition over several properties, or null for an empty search. */
export function searchCondition(fields: string[], search: string | null | undefined): Record<string, unknown> | null {
  if (!search || search.trim() === '') return null;
  const pattern = likePattern(search);
  return { $or: fields.map((f) => ({ [f]: { $ilike: pattern } })) };
}

/** Joins conditions with AND, skipping empty ones. */
export function allOf(...conditions: (Record<string, unknown> | null | undefined | false)[]): Record<string, unknown> {
  const list = conditions.filter((c): c is Record<string, unknown> => !!c && Object.keys(c).length > 0);
  return list.length === 0 ? {} : { $and: list };
}
