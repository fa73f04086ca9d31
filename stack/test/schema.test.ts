/**
 * The checked-in schema files are what the code builds and composition accepts:
 * a subgraph change without `pnpm generate`, or one that breaks composition, fails here.
 */
import { describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { undescribedElements } from '@metrograph/kit';
import { SUBGRAPHS } from '../src/subgraphs.js';
import { composeSupergraph, currentSubgraphSdls, readCheckedIn } from '../src/schema.js';

const sdls = await currentSubgraphSdls(SUBGRAPHS);

describe('schema files', () => {
  for (const subgraph of SUBGRAPHS) {
    it(`schema/${subgraph.name}.graphql matches the ${subgraph.name} code (run pnpm generate)`, async () => {
      expect(await readCheckedIn(`${subgraph.name}.graphql`)).toBe(sdls[subgraph.name]);
    });

    it(`every type, field, argument and enum value of ${subgraph.name} is described`, async () => {
      expect(undescribedElements(await subgraph.buildSchema())).toEqual([]);
    });
  }

  it('the subgraphs compose, and schema/supergraph.graphql and api.graphql are the composition', async () => {
    const composed = composeSupergraph(SUBGRAPHS, sdls);
    expect(await readCheckedIn('supergraph.graphql')).toBe(composed.supergraphSdl);
    expect(await readCheckedIn('api.graphql')).toBe(composed.apiSdl);
  });

  it('the public API links the domains as the design asks', () => {
    const api = buildSchema(composeSupergraph(SUBGRAPHS, sdls).apiSdl);
    const field = (type: string, name: string) => (api.getType(type) as any)?.getFields()[name];
    expect(String(field('Complaint', 'respondent').type)).toBe('Operator');
    expect(String(field('Operator', 'complaints').type)).toBe('ComplaintConnection');
    expect(String(field('Operator', 'instruments').type)).toBe('InstrumentConnection');
    expect(String(field('Operator', 'paymentRequests').type)).toBe('PaymentRequestConnection');
    // across a subgraph boundary the link is nullable, so an unreachable subgraph yields partial data
    for (const type of ['Complaint', 'Instrument', 'PaymentRequest', 'Operator']) {
      expect(String(field(type, 'province').type), `${type}.province`).toBe('Province');
    }
    expect(String(field('Office', 'province').type)).toBe('Province!');
    for (const list of ['complaints', 'operators', 'instruments', 'paymentRequests', 'provinces', 'offices', 'users']) {
      const query = field('Query', list);
      expect(String(query.type), list).toMatch(/Connection!$/);
      expect(query.args.map((a: any) => a.name), list).toEqual(expect.arrayContaining(['first', 'after', 'last', 'before', 'filter']));
    }
  });

  it('no enum value of a subgraph is lost in composition (two subgraphs naming different enums alike)', () => {
    const api = buildSchema(composeSupergraph(SUBGRAPHS, sdls).apiSdl);
    for (const [name, sdl] of Object.entries(sdls)) {
      for (const match of sdl.matchAll(/^enum (\w+)[^{]*\{([^}]*)\}/gm)) {
        const values = [...match[2].matchAll(/^\s+([A-Z][A-Z0-9_]*)\s*(@.*)?$/gm)].map((m) => m[1]);
        const composed = api.getType(match[1]) as any;
        if (!composed) continue;
        const kept = new Set(composed.getValues().map((v: any) => v.name));
        expect(values.filter((v) => !kept.has(v)), `${name}: enum ${match[1]}`).toEqual([]);
      }
    }
  });

  it('composition fails loudly when subgraphs disagree', () => {
    const broken = { ...sdls, payments: sdls.payments.replace('type PageInfo', 'type PageInfoX').replace(/pageInfo: PageInfo!/g, 'pageInfo: PageInfoX!') + '\ntype Province @key(fields: "code") { code: Int! }\n' };
    expect(() => composeSupergraph(SUBGRAPHS, broken)).toThrow(/composition failed/);
  });
});
