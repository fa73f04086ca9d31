/**
 * Lists are N+1-free: the SQL statements a list query causes across all subgraphs do not grow
 * with the page size (10 rows and 100 rows cost the same number of statements).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from './testkit.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => {
  await graph?.stop();
});

async function statementsFor(query: string, first: number): Promise<number> {
  const total = () => Object.values(graph.subgraphs).reduce((sum, s) => sum + s.sqlStatements(), 0);
  const before = total();
  const result = await graph.query(query, { first });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return total() - before;
}

const LISTS: Record<string, string> = {
  complaints: `query($first: Int) { complaints(first: $first) { totalCount edges { node { referenceNo province { nameTh region { nameTh } } office { nameTh }
    offenceBasis { titleTh } cases { caseNo } timeline { type }
    respondent { nameTh province { nameTh } instruments(first: 3) { totalCount edges { node { instrumentNo owner { nameTh } } } } } } } } }`,
  operators: `query($first: Int) { operators(first: $first) { edges { node { nameTh province { nameTh }
    instruments(first: 5) { totalCount edges { node { instrumentNo province { nameTh } } } }
    complaints(first: 2) { totalCount edges { node { referenceNo } } }
    paymentRequests(first: 2) { totalCount edges { node { requestNo office { nameTh } } } } } } } }`,
  instruments: `query($first: Int) { instruments(first: $first) { edges { node { instrumentNo certificateStatus owner { nameTh complaints(first: 1) { totalCount } } province { nameTh } } } } }`,
  paymentRequests: `query($first: Int) { paymentRequests(first: $first) { edges { node { requestNo amountSatang operator { nameTh } office { nameTh } province { nameTh } } } } }`,
  provinces: `query($first: Int) { provinces(first: $first) { edges { node { nameTh region { nameTh } servedBy { nameTh servedProvinces { code } } } } } }`,
};

describe('N+1-free lists', () => {
  for (const [name, query] of Object.entries(LISTS)) {
    it(`${name}: 10 rows and 100 rows cost the same number of SQL statements`, async () => {
      await statementsFor(query, 5); // warm-up (metadata, pools)
      const ten = await statementsFor(query, 10);
      const hundred = await statementsFor(query, 100);
      console.log(`n+1 ${name}: ${ten} statements for 10 rows, ${hundred} for 100 rows`);
      expect(hundred).toBe(ten);
    });
  }
});
