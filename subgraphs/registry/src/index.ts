import 'reflect-metadata';
import { buildFederatedSchema, OutboxEvent, ProcessedEvent, type SubgraphDefinition } from '@metrograph/kit';
import { Operator } from './operator/operator.entity.js';
import { Instrument } from './instrument/instrument.entity.js';
import { OperatorResolver } from './operator/operator.resolver.js';
import { InstrumentResolver, OperatorInstrumentsResolver } from './instrument/instrument.resolver.js';
import { resolveOperatorReference } from './operator/operator.reference.js';
import { migrations } from './migrations/index.js';

export const entities = [Operator, Instrument, OutboxEvent, ProcessedEvent];

/** Registry: operators (004 §4.5.4) and their instruments (004 §4.5.14-15). */
export const registry: SubgraphDefinition = {
  name: 'registry',
  defaultPort: 4002,
  entities,
  migrations,
  buildSchema: () =>
    buildFederatedSchema(
      { resolvers: [OperatorResolver, InstrumentResolver, OperatorInstrumentsResolver] },
      { Operator: { __resolveReference: resolveOperatorReference } },
    ),
};

export { Operator, Instrument };
