/**
 * `pnpm generate`: writes schema/<subgraph>.graphql from each subgraph's code, composes
 * schema/supergraph.graphql (what the router serves) and schema/api.graphql (the public API,
 * input of codegen), then runs GraphQL Code Generator for the web app.
 */
import { spawnSync } from 'node:child_process';
import { SUBGRAPHS } from './subgraphs.js';
import { ROOT, composeSupergraph, currentSubgraphSdls, writeSchemaFile } from './schema.js';

const sdls = await currentSubgraphSdls(SUBGRAPHS);
for (const [name, sdl] of Object.entries(sdls)) await writeSchemaFile(`${name}.graphql`, sdl);
const composed = composeSupergraph(SUBGRAPHS, sdls);
await writeSchemaFile('supergraph.graphql', composed.supergraphSdl);
await writeSchemaFile('api.graphql', composed.apiSdl);
console.log(`schema: wrote ${Object.keys(sdls).map((n) => `${n}.graphql`).join(', ')}, supergraph.graphql, api.graphql`);

if (!process.argv.includes('--no-codegen')) {
  const codegen = spawnSync('pnpm', ['exec', 'graphql-codegen', '--config', 'codegen.yml'], { cwd: ROOT, stdio: 'inherit' });
  if (codegen.status !== 0) process.exit(codegen.status ?? 1);
}
