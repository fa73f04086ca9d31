import 'reflect-metadata';
import { PaymentSubscriptionResolver } from './payment-request/payment-request.subscriptions.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildFederatedSchema, log, NumberSeries, OutboxEvent, ProcessedEvent, type SubgraphDefinition } from '@metrograph/kit';
import { PaymentRequest } from './payment-request/payment-request.entity.js';
import { OperatorPaymentRequestsResolver, PaymentRequestResolver } from './payment-request/payment-request.resolver.js';
import { resolvePaymentRequestReference } from './payment-request/payment-request.reference.js';
import { resolveOperatorReference } from './operator/operator.reference.js';
import { FeeRate } from './fee-rate/fee-rate.entity.js';
import { FeeRateResolver } from './fee-rate/fee-rate.resolver.js';
import { BankNotification } from './bank/bank-notification.entity.js';
import { AuditRecord } from './audit/audit-record.entity.js';
import { PaymentAdjustment } from './adjustment/adjustment.entity.js';
import { AdjustmentResolver, PaymentRequestAdjustmentsResolver } from './adjustment/adjustment.resolver.js';
import { PayInResolver } from './pay-in/pay-in.resolver.js';
import { ReconciliationResolver } from './reconciliation/reconciliation.resolver.js';
import { PaymentStatsResolver } from './stats/payment-stats.resolver.js';
import { PaymentRollup } from './stats/payment-rollup.entity.js';
import { BANK_CALLBACK_PATH, bankCallbackHandler } from './bank/bank-callback.js';
import { fineSettlementConsumer } from './events/fine-settlement.consumer.js';
import { paymentsConfig } from './config.js';
import { migrations } from './migrations/index.js';

export const entities = [PaymentRequest, FeeRate, BankNotification, AuditRecord, PaymentAdjustment, PaymentRollup, NumberSeries, OutboxEvent, ProcessedEvent];

/** Payments: fee and fine payment requests (pay-in slips) settled through the bank (004 §4.5.10). */
export const payments: SubgraphDefinition = {
  name: 'payments',
  defaultPort: 4004,
  entities,
  migrations,
  buildSchema: () =>
    buildFederatedSchema(
      { resolvers: [PaymentSubscriptionResolver, PaymentRequestResolver, OperatorPaymentRequestsResolver, FeeRateResolver, AdjustmentResolver, PaymentRequestAdjustmentsResolver, PayInResolver, ReconciliationResolver, PaymentStatsResolver] },
      {
        Operator: { __resolveReference: resolveOperatorReference },
        PaymentRequest: { __resolveReference: resolvePaymentRequestReference },
      },
    ),
  consumers: [fineSettlementConsumer],
  routes(app, orm) {
    const config = paymentsConfig();
    if (!config.bankSecret) {
      log('payments', 'warn', `BANK_SHARED_SECRET is not set: ${BANK_CALLBACK_PATH} answers 503 until it is`);
      app.post(BANK_CALLBACK_PATH, (_req: IncomingMessage, res: ServerResponse) => {
        res.statusCode = 503;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ error: 'bank link not configured' }));
      });
      return;
    }
    app.post(BANK_CALLBACK_PATH, bankCallbackHandler({ orm, secret: config.bankSecret, billerId: config.billerId }));
  },
};

export { PaymentRequest, FeeRate, BankNotification, AuditRecord, PaymentAdjustment };
export { PaymentStatus, PaymentSourceType } from './payment-request/payment-request.entity.js';
export { NotificationOutcome, BankEventType, NotificationChannel } from './bank/bank-notification.entity.js';
export { AuditAction } from './audit/audit-record.entity.js';
export { bankCallbackHandler, BANK_CALLBACK_PATH } from './bank/bank-callback.js';
export { BankAdapter, BankError } from './bank/bank-adapter.js';
export { useBankAdapter, bankAdapter } from './bank/bank-link.js';
export { runInquiry, inquireOne, startPaymentJobs } from './bank/inquiry.js';
export { reconcileStatement, statementReconciled } from './bank/statement.js';
export { signHeaders, verifySignature, TIMESTAMP_HEADER, SIGNATURE_HEADER } from './bank/signature.js';
export { applyBankNotification, createPaymentRequest, expireOverdue, ACTORS } from './payment-request/payment-request.ops.js';
export { handleFineSettlementRequested, FINE_FEE_CODE } from './events/fine-settlement.consumer.js';
export { paymentsConfig } from './config.js';
export { hasValidCrc, parseTlv } from './pay-in/bill-payment.js';
export { paymentStats, rawPaymentStats, rollupPaymentStats } from './stats/payment-stats.service.js';
export { PaymentStatsGroup } from './stats/payment-stats.types.js';
