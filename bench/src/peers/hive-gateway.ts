/**
 * Hive Gateway (@graphql-hive/gateway) run in-process through its runtime API (the CLI would try
 * to reach the internet), composing the supergraph in $SUPERGRAPH_FILE, with default settings
 * except: no logging, and the caller's signed principal header propagated to the subgraphs.
 * Prints {"listening": url} on its first stdout line.
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { PRINCIPAL_HEADER } from '@metrograph/kit';

const gateway = createGatewayRuntime({
  supergraph: readFileSync(process.env.SUPERGRAPH_FILE!, 'utf8'),
  logging: false,
  // BENCH_LOG_FETCHES=1: each subgraph request on stderr (how many a query costs)
  plugins: () =>
    process.env.BENCH_LOG_FETCHES
      ? [{ onFetch: ({ url, options }: { url: string; options: { body?: unknown } }) => void process.stderr.write(`hive fetch ${url} ${String(options.body).slice(0, 160)}\n`) }]
      : [],
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ [PRINCIPAL_HEADER]: request.headers.get(PRINCIPAL_HEADER) }),
  },
});
const server = http.createServer(gateway);
server.listen(0, '127.0.0.1', () => {
  const address = server.address() as { port: number };
  process.stdout.write(JSON.stringify({ listening: `http://127.0.0.1:${address.port}/graphql` }) + '\n');
});
process.once('SIGTERM', () => {
  server.close();
  void Promise.resolve(gateway.dispose()).then(() => process.exit(0));
});
