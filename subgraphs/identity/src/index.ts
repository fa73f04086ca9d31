import 'reflect-metadata';
import { buildFederatedSchema, type SubgraphDefinition } from '@metrograph/kit';
import { Region } from './region/region.entity.js';
import { Province } from './province/province.entity.js';
import { Office } from './office/office.entity.js';
import { User } from './user/user.entity.js';
import { Role } from './user/role.entity.js';
import { RegionResolver } from './region/region.resolver.js';
import { ProvinceResolver } from './province/province.resolver.js';
import { OfficeResolver } from './office/office.resolver.js';
import { UserResolver } from './user/user.resolver.js';
import { resolveProvinceReference } from './province/province.reference.js';
import { resolveOfficeReference } from './office/office.reference.js';
import { resolveUserReference } from './user/user.reference.js';
import { migrations } from './migrations/index.js';

export const entities = [Region, Province, Office, User, Role];

/** Identity: regions, provinces, offices and their jurisdictions, users and roles. */
export const identity: SubgraphDefinition = {
  name: 'identity',
  defaultPort: 4001,
  entities,
  migrations,
  buildSchema: () =>
    buildFederatedSchema(
      { resolvers: [RegionResolver, ProvinceResolver, OfficeResolver, UserResolver] },
      {
        Province: { __resolveReference: resolveProvinceReference },
        Office: { __resolveReference: resolveOfficeReference },
        User: { __resolveReference: resolveUserReference },
      },
    ),
};

export { Region, Province, Office, User, Role };
