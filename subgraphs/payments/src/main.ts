import { log, openSubgraphOrm, requireEnv, runSubgraphFromEnv } from '@metrograph/kit';
import { payments } from './index.js';
import { paymentsConfig } from './config.js';
import { bankAdapter } from './bank/bank-link.js';
import { startPaymentJobs } from './bank/inquiry.js';

await runSubgraphFromEnv(payments);

// Scheduled work: expire overdue requests and ask the bank about those still pending past the threshold
// (004 §4.5.10 (6)). Its own small pool; several replicas share the work (rows are claimed skip-locked).
const config = paymentsConfig();
if (config.inquiryIntervalSeconds > 0) {
  const orm = await openSubgraphOrm(payments, requireEnv('DATABASE_URL'), 2);
  const adapter = bankAdapter();
  startPaymentJobs(orm, adapter, { intervalSeconds: config.inquiryIntervalSeconds, olderThanMinutes: config.inquiryAfterMinutes });
  log('payments', 'info', 'payment jobs scheduled', { everySeconds: config.inquiryIntervalSeconds, inquiryAfterMinutes: config.inquiryAfterMinutes, bankLink: adapter ? 'configured' : 'not configured (expiry only)' });
}
