import { Client, EqualityFilter } from 'ldapts';

/** Where the department's directory is (002 §4.7.5, §4.8.1); from the environment. */
export interface LdapSettings {
  url: string;
  /** Where users are searched, e.g. ou=people,dc=dit,dc=go,dc=th. */
  baseDn: string;
  /** Attribute holding the sign-in name (default uid). */
  usernameAttribute: string;
  /** Service account to search with; anonymous search when absent. */
  bindDn?: string;
  bindPassword?: string;
  timeoutMs: number;
}

export function ldapSettings(env: NodeJS.ProcessEnv = process.env): LdapSettings | null {
  if (!env.LDAP_URL || !env.LDAP_BASE_DN) return null;
  return {
    url: env.LDAP_URL,
    baseDn: env.LDAP_BASE_DN,
    usernameAttribute: env.LDAP_USERNAME_ATTRIBUTE || 'uid',
    bindDn: env.LDAP_BIND_DN || undefined,
    bindPassword: env.LDAP_BIND_PASSWORD || undefined,
    timeoutMs: Number(env.LDAP_TIMEOUT_MS || 5000),
  };
}

export type LdapOutcome =
  | { ok: true; dn: string; displayName: string | null; email: string | null }
  | { ok: false; reason: 'NOT_CONFIGURED' | 'NO_SUCH_USER' | 'WRONG_PASSWORD' | 'DIRECTORY_UNAVAILABLE'; message: string };

function first(value: unknown): string | null {
  if (Array.isArray(value)) return value.length ? first(value[0]) : null;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * Single sign-on: finds the user's entry (search bind), then binds as that entry with the
 * password given. The password never reaches Metrograph's database.
 */
export async function ldapAuthenticate(username: string, password: string, settings = ldapSettings()): Promise<LdapOutcome> {
  if (!settings) return { ok: false, reason: 'NOT_CONFIGURED', message: 'LDAP sign-in is not configured (LDAP_URL, LDAP_BASE_DN)' };
  // An empty password would be an unauthenticated bind, which LDAP servers accept: refuse it here.
  if (password === '') return { ok: false, reason: 'WRONG_PASSWORD', message: 'wrong username or password' };
  const client = new Client({ url: settings.url, timeout: settings.timeoutMs, connectTimeout: settings.timeoutMs });
  try {
    if (settings.bindDn) await client.bind(settings.bindDn, settings.bindPassword ?? '');
    const { searchEntries } = await client.search(settings.baseDn, {
      scope: 'sub',
      filter: new EqualityFilter({ attribute: settings.usernameAttribute, value: username }),
      attributes: ['dn', 'cn', 'displayName', 'mail'],
      sizeLimit: 2,
    });
    if (searchEntries.length !== 1) return { ok: false, reason: 'NO_SUCH_USER', message: 'wrong username or password' };
    const entry = searchEntries[0];
    await client.unbind();
    const userClient = new Client({ url: settings.url, timeout: settings.timeoutMs, connectTimeout: settings.timeoutMs });
    try {
      await userClient.bind(entry.dn, password);
    } catch (error) {
      if ((error as { code?: number }).code === 49) return { ok: false, reason: 'WRONG_PASSWORD', message: 'wrong username or password' };
      throw error;
    } finally {
      await userClient.unbind().catch(() => undefined);
    }
    return { ok: true, dn: entry.dn, displayName: first(entry.displayName) ?? first(entry.cn), email: first(entry.mail) };
  } catch (error) {
    return { ok: false, reason: 'DIRECTORY_UNAVAILABLE', message: `the directory could not be reached: ${(error as Error).message}` };
  } finally {
    await client.unbind().catch(() => undefined);
  }
}
