import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The composed supergraph checked in at schema/supergraph.graphql (made by `pnpm generate`). */
export const DEFAULT_SUPERGRAPH_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/supergraph.graphql');

export function loadSupergraph(file: string = DEFAULT_SUPERGRAPH_PATH): string {
  return readFileSync(file, 'utf8');
}

/** Names and URLs of the subgraphs a supergraph joins (from its join__Graph enum). */
export function subgraphsOf(supergraphSdl: string): { name: string; url: string }[] {
  const found: { name: string; url: string }[] = [];
  const pattern = /@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]*)"\)/g;
  for (const match of supergraphSdl.matchAll(pattern)) found.push({ name: match[1], url: match[2] });
  return found;
}
