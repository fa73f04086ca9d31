import 'reflect-metadata';
import { NumberSeries, OutboxEvent, ProcessedEvent, buildFederatedSchema, type SubgraphDefinition } from '@metrograph/kit';
import { Complaint } from './complaint/complaint.entity.js';
import { OffenceBasis } from './offence-basis/offence-basis.entity.js';
import { ComplaintResolver, OperatorComplaintsResolver } from './complaint/complaint.resolver.js';
import { resolveOperatorReference } from './operator/operator.js';
import { migrations } from './migrations/index.js';

export const entities = [Complaint, OffenceBasis, OutboxEvent, ProcessedEvent, NumberSeries];

/** Complaints: intake to closure of weights-and-measures complaints (004 §4.5.1). */
export const complaints: SubgraphDefinition = {
  name: 'complaints',
  defaultPort: 4003,
  entities,
  migrations,
  buildSchema: () =>
    buildFederatedSchema(
      { resolvers: [ComplaintResolver, OperatorComplaintsResolver] },
      { Operator: { __resolveReference: resolveOperatorReference } },
    ),
};

export { Complaint, OffenceBasis };
