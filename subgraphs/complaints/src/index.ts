import 'reflect-metadata';
import { NumberSeries, OutboxEvent, ProcessedEvent, buildFederatedSchema, every, systemPrincipal, type SubgraphDefinition } from '@metrograph/kit';
import { Complaint } from './complaint/complaint.entity.js';
import { OffenceBasis } from './offence-basis/offence-basis.entity.js';
import { ComplaintEvent } from './timeline/complaint-event.entity.js';
import { CaseAttachment, CaseEvent, Findings, LegalCase } from './case/case.entity.js';
import { Notification, Officer } from './assignment/officer.entity.js';
import { SavedSearch } from './saved-search/saved-search.entity.js';
import { ComplaintResolver, OperatorComplaintsResolver, resolveComplaintReference } from './complaint/complaint.resolver.js';
import { ComplaintFieldsResolver } from './complaint/complaint.fields.js';
import { ComplaintMutationResolver } from './complaint/complaint.mutations.js';
import { CaseAttachmentResolver, CaseEventResolver, LegalCaseResolver, resolveCaseReference } from './case/case.resolver.js';
import { SavedSearchResolver } from './saved-search/saved-search.resolver.js';
import { AssignmentResolver } from './assignment/assignment.resolver.js';
import { finePaidConsumer } from './case/payment-consumer.js';
import { officerRosterConsumer } from './assignment/roster.consumer.js';
import { ComplaintWorkflow } from './complaint/complaint.workflow.js';
import { resolveOperatorReference } from './operator/operator.js';
import { migrations } from './migrations/index.js';
import { exportEntities } from './export/index.js';
import { ReportResolver } from './report/report.resolver.js';
import { ComplaintStatsResolver } from './report/stats.resolver.js';
import { ComplaintOverdueRollup, ComplaintOverdueWatermark, ComplaintRollup } from './report/complaint-rollup.entity.js';
import { advanceOverdueWatermark } from './report/stats.service.js';
import { ComplaintSubscriptionResolver } from './complaint/complaint.subscriptions.js';
import { hotlineEntities, hotlineResolvers, hotlineRoutes, startHotline } from './hotline/index.js';
import { SurveillancePlan, SurveillanceResult } from './surveillance/surveillance.entity.js';
import { SurveillanceResolver, SurveillanceResultResolver } from './surveillance/surveillance.resolver.js';

export const entities = [
  Complaint, OffenceBasis, ComplaintEvent, LegalCase, CaseEvent, CaseAttachment, Findings, Officer, Notification, SavedSearch,
  SurveillancePlan, SurveillanceResult, ComplaintRollup, ComplaintOverdueRollup, ComplaintOverdueWatermark,
  OutboxEvent, ProcessedEvent, NumberSeries, ...exportEntities, ...hotlineEntities,
];

/** Complaints and legal cases: intake to a final legal outcome (004 §4.5.1). */
export const complaints: SubgraphDefinition = {
  name: 'complaints',
  defaultPort: 4003,
  entities,
  migrations,
  consumers: [finePaidConsumer, officerRosterConsumer],
  // the 1569 complaint centre posts complaints here (signed system-to-system requests)
  routes: (app, orm) => app.use(hotlineRoutes(orm)),
  jobs: [
    // results back to 1569, with retries
    startHotline,
    // SLA escalation (004 §4.5.1 (7)): every 5 minutes, overdue complaints go to their office head.
    (orm) => every('complaints-sla', 5 * 60_000, () => orm.em.fork().transactional((em) => new ComplaintWorkflow(em, systemPrincipal('sla-escalation')).escalateOverdue())),
    // dashboards: complaints that fell due in the last minute join the overdue rollup, so "overdue" never walks the backlog
    (orm) => every('complaints-overdue-rollup', 60_000, () => advanceOverdueWatermark(orm.em.fork() as never)),
  ],
  buildSchema: () =>
    buildFederatedSchema(
      {
        resolvers: [
          ComplaintResolver, ComplaintFieldsResolver, ComplaintMutationResolver, OperatorComplaintsResolver,
          LegalCaseResolver, CaseEventResolver, CaseAttachmentResolver, SavedSearchResolver, AssignmentResolver, ReportResolver, ComplaintStatsResolver, ComplaintSubscriptionResolver, SurveillanceResolver, SurveillanceResultResolver, ...hotlineResolvers,
        ],
      },
      {
        Operator: { __resolveReference: resolveOperatorReference },
        Complaint: { __resolveReference: resolveComplaintReference },
        LegalCase: { __resolveReference: resolveCaseReference },
      },
    ),
};

export { Complaint, OffenceBasis, LegalCase, Officer, ComplaintWorkflow };
export { complaintStats, rawComplaintStats, rollupComplaintCount, rollupComplaintStats, rollupDims } from './report/stats.service.js';
export { complaintConditions } from './complaint/complaint.resolver.js';
export { ComplaintStatsGroup } from './report/stats.types.js';
export { SLA_HOURS } from './complaint/complaint-status.js';
