import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// SvelteKit 3 takes its configuration through the Vite plugin; a separate
// `svelte.config.js` is no longer read (and its presence is a build error).
export default defineConfig({
	plugins: [
		sveltekit({
			// `node build/index.js` starts the server (PORT, HOST, ORIGIN, ... per adapter-node)
			adapter: adapter({ out: 'build' }),
			// The public origin of the web app (SvelteKit 3 fixes it at build time; without it
			// adapter-node assumes https). Set WEB_ORIGIN when building for another host.
			paths: { origin: process.env.WEB_ORIGIN ?? 'http://localhost:3000' },
			// The origin above is fixed at build time, but one build serves any host and port (the
			// stack's tests run it on other ports): `hooks.server.ts` checks instead that a form
			// POST comes from the origin the request was actually sent to (same host and port).
			csrf: { trustedOrigins: ['*'] }
		})
	]
});
