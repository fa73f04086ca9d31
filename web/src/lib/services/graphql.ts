import { Client, cacheExchange, fetchExchange, type AnyVariables, type CombinedError, type TypedDocumentNode } from '@urql/core';
import { PUBLIC_GRAPHQL_URL } from '$app/env/public';
import { authorizationHeaders, sessionToken } from './session';

/** The `fetch` SvelteKit hands to `load` (or the global one in the browser). */
export type Fetch = typeof fetch;

/** The router's URL (public: the browser and the server both use it). */
export const GRAPHQL_URL: string = PUBLIC_GRAPHQL_URL;

/**
 * Creates an urql client that talks to the Metrograph GraphQL router.
 *
 * Pass SvelteKit's `fetch` from a `load` function so that requests made during
 * server rendering are inlined into the page and replayed on hydration.
 * In the browser every request carries the signed-in user's bearer token (see `session.ts`).
 */
export function createGraphqlClient(fetchFn: Fetch = fetch, url: string = GRAPHQL_URL): Client {
	return new Client({
		url,
		fetch: settledErrors(fetchFn),
		// network-only: officials must see the state of the graph, not a cached copy
		requestPolicy: 'network-only',
		exchanges: [cacheExchange, fetchExchange],
		preferGetMethod: false,
		fetchOptions: () => ({ headers: authorizationHeaders(sessionToken()) })
	});
}

/**
 * The router answers refused operations (e.g. a field the caller has no rights to) with 4xx and a
 * GraphQL error body. During server rendering SvelteKit's `fetch` hands back a proxy whose body
 * must be read exactly once through it; urql keeps the response on its error, and logging that
 * error reads the body again ("ReadableStream is locked", a 500). Error responses are therefore
 * read here (still through SvelteKit, so hydration replays them) and handed on as plain ones.
 */
function settledErrors(fetchFn: Fetch): Fetch {
	return async (input, init) => {
		const response = await fetchFn(input, init);
		if (response.ok) return response;
		const body = await response.text();
		return new Response(body, { status: response.status, statusText: response.statusText, headers: new Headers(response.headers) });
	};
}

export type GraphqlErrorKind = 'network' | 'graphql' | 'unauthenticated' | 'forbidden';

/** Raised when the router cannot be reached or answers with errors. */
export class GraphqlRequestError extends Error {
	override readonly name = 'GraphqlRequestError';
	constructor(
		message: string,
		/** `network`: router unreachable; `unauthenticated`/`forbidden`: sign-in or rights; `graphql`: other failures. */
		readonly kind: GraphqlErrorKind,
		options?: { cause?: unknown }
	) {
		super(message, options);
	}
}

/** A load error in a shape that survives serialisation into the page. */
export interface LoadError {
	kind: GraphqlErrorKind;
	message: string;
}

function toRequestError(error: CombinedError): GraphqlRequestError {
	const { networkError, graphQLErrors } = error;
	const codes = graphQLErrors.map((e) => e.extensions?.['code']);
	if (codes.includes('UNAUTHENTICATED')) {
		return new GraphqlRequestError(graphQLErrors.map((e) => e.message).join('; '), 'unauthenticated', { cause: error });
	}
	if (codes.includes('FORBIDDEN')) {
		return new GraphqlRequestError(graphQLErrors.map((e) => e.message).join('; '), 'forbidden', { cause: error });
	}
	if (networkError) return new GraphqlRequestError(networkError.message, 'network', { cause: error });
	const message = graphQLErrors.map((e) => e.message).join('; ') || error.message;
	return new GraphqlRequestError(message, 'graphql', { cause: error });
}

/** Turns anything thrown by a service into a serialisable load error. */
export function toLoadError(cause: unknown): LoadError {
	return cause instanceof GraphqlRequestError
		? { kind: cause.kind, message: cause.message }
		: { kind: 'network', message: cause instanceof Error ? cause.message : String(cause) };
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
	if (result.error) throw toRequestError(result.error);
	if (!result.data) throw new GraphqlRequestError('The GraphQL response contained no data', 'graphql');
	return result.data;
}

/** Runs a mutation (in the browser, with the session token) and returns its data or throws. */
export async function runMutation<Data, Variables extends AnyVariables>(
	document: TypedDocumentNode<Data, Variables>,
	variables: Variables,
	client: Client = createGraphqlClient()
): Promise<Data> {
	const result = await client.mutation(document, variables).toPromise();
	if (result.error) throw toRequestError(result.error);
	if (!result.data) throw new GraphqlRequestError('The GraphQL response contained no data', 'graphql');
	return result.data;
}

/** A user error as mutations return it: `field` is a path such as `['input', 'summary']`. */
export interface UserErrorLike {
	field: readonly string[];
	code: string;
	message: string;
}

/**
 * Maps user errors to form fields by the last meaningful segment of their path
 * (`['input','summary']` → `summary`, `['input','attachments','0','contentBase64']` → `attachments`).
 * Errors about the whole object (e.g. `['input','complaintId']`) go under `_form`.
 */
export function fieldErrors(
	errors: readonly UserErrorLike[],
	formKeys: readonly string[] = [],
	text: (error: UserErrorLike) => string = (error) => error.message
): Record<string, string> {
	const byField: Record<string, string> = {};
	for (const error of errors) {
		const path = error.field[0] === 'input' ? error.field.slice(1) : [...error.field];
		const key = path[0] && (formKeys.length === 0 || formKeys.includes(path[0])) ? path[0] : '_form';
		byField[key] = byField[key] ? `${byField[key]}; ${text(error)}` : text(error);
	}
	return byField;
}
