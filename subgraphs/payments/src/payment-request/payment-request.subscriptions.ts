import { Arg, Field, ID, InputType, ObjectType, Resolver, Subscription } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { PaymentRequest } from './payment-request.entity.js';

function servedByRouter(): never {
  throw new GraphQLError('Subscriptions are served by the router over graphql-ws at /graphql', { extensions: { code: 'BAD_REQUEST' } });
}

@ObjectType({ description: 'A payment request was issued (from null to PENDING) or changed status (e.g. PENDING → PAID after the bank\'s callback).' })
export class PaymentStatusChange {
  @Field(() => ID, { description: 'Id of the event; pass the last one you saw as `after` when you reconnect.' })
  eventId!: string;

  @Field(() => String, { nullable: true, description: 'Status before (null when the request was just created).' })
  from?: string | null;

  @Field(() => String, { description: 'Status after.' })
  to!: string;

  @Field(() => Date, { description: 'When it changed.' })
  at!: Date;

  @Field(() => PaymentRequest, { nullable: true, description: 'The payment request as it is now (null if it is no longer visible to you).' })
  paymentRequest?: PaymentRequest | null;
}

@InputType({ description: 'Which payment status changes to receive; all given conditions must hold (your area always applies).' })
export class PaymentStatusChangeFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these payment requests.' })
  paymentRequestIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only requests of these operators.' })
  operatorIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only requests of these offices.' })
  officeCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only requests issued for these sources (e.g. a legal case\'s id: its fine\'s pay-in, from the moment it is issued).' })
  sourceIds?: string[];
}

@Resolver()
export class PaymentSubscriptionResolver {
  @Subscription(() => PaymentStatusChange, { subscribe: servedByRouter, description: 'Payment requests changing status, live (pay-in page, reconciliation, dashboards).' })
  paymentStatusChanged(
    @Arg('filter', () => PaymentStatusChangeFilter, { nullable: true, description: 'Which requests.' }) _filter: PaymentStatusChangeFilter | undefined,
    @Arg('after', () => ID, { nullable: true, description: 'Resume: also send the changes after this event id that you missed (bounded window).' }) _after: string | undefined,
  ): PaymentStatusChange {
    return servedByRouter();
  }
}
