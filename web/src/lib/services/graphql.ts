import { Client, cacheExchange, fetchExchange, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import { PUBLIC_GRAPHQL_URL } from '$app/env/public';

/** The `fetch` SvelteKit hands to `load` (or the global one in the browser). */
export type Fetch = typeof fetch;

/**
 * Creates an urql client that talks to the Metrograph GraphQL router.
 *
 * Pass SvelteKit's `fetch` from a `load` function so that requests made during
 * server rendering are inlined into the page and replayed on hydration.
 */
export function createGraphqlClient(fetchFn: Fetch, url: string = PUBLIC_GRAPHQL_URL): Client {
	return new Client({
		url,
		fetch: fetchFn,
		exchanges: [cacheExchange, fetchExchange],
		preferGetMethod: false
	});
}

/** Raised when the router cannot be reached or answers with errors. */
export class GraphqlRequestError extends Error {
	override readonly name = 'GraphqlRequestError';
	constructor(
		message: string,
		/** `network`: router unreachable / non-GraphQL response; `graphql`: the operation failed. */
		readonly kind: 'network' | 'graphql',
		options?: { cause?: unknown }
	) {
		super(message, options);
	}
}

/**
 * Runs a query and returns its data, or throws a `GraphqlRequestError`.
 * Partial data with errors is treated as a failure: this app is for officials
 * and must not show silently incomplete figures.
 */
export async function runQuery<Data, Variables extends AnyVariables>(
	client: Client,
	document: TypedDocumentNode<Data, Variables>,
	variables: Variables
): Promise<Data> {
	const result = await client.query(document, variables).toPromise();

	if (result.error) {
		const { networkError, graphQLErrors } = result.error;
		if (networkError) {
			throw new GraphqlRequestError(networkError.message, 'network', { cause: result.error });
		}
		const message = graphQLErrors.map((e) => e.message).join('; ') || result.error.message;
		throw new GraphqlRequestError(message, 'graphql', { cause: result.error });
	}
	if (!result.data) {
		throw new GraphqlRequestError('The GraphQL response contained no data', 'graphql');
	}
	return result.data;
}
