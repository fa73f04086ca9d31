import 'reflect-metadata';
import { buildFederatedSchema, OutboxEvent, ProcessedEvent, type SubgraphDefinition } from '@metrograph/kit';
import { Region } from './region/region.entity.js';
import { Province } from './province/province.entity.js';
import { Office } from './office/office.entity.js';
import { User } from './user/user.entity.js';
import { Role } from './user/role.entity.js';
import { PasswordHistory, RoleRight, UserRight } from './access/right.entity.js';
import { ApiClient, ApiUsage } from './api-client/api-client.entity.js';
import { AuditEvent } from './audit/audit-event.entity.js';
import { RegionResolver } from './region/region.resolver.js';
import { ProvinceResolver } from './province/province.resolver.js';
import { OfficeResolver } from './office/office.resolver.js';
import { UserResolver } from './user/user.resolver.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { RoleAccessResolver, UserAccessResolver } from './access/access.resolver.js';
import { ApiClientResolver } from './api-client/api-client.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { resolveProvinceReference } from './province/province.reference.js';
import { resolveOfficeReference } from './office/office.reference.js';
import { resolveUserReference } from './user/user.reference.js';
import { migrations } from './migrations/index.js';
import { preloadReferenceData } from './province/reference-cache.js';

export const entities = [Region, Province, Office, User, Role, RoleRight, UserRight, PasswordHistory, ApiClient, ApiUsage, AuditEvent, OutboxEvent, ProcessedEvent];

/** Identity: regions, provinces, offices and their jurisdictions; users, roles and rights; sign-in; API clients; audit. */
export const identity: SubgraphDefinition = {
  name: 'identity',
  defaultPort: 4001,
  entities,
  migrations,
  buildSchema: () =>
    buildFederatedSchema(
      {
        resolvers: [RegionResolver, ProvinceResolver, OfficeResolver, UserResolver, UserAccessResolver, RoleAccessResolver, AuthResolver, ApiClientResolver, AuditResolver],
      },
      {
        Province: { __resolveReference: resolveProvinceReference },
        Office: { __resolveReference: resolveOfficeReference },
        User: { __resolveReference: resolveUserReference },
      },
    ),
  jobs: [preloadReferenceData],
};

export { Region, Province, Office, User, Role };
export { FUNCTION_CODES, AppFunction } from './access/functions.js';
