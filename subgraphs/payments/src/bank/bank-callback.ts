/**
 * The bank's payment callback (004 §4.5.10 (5)): POST with a signed JSON body.
 * Order of work: read the raw body, verify the signature and time window (nothing else happens
 * for a bad one), record the notification raw, apply it idempotently through the transition graph.
 * Answers 200 for anything recorded (duplicates and refusals included, so the bank stops retrying),
 * 401 for a bad signature, 400 for a malformed body, 503 when it could not be recorded (the bank retries).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { log } from '@metrograph/kit';
import { NotificationChannel } from './bank-notification.entity.js';
import { parseBankMessage } from './bank-message.js';
import { DEFAULT_TOLERANCE_SECONDS, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from './signature.js';
import { ACTORS, applyBankNotification } from '../payment-request/payment-request.ops.js';
import { NotificationOutcome } from '../payment-request/payment-status.js';

export const BANK_CALLBACK_PATH = '/bank/payment-callback';
const MAX_BODY_BYTES = 64 * 1024;

export interface BankCallbackOptions {
  orm: MikroORM;
  secret: string;
  billerId: string;
  toleranceSeconds?: number;
  now?: () => number;
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A plain Node request handler (mountable on express with `app.post(BANK_CALLBACK_PATH, handler)`). */
export function bankCallbackHandler(options: BankCallbackOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  if (!options.secret || options.secret.length < 16) throw new Error('bank callback: a shared secret of at least 16 characters is required');
  const now = options.now ?? Date.now;
  return async (req, res) => {
    if (req.method !== 'POST') return reply(res, 405, { error: 'POST only' });
    let raw: string | null;
    try {
      raw = await readBody(req);
    } catch {
      return reply(res, 400, { error: 'could not read the body' });
    }
    if (raw === null) return reply(res, 413, { error: `body larger than ${MAX_BODY_BYTES} bytes` });
    const signature = header(req, SIGNATURE_HEADER);
    const verified = verifySignature(options.secret, raw, header(req, TIMESTAMP_HEADER), signature, now(), options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS);
    if (!verified.ok) {
      log('payments', 'warn', 'bank callback refused', { reason: verified.reason, remote: req.socket.remoteAddress });
      return reply(res, 401, { error: `unauthenticated: ${verified.reason}` });
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      json = undefined;
    }
    const parsed = json === undefined ? { error: 'body is not JSON' } : parseBankMessage(json, options.billerId);
    try {
      const recorded = await applyBankNotification(
        options.orm.em.fork(),
        { channel: NotificationChannel.CALLBACK, rawBody: raw, signature: signature ?? null, parsed },
        ACTORS.bankCallback,
      );
      const status = recorded.outcome === NotificationOutcome.MALFORMED ? 400 : 200;
      return reply(res, status, { notificationId: recorded.id, outcome: recorded.outcome, detail: recorded.outcomeDetail });
    } catch (error) {
      log('payments', 'error', 'bank callback could not be recorded', { error: String(error) });
      return reply(res, 503, { error: 'temporarily unable to record the notification; retry' });
    }
  };
}
