import { Arg, Ctx, Directive, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLError } from 'graphql';
import type { SubgraphContext } from '@metrograph/kit';
import { User } from '../user/user.entity.js';
import { Viewer, viewerOf } from './viewer.js';
import { ChangePasswordInput, SignInInput, SignInPayload } from './auth.input.js';
import { changePassword, signIn } from './auth.service.js';
import { endSessions, sessionStillValid } from './sessions.service.js';
import { audit } from '../audit/audit.service.js';
import { UUID_PATTERN as UUID } from '@metrograph/kit';

@Directive('@inaccessible')
@InputType({ description: 'A session the router received (router only).' })
export class CheckSessionInput {
  @Field(() => ID, { description: 'User id (the token subject).' })
  userId!: string;

  @Field(() => Date, { description: 'When the token was issued.' })
  issuedAt!: Date;
}


@Resolver()
export class AuthResolver {
  @Mutation(() => Boolean, { description: 'Signs out: every session of the caller ends now, on every device.' })
  async signOut(@Ctx() { em, principal }: SubgraphContext): Promise<boolean> {
    if (principal.kind !== 'user' || !principal.id) return false;
    await endSessions(em, [principal.id]);
    audit(em, { kind: 'SIGN_OUT', success: true, actor: { kind: 'user', id: principal.id, name: principal.name }, subjectType: 'User', subjectId: principal.id });
    await em.flush();
    return true;
  }

  @Directive('@inaccessible')
  @Query(() => Boolean, { description: 'Whether a session is still good: the user is active and has not signed out or had their rights changed since (router only).' })
  async checkSession(@Arg('input', () => CheckSessionInput, { description: 'The session.' }) input: CheckSessionInput, @Ctx() { em, principal }: SubgraphContext): Promise<boolean> {
    if (principal.kind !== 'system') throw new GraphQLError('Forbidden: only the router may call this', { extensions: { code: 'FORBIDDEN' } });
    if (!UUID.test(input.userId)) return false;
    return sessionStillValid(await em.findOne(User, { id: input.userId }), input.issuedAt);
  }

  @Mutation(() => SignInPayload, { description: 'Signs in with a password or LDAP single sign-on and returns a session token (002 §4.7.5, §4.8.1).' })
  signIn(@Arg('input', () => SignInInput, { description: 'Username, password and method.' }) input: SignInInput, @Ctx() { em }: SubgraphContext): Promise<SignInPayload> {
    return signIn(em, input);
  }

  @Mutation(() => SignInPayload, { description: 'Changes one\'s password with the current one (also once it has expired), then signs in.' })
  changePassword(@Arg('input', () => ChangePasswordInput, { description: 'Current and new password.' }) input: ChangePasswordInput, @Ctx() { em }: SubgraphContext): Promise<SignInPayload> {
    return changePassword(em, input);
  }

  @Query(() => Viewer, { description: 'The caller: kind, rights and area scope (anonymous when not signed in).' })
  async viewer(@Ctx() { em, principal }: SubgraphContext): Promise<Viewer> {
    const user = principal.kind === 'user' && principal.id ? await em.findOne(User, { id: principal.id }) : null;
    return viewerOf(principal, user);
  }
}
