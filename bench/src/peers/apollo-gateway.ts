/**
 * A stock @apollo/gateway + @apollo/server with default settings (standalone server), over the
 * supergraph in $SUPERGRAPH_FILE. The only addition: the caller's signed principal header is passed
 * on to the subgraphs (they refuse unsigned requests), as an integrator behind an auth proxy would.
 * Prints {"listening": url} on its first stdout line.
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { PRINCIPAL_HEADER } from '@metrograph/kit';

interface Context {
  principal?: string;
}

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(process.env.SUPERGRAPH_FILE!, 'utf8'),
  buildService: ({ url }) =>
    new RemoteGraphQLDataSource<Context>({
      url,
      willSendRequest({ request, context }) {
        if (context.principal) request.http?.headers.set(PRINCIPAL_HEADER, context.principal);
      },
    }),
});
const server = new ApolloServer<Context>({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: 0, host: '127.0.0.1' },
  context: async ({ req }) => ({ principal: req.headers[PRINCIPAL_HEADER] as string | undefined }),
});
process.stdout.write(JSON.stringify({ listening: url }) + '\n');
process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
