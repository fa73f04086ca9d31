import type { SubgraphDefinition } from '@metrograph/kit';
import { identity } from '@metrograph/identity';
import { registry } from '@metrograph/registry';
import { complaints } from '@metrograph/complaints';
import { payments } from '@metrograph/payments';

/** Every subgraph of the graph, in the order they start and seed. */
export const SUBGRAPHS: SubgraphDefinition[] = [identity, registry, complaints, payments];

export function subgraphByName(name: string): SubgraphDefinition {
  const found = SUBGRAPHS.find((s) => s.name === name);
  if (!found) throw new Error(`unknown subgraph "${name}"; known: ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  return found;
}
