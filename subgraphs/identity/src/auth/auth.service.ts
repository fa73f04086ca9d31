import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { userError, type UserError } from '@metrograph/kit';
import { SignInMethod, User } from '../user/user.entity.js';
import { PasswordHistory } from '../access/right.entity.js';
import { principalOfUser } from '../access/principal.service.js';
import { viewerOf } from './viewer.js';
import { audit, auditNow } from '../audit/audit.service.js';
import { MAX_PASSWORD_LENGTH, dummyHash, hashPassword, passwordExpired, passwordPolicy, passwordProblems, verifyPassword, type PasswordPolicy } from './password-policy.js';
import { issueSession } from './session.js';
import { ldapAuthenticate } from './ldap.js';
import { endSessions } from './sessions.service.js';
import type { SignInPayload } from './auth.input.js';

type Outcome = Omit<SignInPayload, never>;

function failure(errors: UserError[]): Outcome {
  return { token: null, expiresAt: null, viewer: null, passwordExpiresAt: null, userErrors: errors };
}

const INVALID = (field: string) => userError(['input', field], 'INVALID_CREDENTIALS', 'Wrong username or password.');

/** Counts a wrong password atomically; locks the account once the policy's limit is reached (002 §4.8.4). */
async function recordFailure(em: EntityManager, user: User, policy: PasswordPolicy, reason: string): Promise<Date | null> {
  const lockedUntil = new Date(Date.now() + policy.lockoutMinutes * 60_000);
  // the count, the lock, their audit and the UserChanged event commit together
  return em.transactional(async (tx) => {
    const rows = (await tx.getConnection().execute(
      `update "identity"."app_user"
          set failed_attempts = case when failed_attempts + 1 >= ? then 0 else failed_attempts + 1 end,
              locked_until = case when failed_attempts + 1 >= ? then ?::timestamptz else locked_until end
        where id = ?
    returning locked_until`,
      [policy.maxFailedAttempts, policy.maxFailedAttempts, lockedUntil.toISOString(), user.id],
      'all',
      tx.getTransactionContext(),
    )) as { locked_until: Date | string | null }[];
    const locked = rows[0]?.locked_until ? new Date(rows[0].locked_until) : null;
    const justLocked = locked !== null && Math.abs(locked.getTime() - lockedUntil.getTime()) < 1000;
    audit(tx, { kind: 'SIGN_IN_FAILED', success: false, actor: { kind: 'user', id: user.id, name: user.username }, subjectType: 'User', subjectId: user.id, detail: { reason } });
    if (justLocked) {
      audit(tx, {
        kind: 'LOCKED',
        success: true,
        actor: { kind: 'system', id: null, name: 'identity' },
        subjectType: 'User',
        subjectId: user.id,
        detail: { after: policy.maxFailedAttempts, until: lockedUntil.toISOString() },
      });
    }
    return justLocked ? lockedUntil : null;
  });
}

function lockedError(until: Date): UserError {
  return userError(['input', 'username'], 'LOCKED', `The account is locked after too many wrong passwords until ${until.toISOString()}; an administrator can unlock it.`);
}

/** Checks the account can sign in at all and the secret is right; counts failures. Null when it passed. */
async function checkCredentials(em: EntityManager, username: string, password: string, method: SignInMethod | undefined, policy: PasswordPolicy): Promise<{ user: User } | { errors: UserError[] }> {
  const user = username.length <= 100 ? await em.findOne(User, { username: username.trim() }, { populate: ['office'] }) : null;
  if (password.length > MAX_PASSWORD_LENGTH) password = password.slice(0, MAX_PASSWORD_LENGTH + 1);
  if (!user) {
    await verifyPassword(await dummyHash(), password);
    await auditNow(em, { kind: 'SIGN_IN_FAILED', success: false, actor: { kind: 'anonymous', id: null, name: username.slice(0, 200) }, detail: { reason: 'NO_SUCH_USER' } });
    return { errors: [INVALID('password')] };
  }
  if (!user.active) {
    await auditNow(em, { kind: 'SIGN_IN_FAILED', success: false, actor: { kind: 'user', id: user.id, name: user.username }, subjectType: 'User', subjectId: user.id, detail: { reason: 'DISABLED' } });
    return { errors: [userError(['input', 'username'], 'ACCOUNT_DISABLED', 'The account is disabled.')] };
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    await auditNow(em, { kind: 'SIGN_IN_FAILED', success: false, actor: { kind: 'user', id: user.id, name: user.username }, subjectType: 'User', subjectId: user.id, detail: { reason: 'LOCKED' } });
    return { errors: [lockedError(user.lockedUntil)] };
  }
  const chosen = method ?? user.signInMethod;
  if (chosen !== user.signInMethod) {
    return { errors: [userError(['input', 'method'], 'WRONG_METHOD', `This account signs in with ${user.signInMethod}.`)] };
  }
  let ok: boolean;
  if (chosen === SignInMethod.LDAP) {
    const outcome = await ldapAuthenticate(user.username, password);
    if (!outcome.ok && (outcome.reason === 'DIRECTORY_UNAVAILABLE' || outcome.reason === 'NOT_CONFIGURED')) {
      await auditNow(em, { kind: 'SIGN_IN_FAILED', success: false, actor: { kind: 'user', id: user.id, name: user.username }, detail: { reason: outcome.reason, message: outcome.message } });
      return { errors: [userError(['input', 'method'], 'LDAP_UNAVAILABLE', `Single sign-on is unavailable: ${outcome.message}.`)] };
    }
    ok = outcome.ok;
    if (outcome.ok) {
      if (outcome.displayName) user.displayName = outcome.displayName;
      if (outcome.email) user.email = outcome.email;
    }
  } else {
    ok = await verifyPassword(user.passwordHash, password);
  }
  if (!ok) {
    const locked = await recordFailure(em, user, policy, chosen === SignInMethod.LDAP ? 'LDAP_REJECTED' : 'WRONG_PASSWORD');
    return { errors: [locked ? lockedError(locked) : INVALID('password')] };
  }
  return { user };
}

async function succeed(em: EntityManager, user: User, method: SignInMethod, policy: PasswordPolicy, kind = 'SIGN_IN'): Promise<Outcome> {
  user.failedAttempts = 0;
  user.lockedUntil = null;
  user.lastSignInAt = new Date();
  const principal = await principalOfUser(em, user);
  const session = await issueSession(principal);
  audit(em, { kind, success: true, actor: { kind: 'user', id: user.id, name: user.username }, subjectType: 'User', subjectId: user.id, detail: { method } });
  await em.flush();
  const passwordExpiresAt =
    method === SignInMethod.PASSWORD && policy.maxAgeDays > 0 && user.passwordChangedAt
      ? new Date(user.passwordChangedAt.getTime() + policy.maxAgeDays * 86_400_000)
      : null;
  return { token: session.token, expiresAt: session.expiresAt, viewer: viewerOf(principal, user), passwordExpiresAt, userErrors: [] };
}

/** Password or LDAP sign-in with lockout and password expiry (002 §4.7.5, §4.8.1, §4.8.4). */
export async function signIn(em: EntityManager, input: { username: string; password: string; method?: SignInMethod | null }): Promise<Outcome> {
  const policy = passwordPolicy();
  const checked = await checkCredentials(em, input.username, input.password, input.method ?? undefined, policy);
  if ('errors' in checked) return failure(checked.errors);
  const { user } = checked;
  if (user.signInMethod === SignInMethod.PASSWORD && (user.mustChangePassword || passwordExpired(user.passwordChangedAt, policy))) {
    user.failedAttempts = 0;
    audit(em, { kind: 'SIGN_IN_FAILED', success: false, actor: { kind: 'user', id: user.id, name: user.username }, subjectType: 'User', subjectId: user.id, detail: { reason: 'PASSWORD_EXPIRED' } });
    await em.flush();
    return failure([userError(['input', 'password'], 'PASSWORD_EXPIRED', 'The password has expired or must be changed: choose a new one with changePassword.')]);
  }
  return succeed(em, user, user.signInMethod, policy);
}

/** Sets a password under the policy, refusing the recent ones; the old hash goes into the history. */
export async function setPassword(em: EntityManager, user: User, password: string, policy: PasswordPolicy, field: string[]): Promise<UserError[]> {
  const problems = passwordProblems(password, policy, user.username).map((p) => userError(field, p.code, `The new password ${p.message}.`));
  if (problems.length) return problems;
  const history = await em.find(PasswordHistory, { user: user.id }, { orderBy: { createdAt: 'desc' }, limit: policy.historySize });
  const recent = [user.passwordHash, ...history.map((h) => h.hash)].filter((h): h is string => !!h).slice(0, Math.max(policy.historySize, 1));
  for (const old of recent) {
    if (await verifyPassword(old, password)) return [userError(field, 'REUSED', `The new password must differ from the last ${policy.historySize} passwords.`)];
  }
  if (user.passwordHash) em.persist(em.create(PasswordHistory, { id: randomUUID(), user, hash: user.passwordHash, createdAt: new Date() }));
  user.passwordHash = await hashPassword(password);
  user.passwordChangedAt = new Date();
  user.mustChangePassword = false;
  return [];
}

/** Changes a password with the current one (works when it has expired), then signs in. */
export async function changePassword(em: EntityManager, input: { username: string; currentPassword: string; newPassword: string }): Promise<Outcome> {
  const policy = passwordPolicy();
  const checked = await checkCredentials(em, input.username, input.currentPassword, SignInMethod.PASSWORD, policy);
  if ('errors' in checked) return failure(checked.errors.map((e) => (e.field[1] === 'password' ? { ...e, field: ['input', 'currentPassword'] } : e)));
  const { user } = checked;
  const errors = await setPassword(em, user, input.newPassword, policy, ['input', 'newPassword']);
  if (errors.length) {
    user.failedAttempts = 0;
    await em.flush();
    return failure(errors);
  }
  audit(em, { kind: 'PASSWORD_CHANGED', success: true, actor: { kind: 'user', id: user.id, name: user.username }, subjectType: 'User', subjectId: user.id });
  // sessions opened with the old password end; the one opened now is good
  await endSessions(em, [user.id]);
  return succeed(em, user, SignInMethod.PASSWORD, policy);
}
