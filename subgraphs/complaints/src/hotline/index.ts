/**
 * The 1569 complaint centre integration (004 §4.5.1 (1)-(4)): signed intake of complaints,
 * and results, amendments and withdrawals sent back through a retrying adapter.
 *
 * Wiring in the subgraph definition:
 *   entities:   [...hotlineEntities]
 *   migrations: [..., hotlineMigration]
 *   resolvers:  [...hotlineResolvers]
 *   routes:     (app, orm) => app.use(hotlineRoutes(orm))
 *   jobs:       [startHotline]   (the result sender; startResultSender(orm) alone also works)
 * Environment: INTEGRATION_KEY (32+ characters; encrypts stored secrets; intake answers 503
 * without it), HOTLINE_INTAKE_SECRET (optional: registers system 1569 with the secret it signs
 * complaints with), HOTLINE_URL, HOTLINE_SECRET, HOTLINE_SYSTEM_ID (where and how results are
 * sent; without HOTLINE_URL they stay queued).
 */
import { ExternalSystem } from './external-system.entity.js';
import { HotlineResult } from './hotline-result.entity.js';
import { HotlineResolver } from './hotline.resolver.js';

export const hotlineEntities = [ExternalSystem, HotlineResult];
export const hotlineResolvers = [HotlineResolver] as const;

export { ExternalSystem, HotlineResult, HotlineResolver };
export { HotlineDeliveryStatus, HotlineOutcome, HotlineResultKind, type HotlineMessageBody } from './hotline-result.entity.js';
export { hotlineRoutes, HOTLINE_INTAKE_PATH, type HotlineRoutesOptions, type HotlineMiddleware } from './intake.routes.js';
export { startResultSender, type ResultSender, type ResultSenderOptions } from './result-sender.js';
export { startHotline, registerHotlineFromEnv } from './hotline.job.js';
export { HotlineAdapter, hotlineAdapterFromEnv, backoffDelay, classifyStatus, type DeliveryOutcome } from './hotline-adapter.js';
export {
  HOTLINE_SYSTEM_CODE, ensureExternalSystem, registerExternalSystem, rotateExternalSystemSecret, setExternalSystemActive,
} from './external-system.service.js';
export { deriveIntegrationKey, integrationKeyFromEnv } from './secret-box.js';
export { signRequest, verifySignature, SYSTEM_ID_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER } from './signature.js';
export { hotlineMigration } from './migration.js';
