import { defineEnvVars } from '@sveltejs/kit/env';

/** Where the federated GraphQL router listens when nothing else is configured. */
export const DEFAULT_GRAPHQL_URL = 'http://localhost:4000/graphql';

/**
 * Environment variables of the web app (SvelteKit 3 explicit env).
 * Dynamic, public values are read when the server starts (`node build/index.js`)
 * and handed to the browser, so one build serves every environment.
 */
export const variables = defineEnvVars({
	PUBLIC_GRAPHQL_URL: {
		public: true,
		static: false,
		description: `URL of the GraphQL router, reachable from both the server and the browser. Defaults to ${DEFAULT_GRAPHQL_URL}.`,
		schema: (value: string | undefined): string => {
			const url = value?.trim() || DEFAULT_GRAPHQL_URL;
			let parsed: URL;
			try {
				parsed = new URL(url);
			} catch {
				throw new Error(`PUBLIC_GRAPHQL_URL must be an absolute URL, got ${JSON.stringify(url)}`);
			}
			if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
				throw new Error(`PUBLIC_GRAPHQL_URL must use http or https, got ${JSON.stringify(url)}`);
			}
			return url;
		}
	}
});
