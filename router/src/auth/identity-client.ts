import { GraphQLError } from 'graphql';
import { PRINCIPAL_HEADER, signPrincipal, systemPrincipal } from '@metrograph/kit';

/** The router's own calls to identity (checking API credentials, reporting usage), signed as the router itself. */
export class IdentityClient {
  constructor(
    private readonly url: string,
    private readonly signingSecret: string,
  ) {}

  async call<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PRINCIPAL_HEADER]: signPrincipal(systemPrincipal('router'), this.signingSecret) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) {
      throw new GraphQLError(`The identity service could not check the credentials: ${body.errors?.[0]?.message ?? `HTTP ${response.status}`}`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'identity', http: { status: 503 } },
      });
    }
    return body.data;
  }
}
