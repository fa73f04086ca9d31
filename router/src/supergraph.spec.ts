import { describe, expect, it } from 'vitest';
import { loadSupergraph, subgraphsOf } from './supergraph.js';
import { subgraphUrlsFromEnv } from './gateway.js';

describe('supergraph', () => {
  it('lists the subgraphs the checked-in supergraph joins', () => {
    expect(subgraphsOf(loadSupergraph()).map((s) => s.name).sort()).toEqual(['complaints', 'identity', 'payments', 'registry']);
  });

  it('takes subgraph URLs from SUBGRAPH_<NAME>_URL', () => {
    expect(subgraphUrlsFromEnv({ SUBGRAPH_COMPLAINTS_URL: 'http://c:1/graphql', OTHER: 'x', SUBGRAPH_REGISTRY_URL: '' })).toEqual({
      complaints: 'http://c:1/graphql',
    });
  });
});
