import 'reflect-metadata';
import { buildFederatedSchema, type SubgraphDefinition } from '@metrograph/kit';
import { PaymentRequest } from './payment-request/payment-request.entity.js';
import { OperatorPaymentRequestsResolver, PaymentRequestResolver } from './payment-request/payment-request.resolver.js';
import { resolvePaymentRequestReference } from './payment-request/payment-request.reference.js';
import { resolveOperatorReference } from './operator/operator.reference.js';
import { migrations } from './migrations/index.js';

export const entities = [PaymentRequest];

/** Payments: fee and fine payment requests (pay-in slips) settled through the bank (004 §4.5.10). */
export const payments: SubgraphDefinition = {
  name: 'payments',
  defaultPort: 4004,
  entities,
  migrations,
  buildSchema: () =>
    buildFederatedSchema(
      { resolvers: [PaymentRequestResolver, OperatorPaymentRequestsResolver] },
      {
        Operator: { __resolveReference: resolveOperatorReference },
        PaymentRequest: { __resolveReference: resolvePaymentRequestReference },
      },
    ),
};

export { PaymentRequest };
