import { systemPrincipal, type EventConsumer } from '@metrograph/kit';
import { ComplaintWorkflow } from '../complaint/complaint.workflow.js';

/** When payments reports a case fine paid, the case records it (004 §4.5.1 (9), issue: fine settlement). */
export const finePaidConsumer: EventConsumer = {
  name: 'case-fine-paid',
  eventTypes: ['PaymentStatusChanged'],
  async handle(em, event) {
    const p = event.payload as { to?: string; source?: { type?: string; id?: string }; paymentRequestId?: string; paidAt?: string; paidAmountSatang?: number | null };
    if (p.to !== 'PAID' || p.source?.type !== 'CASE_FINE' || !p.source.id || !p.paymentRequestId) return;
    await new ComplaintWorkflow(em, systemPrincipal('payments')).finePaid(p.source.id, p.paymentRequestId, p.paidAt ? new Date(p.paidAt) : new Date(), p.paidAmountSatang ?? null);
  },
};
