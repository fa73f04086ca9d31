import 'reflect-metadata';
import { buildFederatedSchema, every, OutboxEvent, ProcessedEvent, type SubgraphDefinition } from '@metrograph/kit';
import { Operator } from './operator/operator.entity.js';
import { Instrument } from './instrument/instrument.entity.js';
import { OperatorResolver } from './operator/operator.resolver.js';
import { InstrumentResolver, OperatorInstrumentsResolver } from './instrument/instrument.resolver.js';
import { resolveOperatorReference } from './operator/operator.reference.js';
import { migrations } from './migrations/index.js';
import { InstrumentImport, InstrumentImportError, InstrumentImportResolver, failAbandonedImports, mountImportRoutes } from './import/index.js';

export const entities = [Operator, Instrument, InstrumentImport, InstrumentImportError, OutboxEvent, ProcessedEvent];

/** Registry: operators (004 §4.5.4) and their instruments (004 §4.5.14-15). */
export const registry: SubgraphDefinition = {
  name: 'registry',
  defaultPort: 4002,
  entities,
  migrations,
  buildSchema: () =>
    buildFederatedSchema(
      { resolvers: [OperatorResolver, InstrumentResolver, OperatorInstrumentsResolver, InstrumentImportResolver] },
      { Operator: { __resolveReference: resolveOperatorReference } },
    ),
  // bulk instrument registration: the file arrives over HTTP through the router (POST /imports/instruments)
  routes: (app, orm, callerOf) => mountImportRoutes(app, { orm, callerOf }),
  // imports whose process died mid-way are marked FAILED (their transaction was rolled back)
  jobs: [(orm) => every('registry.import-sweeper', 30_000, () => failAbandonedImports(orm.em.fork()))],
};

export { Operator, Instrument };
export * from './import/index.js';
