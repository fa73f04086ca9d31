/**
 * The federated graph end to end through the router, against a real PostgreSQL:
 * every field of the cross-subgraph query comes from its owning subgraph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphql, startTestGraph, type TestGraph } from './testkit.js';

let graph: TestGraph;

beforeAll(async () => {
  graph = await startTestGraph();
});

afterAll(async () => {
  await graph?.stop();
});

const COMPLAINTS_IN_PROVINCE = /* GraphQL */ `
  query ComplaintsInProvince($province: ID!) {
    complaints(first: 20, filter: { provinceCodes: [$province] }) {
      totalCount
      edges {
        node {
          id
          referenceNo
          receivedAt
          status
          province { code nameTh nameEn region { code nameTh } }
          office { code nameTh }
          respondent {
            id
            nameTh
            province { code nameTh }
            instruments(first: 3) {
              totalCount
              edges { node { instrumentNo type owner { id } province { nameTh } } }
            }
          }
        }
      }
    }
  }
`;

async function busiestProvince(): Promise<string> {
  const result = await graph.query(`{ provinces(first: 100) { edges { node { code } } } }`);
  let best = { code: '10', count: -1 };
  for (const { node } of result.data.provinces.edges) {
    const counted = await graph.query(`query($p: ID!) { complaints(first: 0, filter: { provinceCodes: [$p] }) { totalCount } }`, { p: node.code });
    if (counted.data.complaints.totalCount > best.count) best = { code: node.code, count: counted.data.complaints.totalCount };
  }
  return best.code;
}

describe('the cross-subgraph query of the README', () => {
  it('answers complaints of one province with respondent, instruments and Thai province name', async () => {
    const province = await busiestProvince();
    const result = await graph.query(COMPLAINTS_IN_PROVINCE, { province });
    expect(result.errors).toBeUndefined();
    const { totalCount, edges } = result.data.complaints;
    expect(totalCount).toBeGreaterThan(0);
    expect(edges.length).toBe(Math.min(20, totalCount));

    const identity = await graph.subgraphQuery('identity', `query($c: ID!) { province(code: $c) { nameTh office: servedBy { code } } }`, { c: province });
    for (const { node } of edges) {
      // complaints owns the complaint and the province code; identity owns the Thai name
      expect(node.province.code).toBe(province);
      expect(node.province.nameTh).toBe(identity.data.province.nameTh);
      expect(node.province.nameTh).toMatch(/^[\u0E00-\u0E7F ]+$/);
      expect(node.office.code).toBe(identity.data.province.office.code);
    }

    const withRespondent = edges.filter((e: any) => e.node.respondent);
    expect(withRespondent.length).toBeGreaterThan(0);
    for (const { node } of withRespondent) {
      // registry owns the operator's name and instruments
      const direct = await graph.subgraphQuery(
        'registry',
        `query($id: ID!) { operator(id: $id) { nameTh } instruments(first: 100, filter: { ownerId: $id }) { totalCount edges { node { instrumentNo } } } }`,
        { id: node.respondent.id },
      );
      expect(node.respondent.nameTh).toBe(direct.data.operator.nameTh);
      expect(node.respondent.instruments.totalCount).toBe(direct.data.instruments.totalCount);
      const owned = new Set(direct.data.instruments.edges.map((e: any) => e.node.instrumentNo));
      for (const instrument of node.respondent.instruments.edges) {
        expect(owned.has(instrument.node.instrumentNo)).toBe(true);
        expect(instrument.node.owner.id).toBe(node.respondent.id);
        expect(instrument.node.instrumentNo).toMatch(/^\d{20}$/);
      }
    }
  });

  it('reaches Operator.complaints, Operator.paymentRequests and Province from payment requests', async () => {
    const result = await graph.query(`{
      paymentRequests(first: 5, orderBy: [{ field: AMOUNT, direction: DESC }]) {
        edges { node {
          requestNo amountSatang ref1 ref2 status
          province { code nameTh }
          office { code nameTh }
          operator { id nameTh complaints(first: 2) { totalCount } paymentRequests(first: 1) { totalCount } }
        } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const nodes = result.data.paymentRequests.edges.map((e: any) => e.node);
    expect(nodes.length).toBe(5);
    for (let i = 1; i < nodes.length; i++) expect(nodes[i - 1].amountSatang).toBeGreaterThanOrEqual(nodes[i].amountSatang);
    for (const node of nodes) {
      expect(Number.isInteger(node.amountSatang)).toBe(true);
      expect(node.province.nameTh).toBeTruthy();
      expect(node.office.nameTh).toBeTruthy();
      expect(node.operator.nameTh).toBeTruthy();
      expect(node.operator.paymentRequests.totalCount).toBeGreaterThanOrEqual(1);
      expect(node.operator.complaints.totalCount).toBeGreaterThanOrEqual(0);
    }
  });

  it('reaches Province from instruments and lists offices with their jurisdiction', async () => {
    const result = await graph.query(`{
      instruments(first: 3) { edges { node { instrumentNo certificateStatus province { code nameTh } owner { nameTh } } } }
      offices(first: 100) { totalCount edges { node { code kind servedProvinces { code } } } }
    }`);
    expect(result.errors).toBeUndefined();
    for (const { node } of result.data.instruments.edges) expect(node.province.nameTh).toBeTruthy();
    expect(result.data.offices.totalCount).toBe(33);
    const served = result.data.offices.edges.flatMap((e: any) => e.node.servedProvinces.map((p: any) => p.code));
    expect(new Set(served).size).toBe(77);
    expect(served.length).toBe(77);
  });
});

describe('lists are Relay connections', () => {
  it('pages forward and backward without overlap, with a stable total', async () => {
    const first = await graph.query(`{ complaints(first: 7) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id receivedAt } } } }`);
    const { endCursor } = first.data.complaints.pageInfo;
    expect(first.data.complaints.pageInfo.hasNextPage).toBe(true);
    expect(first.data.complaints.pageInfo.hasPreviousPage).toBe(false);
    const second = await graph.query(`query($after: String) { complaints(first: 7, after: $after) { totalCount pageInfo { hasPreviousPage startCursor } edges { node { id receivedAt } } } }`, { after: endCursor });
    const ids1 = first.data.complaints.edges.map((e: any) => e.node.id);
    const ids2 = second.data.complaints.edges.map((e: any) => e.node.id);
    expect(ids2.length).toBe(7);
    expect(ids1.filter((id: string) => ids2.includes(id))).toEqual([]);
    expect(second.data.complaints.totalCount).toBe(first.data.complaints.totalCount);
    expect(second.data.complaints.pageInfo.hasPreviousPage).toBe(true);
    // newest first, across the page boundary
    const times = [...first.data.complaints.edges, ...second.data.complaints.edges].map((e: any) => Date.parse(e.node.receivedAt));
    for (let i = 1; i < times.length; i++) expect(times[i - 1]).toBeGreaterThanOrEqual(times[i]);
    // backward from the start of page two gives page one
    const back = await graph.query(`query($before: String) { complaints(last: 7, before: $before) { edges { node { id } } } }`, { before: second.data.complaints.pageInfo.startCursor });
    expect(back.data.complaints.edges.map((e: any) => e.node.id)).toEqual(ids1);
  });

  it('walks every province in pages of 25 sorted by Thai name', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await graph.query(`query($after: String) { provinces(first: 25, after: $after, orderBy: [{ field: NAME_TH }]) { pageInfo { hasNextPage endCursor } edges { node { code nameTh } } } }`, { after });
      expect(page.errors).toBeUndefined();
      seen.push(...page.data.provinces.edges.map((e: any) => e.node.code));
      if (!page.data.provinces.pageInfo.hasNextPage) break;
      after = page.data.provinces.pageInfo.endCursor;
    }
    expect(seen.length).toBe(77);
    expect(new Set(seen).size).toBe(77);
  });

  it('filters by Thai substring, status and channel', async () => {
    const all = await graph.query(`{ complaints(first: 100) { edges { node { details status channel } } } }`);
    const sample: string = all.data.complaints.edges[0].node.details;
    const word = [...sample.matchAll(/[\u0E00-\u0E7F]{4,}/g)][0][0].slice(0, 4);
    const found = await graph.query(`query($q: String) { complaints(first: 100, filter: { search: $q }) { totalCount edges { node { details subject referenceNo respondentName complainantName placeName } } } }`, { q: word });
    expect(found.data.complaints.totalCount).toBeGreaterThan(0);
    for (const { node } of found.data.complaints.edges) {
      expect([node.details, node.subject, node.referenceNo, node.respondentName, node.complainantName, node.placeName].some((s: string) => s.includes(word))).toBe(true);
    }
    const closed = await graph.query(`{ complaints(first: 100, filter: { statuses: [CLOSED], channels: [HOTLINE_1569] }) { edges { node { status channel externalRef } } } }`);
    for (const { node } of closed.data.complaints.edges) {
      expect(node.status).toBe('CLOSED');
      expect(node.channel).toBe('HOTLINE_1569');
      expect(node.externalRef).toMatch(/^1569-/);
    }
  });
});

describe('bad input gets an error naming the problem', () => {
  it('reports a malformed query', async () => {
    const result = await graph.query(`{ complaints(first: 1) { edges { node { id }`);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.errors?.[0].message).toMatch(/Syntax Error/);
  });

  it('reports an unknown field and a wrongly typed variable', async () => {
    const unknown = await graph.query(`{ complaints(first: 1) { edges { node { nope } } } }`);
    expect(unknown.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(unknown.errors?.[0].message).toMatch(/nope/);
    const typed = await graph.query(`query($n: Int) { complaints(first: $n) { totalCount } }`, { n: 'many' });
    expect(typed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(typed.errors?.[0].message).toMatch(/\$n/);
  });

  it('names the argument when a page is too large, a cursor is forged or an id is not a UUID', async () => {
    const tooMany = await graph.query(`{ operators(first: 5000) { totalCount } }`);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await graph.query(`{ complaints(first: 5, after: "not-a-cursor") { totalCount } }`);
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const badId = await graph.query(`{ complaint(id: "42") { id } }`);
    expect(badId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const badNumber = await graph.query(`{ instrumentByNumber(instrumentNo: "123") { id } }`);
    expect(badNumber.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'instrumentNo' });
  });

  it('answers an unknown id with null, not an error', async () => {
    const result = await graph.query(`{ complaint(id: "00000000-0000-4000-8000-000000000000") { id } province(code: "99") { code } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ complaint: null, province: null });
  });
});

describe('only the router may call a subgraph', () => {
  it('refuses a direct call without the router signature, _entities included', async () => {
    for (const name of ['identity', 'registry', 'complaints', 'payments']) {
      const plain = await postGraphql(graph.subgraphs[name].url, `{ __typename }`);
      expect(plain.errors?.[0].extensions?.code, name).toBe('UNAUTHENTICATED');
    }
    const entities = await postGraphql(graph.subgraphs.complaints.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Operator { complaints(first: 5) { totalCount } } } }`, {
      r: [{ __typename: 'Operator', id: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(entities.data).toBeUndefined();
    expect(entities.errors?.[0].message).toMatch(/no router signature/);
  });

  it('refuses a forged signature', async () => {
    const forged = await postGraphql(graph.subgraphs.registry.url, `{ operators(first: 1) { totalCount } }`, undefined, {
      'x-metrograph-principal': 'eyJwIjp7fX0.AAAA',
    });
    expect(forged.errors?.[0].message).toMatch(/invalid router signature/);
  });

  it('accepts the router signature', async () => {
    const signed = await graph.subgraphQuery('registry', `{ operators(first: 1) { totalCount } }`);
    expect(signed.errors).toBeUndefined();
    expect(signed.data.operators.totalCount).toBeGreaterThan(0);
  });
});

describe('the router', () => {
  it('serves a self-hosted GraphiQL with no CDN', async () => {
    const base = graph.routerUrl.replace(/\/graphql$/, '');
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(html).toContain('<div id="graphiql">');
    expect(html).not.toMatch(/src="https?:/);
    expect(html).not.toMatch(/href="https?:/);
    for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css', 'init.js']) {
      const response = await fetch(`${base}/graphiql/assets/${asset}`);
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(100);
    }
  });

  it('reports its subgraphs healthy', async () => {
    const health = await fetch(graph.routerUrl.replace(/\/graphql$/, '/health'));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', subgraphs: { complaints: 'ok', identity: 'ok', payments: 'ok', registry: 'ok' } });
  });
});

// Runs last: it stops a subgraph.
describe('a subgraph that is down', () => {
  it('gives partial data plus an error naming it, and the router keeps serving', async () => {
    await graph.stopSubgraph('payments');
    const result = await graph.query(`{ operators(first: 3) { edges { node { nameTh paymentRequests(first: 1) { totalCount } } } } }`);
    expect(result.data.operators.edges).toHaveLength(3);
    for (const { node } of result.data.operators.edges) {
      expect(node.nameTh).toBeTruthy();
      expect(node.paymentRequests).toBeNull();
    }
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'payments' });
    expect(result.errors?.[0].message).toMatch(/payments service is unavailable/);

    const still = await graph.query(`{ complaints(first: 2) { edges { node { referenceNo province { nameTh } } } } }`);
    expect(still.errors).toBeUndefined();
    expect(still.data.complaints.edges).toHaveLength(2);
    const health = await fetch(graph.routerUrl.replace(/\/graphql$/, '/health'));
    expect(health.status).toBe(503);
    expect((await health.json()).subgraphs.payments).toMatch(/unreachable/);
  });
});
