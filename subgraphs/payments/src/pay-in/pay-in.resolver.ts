import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver, registerEnumType } from 'type-graphql';
import { UserError, userError, type SubgraphContext } from '@metrograph/kit';
import { PaymentRequest } from '../payment-request/payment-request.entity.js';
import { PaymentStatus } from '../payment-request/payment-request.service.js';
import { visibleRequest } from '../payment-request/payment-request.resolver.js';
import { audit, AuditAction } from '../audit/audit.js';
import { paymentsConfig } from '../config.js';
import { renderPayIn } from './pay-in.pdf.js';

export enum PayInPurpose {
  VIEW = 'VIEW',
  PRINT = 'PRINT',
}
registerEnumType(PayInPurpose, {
  name: 'PayInPurpose',
  description: 'Why the pay-in is fetched; both are recorded in the audit trail (004 §4.5.10 (8)).',
  valuesConfig: {
    VIEW: { description: 'To look at it on screen (เรียกดู).' },
    PRINT: { description: 'To print or hand to the payer (พิมพ์).' },
  },
});

@InputType({ description: 'Which pay-in to fetch, and why.' })
export class ExportPayInInput {
  @Field(() => ID, { description: 'The payment request.' })
  paymentRequestId!: string;

  @Field(() => PayInPurpose, { defaultValue: PayInPurpose.VIEW, description: 'View or print.' })
  purpose!: PayInPurpose;
}

@ObjectType('PaymentFile', { description: 'A generated file (pay-in PDF, report), inline as base64.' })
export class GeneratedFile {
  @Field(() => String, { description: 'Suggested file name.' })
  fileName!: string;

  @Field(() => String, { description: 'MIME type, e.g. application/pdf.' })
  contentType!: string;

  @Field(() => Int, { description: 'Size of the file in bytes.' })
  byteLength!: number;

  @Field(() => String, { description: 'The file\'s bytes, base64-encoded.' })
  contentBase64!: string;
}

@ObjectType({ description: 'Result of exportPayIn.' })
export class ExportPayInPayload {
  @Field(() => GeneratedFile, { nullable: true, description: 'The pay-in PDF; null when userErrors is not empty.' })
  document!: GeneratedFile | null;

  @Field(() => PaymentRequest, { nullable: true, description: 'The payment request it is for.' })
  paymentRequest!: PaymentRequest | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix; empty on success.' })
  userErrors!: UserError[];
}

const WATERMARKS: Partial<Record<PaymentStatus, string>> = {
  [PaymentStatus.PAID]: 'ชำระแล้ว',
  [PaymentStatus.CANCELLED]: 'ยกเลิก',
  [PaymentStatus.EXPIRED]: 'หมดอายุ',
  [PaymentStatus.UNDER_REVIEW]: 'รอตรวจสอบ',
  [PaymentStatus.PARTIALLY_REFUNDED]: 'ชำระแล้ว',
  [PaymentStatus.REFUNDED]: 'คืนเงินแล้ว',
};

@Resolver()
export class PayInResolver {
  @Mutation(() => ExportPayInPayload, {
    description: 'The pay-in slip (ใบแจ้งการชำระเงิน) of a request as a Thai PDF with the QR bill-payment code and barcode; every view and print is audited. A request that must not be paid any more comes watermarked (ชำระแล้ว, ยกเลิก, หมดอายุ).',
  })
  async exportPayIn(@Arg('input', () => ExportPayInInput, { description: 'Which pay-in, and why.' }) input: ExportPayInInput, @Ctx() ctx: SubgraphContext): Promise<ExportPayInPayload> {
    const request = await visibleRequest(ctx, input.paymentRequestId);
    if (!request) return { document: null, paymentRequest: null, userErrors: [userError(['input', 'paymentRequestId'], 'NOT_FOUND', 'no such payment request in your area')] };
    const config = paymentsConfig();
    const pdf = await renderPayIn({
      requestNo: request.requestNo,
      ref1: request.ref1,
      ref2: request.ref2,
      billerId: config.billerId,
      billerName: config.billerName,
      feeCode: request.feeCode,
      feeName: request.feeName,
      quantity: request.quantity,
      unitAmountSatang: request.unitAmountSatang ?? null,
      amountSatang: request.amountSatang,
      issuedAt: request.issuedAt,
      dueDate: request.dueDate,
      officeCode: request.officeCode,
      payerName: request.payerName ?? null,
      payerTaxId: request.payerTaxId ?? null,
      watermark: WATERMARKS[request.status] ?? null,
    });
    const tx = ctx.em.fork();
    audit(tx, ctx.principal, input.purpose === PayInPurpose.PRINT ? AuditAction.PAY_IN_PRINTED : AuditAction.PAY_IN_VIEWED, request, {
      detail: { status: request.status, byteLength: pdf.length },
    });
    await tx.flush();
    return {
      document: { fileName: `pay-in-${request.requestNo}.pdf`, contentType: 'application/pdf', byteLength: pdf.length, contentBase64: pdf.toString('base64') },
      paymentRequest: request,
      userErrors: [],
    };
  }
}
