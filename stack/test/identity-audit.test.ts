/**
 * The audit trail (002 §4.7.6-4.7.10): sign-ins, refusals and exports recorded, queryable by
 * auditors and exportable; those without the audit function do not even see it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningRouter } from '@metrograph/router';
import { postGraphql, signIn, startSignedRouter, startTestGraph, type TestGraph } from './testkit.js';

let graph: TestGraph;
let router: RunningRouter;

beforeAll(async () => {
  graph = await startTestGraph();
  router = await startSignedRouter(graph, { usageFlushMs: 60_000 });
});

afterAll(async () => {
  await router?.stop();
  await graph?.stop();
});

const as = (token: string) => ({ authorization: `Bearer ${token}` });

describe('audit trail', () => {
  it('records sign-ins and refused operations, for auditors to list and export', async () => {
    await postGraphql(router.url, `mutation { signIn(input: { username: "policy", password: "wrong-password" }) { token } }`);
    const policy = await signIn(router.url, 'policy');
    const head = await signIn(router.url, 'head.b07');
    const denied = await postGraphql(router.url, `mutation { unlockUser(input: { userId: "00000000-0000-4000-8000-000000000000" }) { user { id } } }`, undefined, as(head));
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await router.flushUsage();

    const auditor = await signIn(router.url, 'auditor');
    const signIns = await postGraphql(
      router.url,
      `{ auditEvents(first: 10, filter: { actorName: "policy", kinds: ["SIGN_IN", "SIGN_IN_FAILED"] }) { totalCount edges { node { kind success actorKind detail at } } } }`,
      undefined,
      as(auditor),
    );
    expect(signIns.errors).toBeUndefined();
    expect(signIns.data.auditEvents.edges.map((e: any) => [e.node.kind, e.node.success, e.node.detail])).toEqual([
      ['SIGN_IN', true, { method: 'PASSWORD' }],
      ['SIGN_IN_FAILED', false, { reason: 'WRONG_PASSWORD' }],
    ]);
    expect(policy).toBeTruthy();

    const refusals = await postGraphql(router.url, `{ auditEvents(first: 5, filter: { kinds: ["ACCESS_DENIED"], actorName: "head.b07" }) { edges { node { success actorKind detail } } } }`, undefined, as(auditor));
    expect(refusals.data.auditEvents.edges).toHaveLength(1);
    expect(refusals.data.auditEvents.edges[0].node).toMatchObject({ success: false, actorKind: 'user', detail: { fields: ['unlockUser'] } });
    expect(refusals.data.auditEvents.edges[0].node.detail.reason).toMatch(/unlockUser needs EDIT on users/);

    const exported = await postGraphql(
      router.url,
      `mutation { exportAuditEvents(input: { filter: { kinds: ["SIGN_IN", "SIGN_IN_FAILED"], actorName: "policy" } }) { fileName contentType content rowCount userErrors { code } } }`,
      undefined,
      as(auditor),
    );
    const file = exported.data.exportAuditEvents;
    expect(file.rowCount).toBe(2);
    expect(file.fileName).toMatch(/^audit-\d{4}-\d\d-\d\d\.csv$/);
    const lines = file.content.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('at,kind,success,actor_kind,actor_id,actor_name,subject_type,subject_id,detail');
    expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z,SIGN_IN,true,user,[0-9a-f-]{36},policy,User,[0-9a-f-]{36},"{""method"":""PASSWORD""}"$/);
    expect(lines[2]).toMatch(/,SIGN_IN_FAILED,false,user,/);

    const exportEvent = await postGraphql(router.url, `{ auditEvents(first: 1, filter: { kinds: ["EXPORT"] }) { edges { node { actorName subjectType detail } } } }`, undefined, as(auditor));
    expect(exportEvent.data.auditEvents.edges[0].node).toEqual({ actorName: 'auditor', subjectType: 'AuditEvent', detail: { format: 'CSV', rows: 2 } });
  });

  it('records every export, whichever subgraph makes the file', async () => {
    const official = await signIn(router.url, 'official1.b07');
    const file = await postGraphql(router.url, `mutation { exportComplaints(input: { format: CSV, limit: 5 }) { fileName rowCount } }`, undefined, as(official));
    expect(file.errors).toBeUndefined();
    expect(file.data.exportComplaints.rowCount).toBeGreaterThan(0);
    await router.flushUsage();
    const auditor = await signIn(router.url, 'auditor');
    const events = await postGraphql(router.url, `{ auditEvents(first: 5, filter: { kinds: ["EXPORT"], actorName: "official1.b07" }) { edges { node { success actorKind detail } } } }`, undefined, as(auditor));
    expect(events.data.auditEvents.edges).toHaveLength(1);
    expect(events.data.auditEvents.edges[0].node).toMatchObject({
      success: true,
      actorKind: 'user',
      detail: { field: 'exportComplaints', service: 'complaints', variables: {} },
    });
  });

  it('is not there for those without the audit function', async () => {
    const official = await signIn(router.url, 'official1.b07');
    const refused = await postGraphql(router.url, `{ auditEvents(first: 1) { totalCount } }`, undefined, as(official));
    expect(refused.errors?.[0]).toMatchObject({ message: 'Cannot query field "auditEvents" on type "Query".' });
    // and identity refuses it too if asked directly with the official's principal
    const direct = await graph.subgraphQuery('identity', `{ auditEvents(first: 1) { totalCount } }`, undefined, {
      kind: 'user', id: null, name: 'official1.b07', officeCode: 'B07', roles: ['OFFICIAL'], provinceCodes: ['57'], rights: { complaints: 3 },
    });
    expect(direct.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
