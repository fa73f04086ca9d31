import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, printSchema } from 'graphql';
import { composeServices } from '@apollo/composition';
import { subgraphSdl, type SubgraphDefinition } from '@metrograph/kit';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCHEMA_DIR = path.join(ROOT, 'schema');

export interface Composed {
  supergraphSdl: string;
  /** The public API schema analysts and the web app see (no federation internals). */
  apiSdl: string;
}

/** SDL of each subgraph as its code builds it right now. */
export async function currentSubgraphSdls(subgraphs: SubgraphDefinition[]): Promise<Record<string, string>> {
  const sdls: Record<string, string> = {};
  for (const subgraph of subgraphs) sdls[subgraph.name] = subgraphSdl(await subgraph.buildSchema());
  return sdls;
}

/** Composes subgraph SDLs into the supergraph (Federation 2 composition); throws listing every composition error. */
export function composeSupergraph(subgraphs: SubgraphDefinition[], sdls: Record<string, string>): Composed {
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, url: `http://localhost:${s.defaultPort}/graphql`, typeDefs: parse(sdls[s.name]) })),
  );
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return {
    supergraphSdl: result.supergraphSdl.trim() + '\n',
    apiSdl: printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trim() + '\n',
  };
}

export async function readCheckedIn(file: string): Promise<string | null> {
  try {
    return await readFile(path.join(SCHEMA_DIR, file), 'utf8');
  } catch {
    return null;
  }
}

export async function writeSchemaFile(file: string, content: string): Promise<void> {
  await writeFile(path.join(SCHEMA_DIR, file), content);
}
