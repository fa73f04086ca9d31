import { hash, verify } from '@node-rs/argon2';
import { intEnv } from '@metrograph/kit';

/** The password policy of 002 §4.7.5 and §4.8.4, from the environment with safe defaults. */
export interface PasswordPolicy {
  minLength: number;
  /** A password must be changed after this many days (0 = never). */
  maxAgeDays: number;
  /** So many earlier passwords may not be reused. */
  historySize: number;
  /** Wrong passwords in a row that lock the account... */
  maxFailedAttempts: number;
  /** ...for this many minutes, unless an administrator unlocks it earlier. */
  lockoutMinutes: number;
}

export function passwordPolicy(env: NodeJS.ProcessEnv = process.env): PasswordPolicy {
  const read = (name: string, fallback: number) => {
    const saved = process.env;
    try {
      process.env = env;
      return intEnv(name, fallback);
    } finally {
      process.env = saved;
    }
  };
  return {
    minLength: read('PASSWORD_MIN_LENGTH', 10),
    maxAgeDays: read('PASSWORD_MAX_AGE_DAYS', 90),
    historySize: read('PASSWORD_HISTORY', 5),
    maxFailedAttempts: read('LOCKOUT_ATTEMPTS', 5),
    lockoutMinutes: read('LOCKOUT_MINUTES', 15),
  };
}

/** Longer passwords are refused outright: hashing megabytes would be a denial of service. */
export const MAX_PASSWORD_LENGTH = 256;

/** Problems with a new password, empty when it is acceptable (reuse is checked separately). */
export function passwordProblems(password: string, policy: PasswordPolicy, username?: string): { code: string; message: string }[] {
  const problems: { code: string; message: string }[] = [];
  if ([...password].length < policy.minLength) problems.push({ code: 'TOO_SHORT', message: `must have at least ${policy.minLength} characters` });
  if (password.length > MAX_PASSWORD_LENGTH) problems.push({ code: 'TOO_LONG', message: `must have at most ${MAX_PASSWORD_LENGTH} characters` });
  const classes = [/[a-z\u0E00-\u0E7F]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9\u0E00-\u0E7F]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push({ code: 'TOO_SIMPLE', message: 'must mix at least three of: lower-case or Thai letters, capitals, digits, symbols' });
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push({ code: 'CONTAINS_USERNAME', message: 'must not contain the username' });
  return problems;
}

export function passwordExpired(changedAt: Date | null | undefined, policy: PasswordPolicy, now = new Date()): boolean {
  if (policy.maxAgeDays === 0) return false;
  if (!changedAt) return true;
  return now.getTime() - changedAt.getTime() > policy.maxAgeDays * 86_400_000;
}

export function hashPassword(password: string): Promise<string> {
  // argon2id (the library default) with its default cost.
  return hash(password);
}

export async function verifyPassword(hashed: string | null | undefined, password: string): Promise<boolean> {
  if (!hashed) return false;
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the user does not exist, so timing does not reveal usernames. */
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
  dummy ??= hash('no-such-user-password');
  return dummy;
}
