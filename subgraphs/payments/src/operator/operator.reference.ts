import { Operator } from './operator.js';

/** Payments holds no operator data: any operator id resolves to a stub the payment-request fields hang off. */
export function resolveOperatorReference(reference: { id: string }): Operator {
  return Object.assign(new Operator(), { id: reference.id });
}
