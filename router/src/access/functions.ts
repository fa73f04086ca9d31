import { parse, Kind, type ConstDirectiveNode, type DocumentNode } from 'graphql';

/**
 * Which function (002 §4.7.4: menu, screen, field) each part of the graph belongs to. The router
 * hides and refuses whatever belongs to a function the caller has NO_ACCESS to (002 §4.8.5).
 * The function codes are those identity grants rights on.
 */
export const FUNCTIONS = ['reference', 'registry', 'complaints', 'cases', 'payments', 'dashboards', 'users', 'rights', 'api-clients', 'audit'] as const;
export type FunctionCode = (typeof FUNCTIONS)[number];

/** Belongs to no function: everyone may see it (sign-in, the caller's own rights, shared plumbing types). */
export const PUBLIC = 'public';

/** Types by name, first match wins. */
const TYPE_RULES: [RegExp, FunctionCode | typeof PUBLIC][] = [
  [/^(Query|Mutation|Subscription|PageInfo|SortDirection|UserError|ExportPayload|ExportFormat|IdentityExportFormat|Viewer|FunctionRight|AccessLevel|AppFunction|SignInMethod|SignInInput|SignInPayload|ChangePasswordInput|CheckSessionInput)$/, PUBLIC],
  [/^(Region|Province|Office|District)(Connection|Edge|Filter|Kind|Order|OrderField)?$/, 'reference'],
  [/^(User(Connection|Edge|Filter|Payload)?|CreateUserInput|UnlockUserInput|SetUserActiveInput|ResetUserPasswordInput)$/, 'users'],
  [/^(Role|RolePayload|SetUserRolesInput|SetUserRightInput|SetRoleRightInput|CreateRoleInput)$/, 'rights'],
  [/^(ApiClient|ApiUsage|ApiScope|ApiCredentials|IssueApiClient|UpdateApiClient|UsagePeriod|ExportApiUsage|AuthenticateApiClient|RecordApiUsage|RouterAuditEvent)/, 'api-clients'],
  [/^(AuditEvent|ExportAuditEvents)/, 'audit'],
  [/^(Complaint|OffenceBasis|Offence)/, 'complaints'],
  [/^(Case|LegalCase|FineSettlement|Prosecution)/, 'cases'],
  [/^(Operator|Instrument|Verification|Certificate|MeasureUnit|Seal)/, 'registry'],
  [/^(Payment|PayIn|Receipt|Refund|Fee|Revenue|Bank)/, 'payments'],
  [/^(Dashboard|Statistic|Kpi)/, 'dashboards'],
];

const SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

/** What the supergraph says about where types and fields come from. */
export interface GraphFacts {
  /** Subgraphs resolving each field (`@join__field(graph:)`), by `Type.field`. */
  fields: Map<string, string[]>;
  /** Subgraphs defining each type (`@join__type(graph:)`). */
  types: Map<string, string[]>;
}

export const NO_FACTS: GraphFacts = { fields: new Map(), types: new Map() };

/**
 * The function a type belongs to: by name first; otherwise, for a type only one domain
 * subgraph defines, that subgraph's function. PUBLIC for shared types; null when unknown.
 */
export function typeFunction(name: string, facts: GraphFacts = NO_FACTS): string | null {
  if (SCALARS.has(name) || name.startsWith('__')) return PUBLIC;
  for (const [pattern, fn] of TYPE_RULES) if (pattern.test(name)) return fn;
  const owners = new Set((facts.types.get(name) ?? []).map((g) => SUBGRAPH_FUNCTIONS[g] ?? null));
  if (owners.size === 1) return [...owners][0];
  return null;
}

/** Fields whose function is not that of their types: the caller's own view, sign-in, rights of a user. */
const FIELD_OVERRIDES: Record<string, string> = {
  'Query.viewer': PUBLIC,
  'Mutation.signIn': PUBLIC,
  'Mutation.changePassword': PUBLIC,
  'Mutation.signOut': PUBLIC,
  'User.rights': 'rights',
  'User.individualRights': 'rights',
  'User.roles': 'rights',
  'Role.rights': 'rights',
  'Role.effectiveRights': 'rights',
  'Query.auditEvents': 'audit',
  'Mutation.exportAuditEvents': 'audit',
  'Query.apiUsage': 'api-clients',
  'Mutation.exportApiUsage': 'api-clients',
};

/** Default function of what a subgraph contributes to other subgraphs' types (e.g. Province.revenue from payments). */
const SUBGRAPH_FUNCTIONS: Record<string, FunctionCode> = {
  REGISTRY: 'registry',
  COMPLAINTS: 'complaints',
  PAYMENTS: 'payments',
};

/** Levels mutations need: explicit ones, otherwise derived from the name (create → CREATE, delete → FULL_CONTROL, else EDIT). */
const MUTATION_LEVELS: Record<string, { fn: string; level: number }> = {
  signIn: { fn: PUBLIC, level: 0 },
  changePassword: { fn: PUBLIC, level: 0 },
  signOut: { fn: PUBLIC, level: 0 },
  unlockUser: { fn: 'users', level: 2 },
  setUserActive: { fn: 'users', level: 2 },
  resetUserPassword: { fn: 'users', level: 2 },
  createUser: { fn: 'users', level: 3 },
  setUserRoles: { fn: 'rights', level: 2 },
  setUserRight: { fn: 'rights', level: 2 },
  setRoleRight: { fn: 'rights', level: 2 },
  createRole: { fn: 'rights', level: 3 },
  issueApiClient: { fn: 'api-clients', level: 3 },
  renewApiClientSecret: { fn: 'api-clients', level: 2 },
  updateApiClient: { fn: 'api-clients', level: 2 },
  revokeApiClient: { fn: 'api-clients', level: 4 },
  exportApiUsage: { fn: 'api-clients', level: 1 },
  exportAuditEvents: { fn: 'audit', level: 1 },
  // the router's own calls to identity (@inaccessible: not in the served graph at all)
  authenticateApiClient: { fn: 'internal', level: 4 },
  recordApiUsage: { fn: 'internal', level: 4 },
  checkSession: { fn: 'internal', level: 4 },
  // complaints: one's own saved searches and notifications need only sight of complaints;
  // officers' expertise and workload are set by office heads
  saveSearch: { fn: 'complaints', level: 1 },
  deleteSavedSearch: { fn: 'complaints', level: 1 },
  markNotificationsRead: { fn: 'complaints', level: 1 },
  upsertOfficer: { fn: 'complaints', level: 4 },
};

const MUTATION_NOUNS: [RegExp, FunctionCode][] = [
  [/complaint|offence/i, 'complaints'],
  [/case|settlement|prosecut/i, 'cases'],
  [/operator|instrument|verification|certificate/i, 'registry'],
  [/payment|payin|receipt|refund|fee/i, 'payments'],
  [/user|password/i, 'users'],
  [/role|right/i, 'rights'],
  [/apiclient|apikey/i, 'api-clients'],
];

/**
 * The function and level a mutation needs, or null when the router has no rule for it (then it
 * is refused). Function: named, else a noun in the name, else the subgraph that resolves it.
 * Level: export → VIEW, delete/revoke/cancel → FULL_CONTROL, create/issue/register → CREATE, else EDIT.
 */
export function mutationRequirement(field: string, facts: GraphFacts = NO_FACTS): { fn: string; level: number } | null {
  const explicit = MUTATION_LEVELS[field];
  if (explicit) return explicit;
  const fn =
    MUTATION_NOUNS.find(([pattern]) => pattern.test(field))?.[1] ??
    (facts.fields.get(`Mutation.${field}`) ?? []).map((g) => SUBGRAPH_FUNCTIONS[g]).find((f) => f !== undefined);
  if (!fn) return null;
  const level = /^export/i.test(field)
    ? 1
    : /^(delete|remove|revoke|cancel|void|purge)/i.test(field)
      ? 4
      : /^(create|add|issue|register|submit|open|file|import|receive)/i.test(field)
        ? 3
        : 2;
  return { fn, level };
}

/** Where each type and field of the supergraph comes from (`@join__type`, `@join__field`). */
export function graphFacts(supergraphSdl: string): GraphFacts {
  const result = new Map<string, string[]>();
  const types = new Map<string, string[]>();
  let document: DocumentNode;
  try {
    document = parse(supergraphSdl);
  } catch {
    return { fields: result, types };
  }
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || !('directives' in definition)) continue;
    const graphs = (definition.directives ?? [])
      .filter((d) => d.name.value === 'join__type')
      .map((d) => d.arguments?.find((a) => a.name.value === 'graph')?.value)
      .flatMap((v) => (v && v.kind === Kind.ENUM ? [v.value] : []));
    if (graphs.length) types.set(definition.name.value, graphs);
  }
  const graphOf = (directive: ConstDirectiveNode): string | null => {
    if (directive.name.value !== 'join__field') return null;
    const external = directive.arguments?.find((a) => a.name.value === 'external');
    if (external && external.value.kind === Kind.BOOLEAN && external.value.value) return null;
    const graph = directive.arguments?.find((a) => a.name.value === 'graph');
    return graph && graph.value.kind === Kind.ENUM ? graph.value.value : null;
  };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const typeGraphs = types.get(definition.name.value) ?? [];
    for (const field of definition.fields ?? []) {
      const graphs = (field.directives ?? []).map(graphOf).filter((g): g is string => g !== null);
      // a field of a type only one subgraph defines carries no @join__field: it is that subgraph's
      const owners = graphs.length ? graphs : typeGraphs.length === 1 ? typeGraphs : [];
      if (owners.length) result.set(`${definition.name.value}.${field.name.value}`, owners);
    }
  }
  return { fields: result, types };
}

/**
 * Functions a caller needs VIEW on to see or select `parent.field` returning `returnType`:
 * the parent's, the returned type's, and that of the subgraph that contributes the field.
 */
export function fieldFunctions(parent: string, field: string, returnType: string, facts: GraphFacts = NO_FACTS): string[] {
  const override = FIELD_OVERRIDES[`${parent}.${field}`];
  if (override) return override === PUBLIC ? [] : [override];
  const needed = new Set<string>();
  if (!['Query', 'Mutation', 'Subscription'].includes(parent)) {
    const own = typeFunction(parent, facts);
    if (own && own !== PUBLIC) needed.add(own);
  }
  const returned = typeFunction(returnType, facts);
  if (returned && returned !== PUBLIC) needed.add(returned);
  for (const graph of facts.fields.get(`${parent}.${field}`) ?? []) {
    const fn = SUBGRAPH_FUNCTIONS[graph];
    if (fn) needed.add(fn);
  }
  return [...needed];
}
