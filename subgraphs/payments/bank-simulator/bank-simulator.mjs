#!/usr/bin/env node
/**
 * Bank simulator: a local stand-in for the bank's bill-payment direct link, for the demo and the tests.
 * It is a separate process and never part of production code paths; the payments service talks to it
 * only through its bank adapter, exactly as it would talk to the bank.
 *
 *   BANK_SHARED_SECRET=... CALLBACK_URL=http://127.0.0.1:4004/bank/payment-callback BILLER_ID=099400000000101 \
 *   PORT=4090 node subgraphs/payments/bank-simulator/bank-simulator.mjs
 *
 * Bank side (signed both ways: x-bank-timestamp, x-bank-signature: v1=hex(HMAC-SHA256(secret, "<ts>.<body>"))):
 *   POST /api/v1/bills            register a bill {billerId, ref1, ref2, amount, dueDate}
 *   POST /api/v1/bills/inquiry    {billerId, ref1, ref2} → {status: PAID|UNPAID|VOIDED, events: [...]}
 *   POST /api/v1/statements       {billerId, date: YYYY-MM-DD} → {date, events: [...]} every payment and void of that Thai day
 * Control side (unsigned, for people and tests; what a customer or a misbehaving network does):
 *   POST /sim/pay        {ref1, ref2, amount?: "500.00", amountSatang?, channel?, ...switches} a customer pays
 *   POST /sim/void       {transactionId, ...switches}                the bank reverses a payment
 *   POST /sim/redeliver  {eventId, ...switches}                      send an event's callback again
 *   POST /sim/config     {failInquiries?: n, inquiryDelayMs?: ms, callbackUrl?, omitFromStatement?: [eventId]}
 *   GET  /sim/state      bills, events and every callback delivery
 * Switches: duplicates (extra deliveries), delayMs (deliver later), lose (never deliver), wrongSignature,
 *   staleSeconds (sign with an old timestamp), hold (keep it to deliver with /sim/release, for out-of-order runs),
 *   retries (re-deliveries on failure, default 2).
 *   POST /sim/release    {eventIds?: [...]} deliver held events in the given order (default: newest first).
 * The first line on stdout is JSON: {"listening": <port>}.
 */
import http from 'node:http';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

const SECRET = process.env.BANK_SHARED_SECRET ?? '';
if (SECRET.length < 16) {
  console.error('bank-simulator: BANK_SHARED_SECRET (at least 16 characters) is required');
  process.exit(2);
}
const BILLER_ID = process.env.BILLER_ID ?? '099400000000101';
const state = {
  callbackUrl: process.env.CALLBACK_URL ?? null,
  failInquiries: 0,
  inquiryDelayMs: 0,
  /** key ref1|ref2 → bill */
  bills: new Map(),
  /** eventId → event message */
  events: new Map(),
  held: [],
  deliveries: [],
  /** Events the statement leaves out (to test discrepancies). */
  omitFromStatement: new Set(),
};
let txSeq = 0;

const sign = (secret, timestamp, body) => 'v1=' + createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
const headersFor = (body, { wrongSignature = false, staleSeconds = 0 } = {}) => {
  const ts = String(Math.floor(Date.now() / 1000) - staleSeconds);
  return { 'content-type': 'application/json', 'x-bank-timestamp': ts, 'x-bank-signature': sign(wrongSignature ? SECRET + 'x' : SECRET, ts, body) };
};
function verified(req, raw) {
  const ts = req.headers['x-bank-timestamp'];
  const sig = req.headers['x-bank-signature'];
  if (typeof ts !== 'string' || typeof sig !== 'string' || !/^\d+$/.test(ts)) return false;
  if (Math.abs(Date.now() / 1000 - Number(ts)) > 300) return false;
  const expected = Buffer.from(sign(SECRET, ts, raw));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
const toSatang = (amount) => {
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(String(amount ?? ''));
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : null;
};
const toBaht = (satang) => `${Math.floor(satang / 100)}.${String(satang % 100).padStart(2, '0')}`;
const bangkokIso = (date) => new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 19) + '+07:00';
const key = (ref1, ref2) => `${String(ref1).toUpperCase()}|${String(ref2).toUpperCase()}`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function deliverOnce(event, switches) {
  const body = JSON.stringify(event);
  const record = { eventId: event.eventId, at: new Date().toISOString(), status: null, response: null, wrongSignature: !!switches.wrongSignature };
  state.deliveries.push(record);
  if (!state.callbackUrl) {
    record.status = 0;
    record.response = 'no callback URL configured';
    return record;
  }
  try {
    const res = await fetch(state.callbackUrl, { method: 'POST', headers: headersFor(body, switches), body, signal: AbortSignal.timeout(10_000) });
    record.status = res.status;
    record.response = await res.text();
  } catch (error) {
    record.status = 0;
    record.response = String(error.message ?? error);
  }
  return record;
}

/** Delivers a callback like a bank: retry on failure with backoff, plus any extra duplicate deliveries. */
async function deliver(event, switches = {}) {
  if (switches.lose) return [];
  if (switches.hold) {
    state.held.push({ event, switches: { ...switches, hold: false } });
    return [];
  }
  if (switches.delayMs) await sleep(switches.delayMs);
  const results = [];
  const retries = switches.retries ?? 2;
  let attempt = 0;
  let last;
  do {
    if (attempt > 0) await sleep(100 * 2 ** (attempt - 1));
    last = await deliverOnce(event, switches);
    results.push(last);
    attempt++;
  } while ((last.status === 0 || last.status >= 500) && attempt <= retries);
  for (let i = 0; i < (switches.duplicates ?? 0); i++) results.push(await deliverOnce(event, { ...switches, wrongSignature: false }));
  return results;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
function send(res, status, value, signed = false) {
  const body = JSON.stringify(value);
  res.writeHead(status, signed ? headersFor(body) : { 'content-type': 'application/json' });
  res.end(body);
}

async function respond(switches, res, event) {
  // With a delay the control call answers at once; the callback follows.
  if (switches.delayMs) {
    deliver(event, switches);
    return send(res, 202, { event, deliveries: 'scheduled' });
  }
  send(res, 200, { event, deliveries: await deliver(event, switches) });
}

const routes = {
  async 'POST /api/v1/bills'(req, res, raw) {
    if (!verified(req, raw)) return send(res, 401, { error: 'bad signature' }, true);
    const bill = JSON.parse(raw);
    if (bill.billerId !== BILLER_ID) return send(res, 400, { error: 'unknown biller' }, true);
    const amountSatang = toSatang(bill.amount);
    if (!bill.ref1 || !bill.ref2 || amountSatang === null) return send(res, 400, { error: 'ref1, ref2 and amount are required' }, true);
    state.bills.set(key(bill.ref1, bill.ref2), { ref1: bill.ref1, ref2: bill.ref2, amountSatang, dueDate: bill.dueDate ?? null, payerName: bill.payerName ?? null });
    send(res, 200, { status: 'REGISTERED' }, true);
  },
  async 'POST /api/v1/bills/inquiry'(req, res, raw) {
    if (!verified(req, raw)) return send(res, 401, { error: 'bad signature' }, true);
    if (state.inquiryDelayMs) await sleep(state.inquiryDelayMs);
    if (state.failInquiries > 0) {
      state.failInquiries--;
      return send(res, 503, { error: 'temporarily unavailable' }, true);
    }
    const { ref1, ref2 } = JSON.parse(raw);
    const events = [...state.events.values()].filter((e) => key(e.ref1, e.ref2) === key(ref1, ref2));
    const paid = events.filter((e) => e.eventType === 'PAYMENT');
    const voided = new Set(events.filter((e) => e.eventType === 'VOID').map((e) => e.transactionId));
    const status = paid.some((p) => !voided.has(p.transactionId)) ? 'PAID' : paid.length ? 'VOIDED' : 'UNPAID';
    send(res, 200, { ref1, ref2, status, events }, true);
  },
  async 'POST /api/v1/statements'(req, res, raw) {
    if (!verified(req, raw)) return send(res, 401, { error: 'bad signature' }, true);
    const { billerId, date } = JSON.parse(raw);
    if (billerId !== BILLER_ID) return send(res, 400, { error: 'unknown biller' }, true);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(String(date))) return send(res, 400, { error: 'date must be YYYY-MM-DD' }, true);
    const events = [...state.events.values()].filter((e) => e.transactionDateTime.slice(0, 10) === date && !state.omitFromStatement.has(e.eventId));
    send(res, 200, { date, events }, true);
  },
  async 'POST /sim/pay'(req, res, raw) {
    const input = JSON.parse(raw || '{}');
    const bill = state.bills.get(key(input.ref1, input.ref2));
    const amountSatang = input.amountSatang ?? (input.amount != null ? toSatang(input.amount) : bill?.amountSatang);
    if (!input.ref1 || !input.ref2 || amountSatang == null) return send(res, 400, { error: 'unknown bill: give ref1, ref2 and amount' });
    const event = {
      eventId: `EV${randomUUID().replace(/-/g, '').slice(0, 20).toUpperCase()}`,
      eventType: 'PAYMENT',
      billerId: BILLER_ID,
      ref1: String(input.ref1).toUpperCase(),
      ref2: String(input.ref2).toUpperCase(),
      amount: toBaht(amountSatang),
      transactionId: input.transactionId ?? `KTB${Date.now()}${String(++txSeq).padStart(4, '0')}`,
      transactionDateTime: bangkokIso(new Date()),
      channel: input.channel ?? 'MOBILE',
    };
    state.events.set(event.eventId, event);
    await respond(input, res, event);
  },
  async 'POST /sim/void'(req, res, raw) {
    const input = JSON.parse(raw || '{}');
    const payment = [...state.events.values()].find((e) => e.eventType === 'PAYMENT' && e.transactionId === input.transactionId);
    if (!payment) return send(res, 404, { error: 'no such payment' });
    const event = { ...payment, eventId: `EV${randomUUID().replace(/-/g, '').slice(0, 20).toUpperCase()}`, eventType: 'VOID', transactionDateTime: bangkokIso(new Date()) };
    state.events.set(event.eventId, event);
    await respond(input, res, event);
  },
  async 'POST /sim/redeliver'(req, res, raw) {
    const input = JSON.parse(raw || '{}');
    const event = state.events.get(input.eventId);
    if (!event) return send(res, 404, { error: 'no such event' });
    await respond(input, res, event);
  },
  async 'POST /sim/release'(req, res, raw) {
    const input = JSON.parse(raw || '{}');
    let batch = state.held;
    if (Array.isArray(input.eventIds)) batch = input.eventIds.map((id) => state.held.find((h) => h.event.eventId === id)).filter(Boolean);
    else batch = [...batch].reverse();
    state.held = state.held.filter((h) => !batch.includes(h));
    const deliveries = [];
    for (const { event, switches } of batch) deliveries.push(...(await deliver(event, switches)));
    send(res, 200, { released: batch.map((h) => h.event.eventId), deliveries });
  },
  async 'POST /sim/config'(req, res, raw) {
    const input = JSON.parse(raw || '{}');
    if (input.failInquiries != null) state.failInquiries = input.failInquiries;
    if (input.inquiryDelayMs != null) state.inquiryDelayMs = input.inquiryDelayMs;
    if (input.callbackUrl !== undefined) state.callbackUrl = input.callbackUrl;
    for (const id of input.omitFromStatement ?? []) state.omitFromStatement.add(id);
    send(res, 200, { callbackUrl: state.callbackUrl, failInquiries: state.failInquiries, inquiryDelayMs: state.inquiryDelayMs });
  },
  async 'GET /sim/state'(req, res) {
    send(res, 200, { billerId: BILLER_ID, callbackUrl: state.callbackUrl, bills: [...state.bills.values()], events: [...state.events.values()], held: state.held.map((h) => h.event.eventId), deliveries: state.deliveries });
  },
};

const server = http.createServer(async (req, res) => {
  const route = routes[`${req.method} ${new URL(req.url, 'http://x').pathname}`];
  if (!route) return send(res, 404, { error: 'not found' });
  try {
    await route(req, res, await readBody(req));
  } catch (error) {
    if (!res.headersSent) send(res, 400, { error: String(error.message ?? error) });
  }
});
server.listen(Number(process.env.PORT ?? 4090), process.env.HOST ?? '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ listening: server.address().port }) + '\n');
});
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
