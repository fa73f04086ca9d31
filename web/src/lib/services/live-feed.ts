import { createClient, type Client } from 'graphql-ws';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@urql/core';
import { GRAPHQL_URL } from './graphql';
import { authorizationHeaders, sessionToken } from './session';

/**
 * Live updates from the router: subscriptions over graphql-ws on the same `/graphql` URL,
 * the signed-in user's token in `connectionParams.authorization` (the router applies the same
 * rights and area as to HTTP requests). One socket per tab, opened by the first subscriber and
 * closed shortly after the last one leaves. It reconnects by itself and re-subscribes; callers
 * refetch when the state turns `live` again, so what changed while offline is not missed.
 */
let client: Client | null = null;
let users = 0;

function socketUrl(): string {
	const url = new URL(GRAPHQL_URL, window.location.href);
	url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
	return url.toString();
}

/** Whether the shared socket is connected now (a subscriber joining a live socket is live at once). */
let connected = false;

function shared(): Client {
	if (client) return client;
	const created: Client = createClient({
		url: socketUrl(),
		on: {
			connected: () => {
				if (client === created) connected = true;
			},
			closed: () => {
				if (client === created) connected = false;
			}
		},
		lazy: true,
		lazyCloseTimeout: 3_000,
		retryAttempts: Infinity,
		shouldRetry: () => true,
		connectionParams: () => {
			const headers = authorizationHeaders(sessionToken());
			return headers.Authorization ? { authorization: headers.Authorization } : {};
		}
	});
	client = created;
	connected = false;
	return created;
}

/** `connecting` until the socket is up, `live` while it is, `reconnecting` after it dropped. */
export type LiveState = 'connecting' | 'live' | 'reconnecting';

/**
 * Subscribes in the browser and calls `onData` with each message's data; `onState` hears the
 * socket's state. Returns the function that stops the subscription (for `$effect` cleanup).
 */
export function subscribe<Data, Variables extends Record<string, unknown>>(
	document: TypedDocumentNode<Data, Variables>,
	variables: Variables,
	onData: (data: Data) => void,
	onState: (state: LiveState) => void = () => undefined
): () => void {
	const socket = shared();
	users++;
	onState(connected ? 'live' : 'connecting');
	let stopped = false;
	let retry: ReturnType<typeof setTimeout> | undefined;
	let unsubscribe: () => void = () => undefined;
	const offs = [socket.on('connected', () => onState('live')), socket.on('closed', () => !stopped && onState('reconnecting'))];

	const start = () => {
		unsubscribe = socket.subscribe<Data>(
			{ query: print(document), variables },
			{
				next: (message) => {
					if (message.data) onData(message.data as Data);
				},
				error: () => {
					// a refused subscription (e.g. rights changing) is tried again a little later
					if (!stopped) retry = setTimeout(() => !stopped && start(), 5_000);
				},
				complete: () => undefined
			}
		);
	};
	start();

	return () => {
		stopped = true;
		clearTimeout(retry);
		unsubscribe();
		for (const off of offs) off();
		users--;
		if (users === 0 && client) {
			const closing = client;
			client = null;
			setTimeout(() => void closing.dispose(), 3_000);
		}
	};
}
