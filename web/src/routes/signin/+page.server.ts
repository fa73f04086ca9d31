import { fail, redirect, type Cookies } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseLocale } from '../../lib/i18n';
import { createGraphqlClient, runMutation } from '../../lib/services/graphql';
import {
	ChangePasswordDocument,
	SESSION_COOKIE,
	SignInDocument,
	SignOutDocument,
	safeNext
} from '../../lib/services/session';

/** Sign-in and password changes never carry a (possibly stale) session: a plain fetch, no cookie. */
const anonymousClient = () => createGraphqlClient(globalThis.fetch);

function keepSession(cookies: Cookies, url: URL, token: string, expiresAt: string | null | undefined): void {
	const expires = expiresAt ? new Date(expiresAt) : undefined;
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		// over plain http (the local stack) a Secure cookie would not be sent back
		secure: url.protocol === 'https:',
		...(expires && !Number.isNaN(expires.getTime()) ? { expires } : {})
	});
}

function form(data: FormData, name: string): string {
	const value = data.get(name);
	return typeof value === 'string' ? value : '';
}

/** Where to land: `next`, in the chosen language. */
function landing(next: string, lang: string): string {
	const target = new URL(safeNext(next), 'http://x');
	if (lang === 'en') target.searchParams.set('lang', 'en');
	return `${target.pathname}${target.search}`;
}

type Problem = { code: string; message: string; field: string };

function firstProblem(errors: readonly { field: readonly string[]; code: string; message: string }[]): Problem {
	const error = errors[0]!;
	return { code: error.code, message: error.message, field: error.field.at(-1) ?? '' };
}

export const load = (async ({ url, parent }) => {
	const locale = parseLocale(url.searchParams.get('lang'));
	const next = safeNext(url.searchParams.get('next'));
	// already signed in (the layout checked the session with the router): straight on
	const { viewer } = await parent();
	if (viewer) redirect(303, landing(next, locale));
	return { next, reason: url.searchParams.get('reason') };
}) satisfies PageServerLoad;

export const actions = {
	/** Signs in with identity's `signIn` through the router and keeps the token in the httpOnly cookie. */
	signin: async ({ request, cookies, url }) => {
		const data = await request.formData();
		const username = form(data, 'username').trim();
		const password = form(data, 'password');
		const next = form(data, 'next');
		const lang = form(data, 'lang');
		const missing = [!username && 'username', !password && 'password'].filter(Boolean) as string[];
		if (missing.length) return fail(400, { mode: 'signin' as const, username, missing, problem: null });
		let payload;
		try {
			payload = (await runMutation(SignInDocument, { input: { username, password } }, anonymousClient())).signIn;
		} catch (cause) {
			console.error('[signin] the router could not be reached:', cause);
			return fail(503, { mode: 'signin' as const, username, missing: [], problem: { code: 'NETWORK', message: String(cause), field: '' } });
		}
		if (!payload.token) {
			const problem = firstProblem(payload.userErrors);
			// an expired (or first, temporary) password: the user chooses a new one right here
			const mode = problem.code === 'PASSWORD_EXPIRED' ? ('change' as const) : ('signin' as const);
			return fail(problem.code === 'LOCKED' ? 423 : 400, { mode, username, missing: [], problem });
		}
		keepSession(cookies, url, payload.token, payload.expiresAt);
		redirect(303, landing(next, lang));
	},

	/** Changes an expired password with the current one, then signs in. */
	changePassword: async ({ request, cookies, url }) => {
		const data = await request.formData();
		const username = form(data, 'username').trim();
		const currentPassword = form(data, 'currentPassword');
		const newPassword = form(data, 'newPassword');
		const confirmPassword = form(data, 'confirmPassword');
		const next = form(data, 'next');
		const lang = form(data, 'lang');
		const missing = [!username && 'username', !currentPassword && 'currentPassword', !newPassword && 'newPassword', !confirmPassword && 'confirmPassword'].filter(Boolean) as string[];
		if (missing.length) return fail(400, { mode: 'change' as const, username, missing, problem: null });
		if (newPassword !== confirmPassword) {
			return fail(400, { mode: 'change' as const, username, missing: [], problem: { code: 'PASSWORDS_DIFFER', message: 'The two new passwords differ', field: 'confirmPassword' } });
		}
		let payload;
		try {
			payload = (await runMutation(ChangePasswordDocument, { input: { username, currentPassword, newPassword } }, anonymousClient())).changePassword;
		} catch (cause) {
			console.error('[signin] the router could not be reached:', cause);
			return fail(503, { mode: 'change' as const, username, missing: [], problem: { code: 'NETWORK', message: String(cause), field: '' } });
		}
		if (!payload.token) return fail(400, { mode: 'change' as const, username, missing: [], problem: firstProblem(payload.userErrors) });
		keepSession(cookies, url, payload.token, payload.expiresAt);
		redirect(303, landing(next, lang));
	},

	/** Ends every session of the user at identity, forgets the cookie and returns to sign-in. */
	signout: async ({ cookies, fetch, request, locals }) => {
		const data = await request.formData();
		const lang = form(data, 'lang');
		if (locals.sessionToken) {
			try {
				// `fetch` here carries the session (hooks.server.ts); failure still signs out of this browser
				await runMutation(SignOutDocument, {}, createGraphqlClient(fetch));
			} catch (cause) {
				console.error('[signout] identity did not confirm the sign-out:', cause);
			}
		}
		cookies.delete(SESSION_COOKIE, { path: '/' });
		locals.sessionToken = null;
		redirect(303, `/signin?reason=signed-out${lang === 'en' ? '&lang=en' : ''}`);
	}
} satisfies Actions;
