/**
 * Intake from the 1569 complaint centre (004 §4.5.1 (1)): POST /integrations/1569/complaints.
 *
 * Order of work: read the raw body; verify the caller's signature and time window (nothing else
 * happens for a bad one: 401); parse and check each field (422 naming every bad field); return
 * the existing reference for a ticket already received (200, idempotent, so the centre may retry
 * freely); otherwise create the complaint, its reference number and its ComplaintReceived event in
 * one transaction (201).
 *
 * Responses are JSON:
 *   201 / 200  { referenceNo, complaintId, duplicate }
 *   401        { error: { code, message } }      unknown or inactive system, bad or stale signature
 *   403        { error: { code, message } }      a registered system that is not the 1569 centre
 *   400 / 413 / 415                               not JSON, too large, wrong content type
 *   422        { errors: [{ field, code, message }] }
 *   503        { error: { code, message } }      intake not configured (INTEGRATION_KEY) or database down
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { buddhistYear, log, nextInSeries, recordEvent, systemPrincipal } from '@metrograph/kit';
import { Complaint, ComplaintChannel, ComplaintStatus } from '../complaint/complaint.entity.js';
import { ComplaintWorkflow } from '../complaint/complaint.workflow.js';
import { suggestInstrumentType } from '../complaint/instrument-type.js';
import { TimelineEventType } from '../timeline/complaint-event.entity.js';
import { officeForProvince as defaultOfficeForProvince } from '../reference/jurisdiction.js';
import { HOTLINE_SYSTEM_CODE, signingSecretsOf } from './external-system.service.js';
import { integrationKeyFromEnv } from './secret-box.js';
import { readSignedHeaders, verifySignature, SIGNATURE_WINDOW_SECONDS, type SignatureFailure } from './signature.js';
import { validateHotlineComplaint, type HotlineComplaint } from './intake.validation.js';

export const HOTLINE_INTAKE_PATH = `/integrations/${HOTLINE_SYSTEM_CODE}/complaints`;
const SERVICE = 'complaints';
const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

export interface HotlineRoutesOptions {
  /** Encryption key of stored secrets; read from INTEGRATION_KEY when omitted. */
  key?: Buffer;
  /** The office serving a province; defaults to the jurisdiction map of this service. */
  officeForProvince?: (provinceCode: string) => string | null;
  /** Clock (ms), for tests. */
  now?: () => number;
  windowSeconds?: number;
  maxBodyBytes?: number;
}

/** An Express-compatible middleware (`app.use(hotlineRoutes(orm))`); other paths pass through. */
export type HotlineMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

class HttpProblem extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

function readRawBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  // A body parser mounted before us (express.raw) leaves the bytes in req.body.
  const parsed = (req as IncomingMessage & { body?: unknown }).body;
  if (Buffer.isBuffer(parsed)) {
    if (parsed.length > limit) return Promise.reject(new HttpProblem(413, 'TOO_LARGE', `The body must be at most ${limit} bytes.`));
    return Promise.resolve(parsed);
  }
  if (parsed !== undefined && typeof parsed === 'object' && Object.keys(parsed as object).length > 0) {
    return Promise.reject(new Error(`${HOTLINE_INTAKE_PATH} must be mounted before any JSON body parser: the signature covers the raw bytes`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        req.resume();
        reject(new HttpProblem(413, 'TOO_LARGE', `The body must be at most ${limit} bytes.`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (!done) reject(error);
    });
  });
}

function refuse(res: ServerResponse, status: number, failure: { code: SignatureFailure['code'] | 'FORBIDDEN'; reason: string }, systemId?: string): void {
  log(SERVICE, 'warn', 'hotline intake refused', { status, code: failure.code, reason: failure.reason, systemId });
  reply(res, status, { error: { code: failure.code, message: failure.reason } });
}

/** `CP-<Buddhist year>-<7 digits>`. */
export function complaintReferenceNo(year: number, n: number): string {
  return `CP-${year}-${String(n).padStart(7, '0')}`;
}

/**
 * The next free complaint reference of the year receivedAt falls in (Thai time). Numbers handed out
 * without the series (demo data loaded in bulk) are skipped: on a clash the series continues after
 * the highest number in use that year.
 */
export async function nextComplaintReferenceNo(tx: EntityManager, receivedAt: Date): Promise<string> {
  const year = buddhistYear(receivedAt);
  const referenceNo = complaintReferenceNo(year, await nextInSeries(tx, 'complaint', year));
  if ((await tx.count(Complaint, { referenceNo })) === 0) return referenceNo;
  const schema = tx.config.get('schema');
  const prefix = `CP-${year}-`;
  await tx.getConnection().execute(
    `update "${schema}"."number_series" set last = greatest(last, coalesce((
       select max(substring(reference_no from ${prefix.length + 1})::int) from "${schema}"."complaint"
       where reference_no like ? and substring(reference_no from ${prefix.length + 1}) ~ '^[0-9]{1,9}$'), 0))
     where series = 'complaint' and year = ?`,
    [`${prefix}%`, year],
    'run',
    tx.getTransactionContext(),
  );
  return complaintReferenceNo(year, await nextInSeries(tx, 'complaint', year));
}

/** Creates the complaint, its RECEIVED timeline step and its ComplaintReceived event in one transaction. */
export async function createHotlineComplaint(
  orm: MikroORM,
  input: HotlineComplaint,
  officeCode: string,
  actor: string,
): Promise<Complaint> {
  return orm.em.fork().transactional(async (tx) => {
    const referenceNo = await nextComplaintReferenceNo(tx, input.receivedAt);
    const complaint = tx.create(Complaint, {
      id: randomUUID(),
      referenceNo,
      externalRef: input.ticketNo,
      receivedAt: input.receivedAt,
      channel: ComplaintChannel.HOTLINE_1569,
      complainantName: input.complainantName,
      complainantPhone: input.complainantPhone,
      complainantEmail: input.complainantEmail,
      respondentName: input.respondentName,
      respondentOperatorId: null,
      placeName: input.placeName,
      placeAddress: input.placeAddress,
      provinceCode: input.provinceCode,
      officeCode,
      lat: input.lat,
      lng: input.lng,
      subject: input.subject,
      details: input.details,
      keywords: input.keywords,
      offenceBasis: null,
      instrumentType: suggestInstrumentType(`${input.subject} ${input.details}`, input.keywords),
      status: ComplaintStatus.RECEIVED,
      updatedAt: new Date(),
    });
    tx.persist(complaint);
    // First step of the complaint's timeline (004 §4.5.1 (10)), named as the demo data names it.
    new ComplaintWorkflow(tx, systemPrincipal('ระบบ 1569'), () => input.receivedAt).step({
      complaintId: complaint.id,
      type: TimelineEventType.RECEIVED,
      to: ComplaintStatus.RECEIVED,
      summary: `รับเรื่องร้องเรียนจากศูนย์ 1569 (เลขที่ ${input.ticketNo})`,
      details: { channel: ComplaintChannel.HOTLINE_1569, ticketNo: input.ticketNo },
    });
    recordEvent(tx, {
      type: 'ComplaintReceived',
      aggregateType: 'Complaint',
      aggregateId: complaint.id,
      payload: {
        complaintId: complaint.id,
        referenceNo,
        externalRef: input.ticketNo,
        receivedAt: input.receivedAt.toISOString(),
        provinceCode: input.provinceCode,
        officeCode,
        channel: ComplaintChannel.HOTLINE_1569,
        status: ComplaintStatus.RECEIVED,
      },
      actor,
    });
    await tx.flush();
    return complaint;
  });
}

/** The 1569 intake endpoint as middleware; mount with `app.use(hotlineRoutes(orm))` before any body parser. */
export function hotlineRoutes(orm: MikroORM, options: HotlineRoutesOptions = {}): HotlineMiddleware {
  const now = options.now ?? Date.now;
  const officeOf = options.officeForProvince ?? defaultOfficeForProvince;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const windowSeconds = options.windowSeconds ?? SIGNATURE_WINDOW_SECONDS;
  let key: Buffer | null = options.key ?? null;
  let keyProblem: string | null = null;
  if (!key) {
    try {
      key = integrationKeyFromEnv();
    } catch (error) {
      keyProblem = (error as Error).message;
      log(SERVICE, 'warn', `${HOTLINE_INTAKE_PATH} is disabled until INTEGRATION_KEY is set`, { reason: keyProblem });
    }
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!key) {
      reply(res, 503, { error: { code: 'NOT_CONFIGURED', message: `1569 intake is not configured: ${keyProblem}` } });
      return;
    }
    const raw = await readRawBody(req, maxBodyBytes);

    // 1. Who is calling, and did they sign exactly these bytes, just now?
    const headers = readSignedHeaders(req.headers);
    if (!headers.ok) return refuse(res, 401, headers);
    const { systemId, timestamp, signature } = headers.value;
    const secrets = await signingSecretsOf(orm.em.fork(), systemId, key, new Date(now()));
    if (!secrets) return refuse(res, 401, { code: 'UNKNOWN_SYSTEM', reason: `no active system is registered as "${systemId}"` }, systemId);
    const check = verifySignature({ secrets, timestamp, signature, rawBody: raw, now: now(), windowSeconds });
    if (!check.ok) return refuse(res, 401, check, systemId);
    if (systemId !== HOTLINE_SYSTEM_CODE) {
      return refuse(res, 403, { code: 'FORBIDDEN', reason: `system "${systemId}" may not file complaints as the 1569 centre` }, systemId);
    }

    // 2. Is it a complaint we can file?
    const contentType = (req.headers['content-type'] ?? '').toLowerCase();
    if (!contentType.startsWith('application/json')) {
      reply(res, 415, { error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the complaint as application/json.' } });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      reply(res, 400, { error: { code: 'INVALID_JSON', message: 'The body is not valid JSON.' } });
      return;
    }
    const validation = validateHotlineComplaint(body, { isProvince: (code) => officeOf(code) !== null, now: now() });
    if (!validation.ok) {
      log(SERVICE, 'warn', 'hotline complaint rejected', { systemId, fields: validation.errors.map((e) => e.field) });
      reply(res, 422, { errors: validation.errors });
      return;
    }
    const input = validation.value;

    // 3. Already received (a retry of the centre)? Same answer, nothing new.
    const existing = await orm.em.fork().findOne(Complaint, { externalRef: input.ticketNo }, { fields: ['id', 'referenceNo'] });
    if (existing) {
      reply(res, 200, { referenceNo: existing.referenceNo, complaintId: existing.id, duplicate: true });
      return;
    }

    // 4. File it.
    try {
      const complaint = await createHotlineComplaint(orm, input, officeOf(input.provinceCode)!, `system:${systemId}`);
      log(SERVICE, 'info', 'hotline complaint received', { referenceNo: complaint.referenceNo, ticketNo: input.ticketNo });
      reply(res, 201, { referenceNo: complaint.referenceNo, complaintId: complaint.id, duplicate: false });
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      // The same ticket arrived twice at once: the other request filed it.
      const winner = await orm.em.fork().findOne(Complaint, { externalRef: input.ticketNo }, { fields: ['id', 'referenceNo'] });
      if (!winner) throw error;
      reply(res, 200, { referenceNo: winner.referenceNo, complaintId: winner.id, duplicate: true });
    }
  };

  return (req, res, next) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== HOTLINE_INTAKE_PATH) {
      next();
      return;
    }
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      reply(res, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: 'Use POST.' } });
      return;
    }
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpProblem) {
        reply(res, error.status, { error: { code: error.code, message: error.message } });
        return;
      }
      log(SERVICE, 'error', 'hotline intake failed', { error: String(error) });
      if (!res.headersSent) reply(res, 503, { error: { code: 'UNAVAILABLE', message: 'The complaint could not be recorded now; retry later.' } });
    });
  };
}
