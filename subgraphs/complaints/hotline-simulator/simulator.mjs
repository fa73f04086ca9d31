/**
 * A local stand-in for the 1569 complaint centre of the Department of Internal Trade, for the
 * demo and the tests (never used by production code). Node built-ins only, plus the kit's BUILT
 * demo vocabulary (subgraphs/kit/dist/demo), so it runs with plain `node` after the build.
 *
 * It plays both sides of the integration (004 §4.5.1 (1)-(4)):
 *  - posts realistic Thai complaints, signed with the centre's secret, to the complaints
 *    service's intake (POST /integrations/1569/complaints);
 *  - receives results, amendments and withdrawals at POST /results, checks their signature,
 *    stores them (once per messageId) and lists them at GET /results.
 * Switches (POST /control, or the options of startSimulator) make it fail the next N deliveries,
 * answer slowly, or refuse every signature, to exercise the sender's retries.
 *
 * Signature (both ways): x-system-id, x-timestamp (unix s), x-signature =
 * hex HMAC-SHA256(secret, `${timestamp}.${rawBody}`), accepted within ±300 s.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import {
  COMPLAINT_TEMPLATES, GOODS, PLACE_KINDS, businessName, mobilePhone, personName, rngFor, streetAddress,
} from '../../kit/dist/demo/index.js';

export const INTAKE_PATH = '/integrations/1569/complaints';
export const SYSTEM_ID = '1569';
export const WINDOW_SECONDS = 300;

/** The 77 provinces as the centre knows them: [code, Thai name, lat, lng of the provincial seat]. */
export const PROVINCES = [
  ['10', 'กรุงเทพมหานคร', 13.7563, 100.5018],
  ['11', 'สมุทรปราการ', 13.5991, 100.5998],
  ['12', 'นนทบุรี', 13.8621, 100.5144],
  ['13', 'ปทุมธานี', 14.0208, 100.525],
  ['14', 'พระนครศรีอยุธยา', 14.3532, 100.5684],
  ['15', 'อ่างทอง', 14.5896, 100.455],
  ['16', 'ลพบุรี', 14.7995, 100.6534],
  ['17', 'สิงห์บุรี', 14.8936, 100.3967],
  ['18', 'ชัยนาท', 15.1852, 100.1251],
  ['19', 'สระบุรี', 14.5289, 100.9101],
  ['20', 'ชลบุรี', 13.3611, 100.9847],
  ['21', 'ระยอง', 12.6814, 101.2816],
  ['22', 'จันทบุรี', 12.6113, 102.1039],
  ['23', 'ตราด', 12.2436, 102.5151],
  ['24', 'ฉะเชิงเทรา', 13.6904, 101.078],
  ['25', 'ปราจีนบุรี', 14.0509, 101.3717],
  ['26', 'นครนายก', 14.2069, 101.213],
  ['27', 'สระแก้ว', 13.824, 102.0646],
  ['30', 'นครราชสีมา', 14.9799, 102.0978],
  ['31', 'บุรีรัมย์', 14.993, 103.1029],
  ['32', 'สุรินทร์', 14.8818, 103.4936],
  ['33', 'ศรีสะเกษ', 15.1186, 104.322],
  ['34', 'อุบลราชธานี', 15.2287, 104.8564],
  ['35', 'ยโสธร', 15.7926, 104.1453],
  ['36', 'ชัยภูมิ', 15.8068, 102.0316],
  ['37', 'อำนาจเจริญ', 15.8657, 104.6258],
  ['38', 'บึงกาฬ', 18.3609, 103.6464],
  ['39', 'หนองบัวลำภู', 17.2218, 102.426],
  ['40', 'ขอนแก่น', 16.4322, 102.8236],
  ['41', 'อุดรธานี', 17.4138, 102.7872],
  ['42', 'เลย', 17.486, 101.7223],
  ['43', 'หนองคาย', 17.8783, 102.7413],
  ['44', 'มหาสารคาม', 16.1851, 103.3027],
  ['45', 'ร้อยเอ็ด', 16.0538, 103.652],
  ['46', 'กาฬสินธุ์', 16.4315, 103.5059],
  ['47', 'สกลนคร', 17.1545, 104.1348],
  ['48', 'นครพนม', 17.392, 104.7696],
  ['49', 'มุกดาหาร', 16.5436, 104.7235],
  ['50', 'เชียงใหม่', 18.7883, 98.9853],
  ['51', 'ลำพูน', 18.5745, 99.0087],
  ['52', 'ลำปาง', 18.2888, 99.4908],
  ['53', 'อุตรดิตถ์', 17.6201, 100.0993],
  ['54', 'แพร่', 18.1446, 100.1403],
  ['55', 'น่าน', 18.7756, 100.773],
  ['56', 'พะเยา', 19.1664, 99.9019],
  ['57', 'เชียงราย', 19.9105, 99.8406],
  ['58', 'แม่ฮ่องสอน', 19.302, 97.9654],
  ['60', 'นครสวรรค์', 15.7047, 100.1372],
  ['61', 'อุทัยธานี', 15.3835, 100.0246],
  ['62', 'กำแพงเพชร', 16.4828, 99.5227],
  ['63', 'ตาก', 16.884, 99.1259],
  ['64', 'สุโขทัย', 17.0056, 99.8264],
  ['65', 'พิษณุโลก', 16.8211, 100.2659],
  ['66', 'พิจิตร', 16.4419, 100.3488],
  ['67', 'เพชรบูรณ์', 16.419, 101.1606],
  ['70', 'ราชบุรี', 13.5283, 99.8134],
  ['71', 'กาญจนบุรี', 14.0228, 99.5328],
  ['72', 'สุพรรณบุรี', 14.4745, 100.1177],
  ['73', 'นครปฐม', 13.8199, 100.0621],
  ['74', 'สมุทรสาคร', 13.5475, 100.2744],
  ['75', 'สมุทรสงคราม', 13.4098, 100.0023],
  ['76', 'เพชรบุรี', 13.1119, 99.9447],
  ['77', 'ประจวบคีรีขันธ์', 11.8124, 99.7973],
  ['80', 'นครศรีธรรมราช', 8.4304, 99.9631],
  ['81', 'กระบี่', 8.0863, 98.9063],
  ['82', 'พังงา', 8.4509, 98.5255],
  ['83', 'ภูเก็ต', 7.8804, 98.3923],
  ['84', 'สุราษฎร์ธานี', 9.1382, 99.3217],
  ['85', 'ระนอง', 9.9658, 98.6348],
  ['86', 'ชุมพร', 10.493, 99.18],
  ['90', 'สงขลา', 7.1898, 100.5951],
  ['91', 'สตูล', 6.6238, 100.0674],
  ['92', 'ตรัง', 7.5645, 99.6239],
  ['93', 'พัทลุง', 7.6167, 100.074],
  ['94', 'ปัตตานี', 6.8696, 101.2501],
  ['95', 'ยะลา', 6.5411, 101.2804],
  ['96', 'นราธิวาส', 6.4255, 101.8253],
];

// ---------------------------------------------------------------------------------------------
// Signatures
// ---------------------------------------------------------------------------------------------

function mac(secret, timestamp, rawBody) {
  return createHmac('sha256', secret).update(`${timestamp}.`, 'utf8').update(rawBody).digest();
}

/** Headers that sign `rawBody` (Buffer or string) as `systemId`. */
export function signHeaders(systemId, secret, rawBody, now = Date.now(), encoding = 'hex') {
  const timestamp = String(Math.floor(now / 1000));
  return { 'x-system-id': systemId, 'x-timestamp': timestamp, 'x-signature': mac(secret, timestamp, Buffer.from(rawBody)).toString(encoding) };
}

/** Checks a signed request; { ok } or { ok: false, reason }. */
export function verifyHeaders(headers, rawBody, { secret, systemId, now = Date.now(), windowSeconds = WINDOW_SECONDS }) {
  const id = headers['x-system-id'];
  const timestamp = headers['x-timestamp'];
  const signature = headers['x-signature'];
  if (!id || !timestamp || !signature) return { ok: false, reason: 'missing x-system-id, x-timestamp or x-signature' };
  if (systemId && id !== systemId) return { ok: false, reason: `unknown system ${id}` };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
  if (Math.abs(Math.floor(now / 1000) - Number(timestamp)) > windowSeconds) return { ok: false, reason: 'timestamp outside the window' };
  const given = /^[0-9a-f]{64}$/i.test(signature) ? Buffer.from(signature, 'hex') : Buffer.from(signature, 'base64url');
  const expected = mac(secret, timestamp, rawBody);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature does not match' };
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------
// Complaints the centre sends
// ---------------------------------------------------------------------------------------------

function buddhistYear(at) {
  return new Date(at.getTime() + 7 * 3_600_000).getUTCFullYear() + 543;
}

/** ISO 8601 in Thai time, as the centre writes it: 2026-11-23T09:15:00+07:00. */
function thaiIso(at) {
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+07:00');
}

/**
 * The index-th complaint of a run: a realistic Thai complaint (the demo vocabulary), in a province
 * picked from `provinceCodes` (default all 77). Deterministic for a given seed and run id.
 */
export function makeComplaint(index, options = {}) {
  const seed = options.seed ?? 'hotline-simulator';
  const runId = options.runId ?? Date.now().toString(36).toUpperCase();
  const receivedAt = options.receivedAt ?? new Date();
  const rng = rngFor(seed, `1569:${runId}`, index);
  const provinces = options.provinceCodes ? PROVINCES.filter(([code]) => options.provinceCodes.includes(code)) : PROVINCES;
  const [provinceCode, provinceName, lat, lng] = rng.pick(provinces);
  const template = rng.pick(COMPLAINT_TEMPLATES);
  const placeName = `${rng.pick(PLACE_KINDS)}${rng.pick(['เทศบาล', 'ชุมชน', 'หน้าวัด', 'ริมทาง', 'ใหม่', 'สี่แยก'])}`;
  const goods = rng.pick(GOODS);
  const details = template.text.replaceAll('{place}', placeName).replaceAll('{goods}', goods);
  const person = personName(rng);
  const withCoordinates = rng.chance(0.6);
  return {
    ticketNo: `1569-${buddhistYear(receivedAt)}-${runId}-${String(index + 1).padStart(5, '0')}`,
    receivedAt: thaiIso(receivedAt),
    channel: rng.pick(['CALL', 'WEB', 'LINE', 'APP']),
    complainant: {
      name: person.full,
      phone: mobilePhone(rng),
      email: rng.chance(0.3) ? `citizen.${runId.toLowerCase()}.${index + 1}@example.com` : null,
    },
    respondent: { name: businessName(rng) },
    place: {
      name: placeName,
      address: streetAddress(rng, provinceName),
      provinceCode,
      ...(withCoordinates ? { lat: Number((lat + (rng.next() - 0.5) * 0.1).toFixed(5)), lng: Number((lng + (rng.next() - 0.5) * 0.1).toFixed(5)) } : {}),
    },
    details,
    keywords: [...template.keywords],
  };
}

/** Posts one complaint, signed; returns the HTTP status and the parsed answer. */
export async function postComplaint(intakeUrl, complaint, { secret, systemId = SYSTEM_ID, encoding = 'hex', now = Date.now() }) {
  const raw = Buffer.from(JSON.stringify(complaint), 'utf8');
  const response = await fetch(intakeUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signHeaders(systemId, secret, raw, now, encoding) },
    body: raw,
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, body, ticketNo: complaint.ticketNo };
}

/** Posts `count` generated complaints one after another (waiting `intervalMs` between them). */
export async function postComplaints(intakeUrl, count, options) {
  const runId = options.runId ?? Date.now().toString(36).toUpperCase();
  const answers = [];
  for (let i = 0; i < count; i++) {
    if (i > 0 && options.intervalMs) await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
    const complaint = makeComplaint(i, { ...options, runId });
    const answer = await postComplaint(intakeUrl, complaint, options);
    answers.push(answer);
    options.onAnswer?.(answer, complaint);
  }
  return answers;
}

// ---------------------------------------------------------------------------------------------
// The centre's side: receiving results
// ---------------------------------------------------------------------------------------------

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function readBody(req, limit = 1024 * 1024) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const STATE_BY_KIND = { RESULT: 'RESULT_RECEIVED', AMENDMENT: 'RESULT_AMENDED', WITHDRAWAL: 'RESULT_WITHDRAWN' };

/**
 * Starts the centre's results endpoint. Options: port (0 = any), host, secret (to check the
 * complaints service's signature, = its HOTLINE_SECRET), systemId (expected x-system-id, default
 * dit-wm), failNext, failStatus (default 500), delayMs, rejectSignatures.
 */
export async function startSimulator(options = {}) {
  if (!options.secret) throw new Error('hotline simulator: options.secret (the complaints service HOTLINE_SECRET) is required');
  const settings = {
    failNext: options.failNext ?? 0,
    failStatus: options.failStatus ?? 500,
    delayMs: options.delayMs ?? 0,
    rejectSignatures: options.rejectSignatures ?? false,
  };
  const expectedSystemId = options.systemId ?? 'dit-wm';
  /** Messages as received, once each (by messageId). */
  const results = [];
  const byMessageId = new Map();
  /** The centre's view per ticket: what the complainant sees. */
  const tickets = new Map();
  const stats = { deliveries: 0, failed: 0, refused: 0, duplicates: 0 };

  const control = (changes = {}) => {
    for (const key of Object.keys(settings)) if (changes[key] !== undefined) settings[key] = changes[key];
    if (changes.reset) {
      results.length = 0;
      byMessageId.clear();
      tickets.clear();
      Object.assign(stats, { deliveries: 0, failed: 0, refused: 0, duplicates: 0 });
      Object.assign(settings, { failNext: 0, failStatus: 500, delayMs: 0, rejectSignatures: false });
    }
    return { ...settings };
  };

  const receive = async (req, res) => {
    const raw = await readBody(req);
    stats.deliveries++;
    if (settings.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, settings.delayMs));
    if (settings.rejectSignatures) {
      stats.refused++;
      return send(res, 401, { error: 'signature rejected (simulator switch rejectSignatures)' });
    }
    const check = verifyHeaders(req.headers, raw, { secret: options.secret, systemId: expectedSystemId });
    if (!check.ok) {
      stats.refused++;
      return send(res, 401, { error: check.reason });
    }
    if (settings.failNext > 0) {
      settings.failNext--;
      stats.failed++;
      return send(res, settings.failStatus, { error: `simulated failure (${settings.failNext} more to come)` });
    }
    let message;
    try {
      message = JSON.parse(raw.toString('utf8'));
    } catch {
      return send(res, 400, { error: 'body is not JSON' });
    }
    const missing = ['messageId', 'kind', 'ticketNo', 'revision'].filter((f) => message[f] === undefined || message[f] === null);
    if (missing.length || !STATE_BY_KIND[message.kind]) return send(res, 400, { error: `missing or invalid: ${missing.join(', ') || 'kind'}` });
    const key = req.headers['idempotency-key'] ?? message.messageId;
    const previous = byMessageId.get(key);
    if (previous) {
      previous.deliveries++;
      stats.duplicates++;
      return send(res, 200, { accepted: true, duplicate: true, messageId: key });
    }
    const ticket = tickets.get(message.ticketNo);
    if (ticket && ticket.revision >= message.revision) {
      return send(res, 409, { error: `revision ${message.revision} is not after ${ticket.revision} for ticket ${message.ticketNo}` });
    }
    const stored = { ...message, idempotencyKey: key, receivedAt: new Date().toISOString(), deliveries: 1 };
    results.push(stored);
    byMessageId.set(key, stored);
    tickets.set(message.ticketNo, {
      ticketNo: message.ticketNo,
      referenceNo: message.referenceNo,
      state: STATE_BY_KIND[message.kind],
      revision: message.revision,
      outcome: message.kind === 'WITHDRAWAL' ? null : message.outcome,
      summary: message.kind === 'WITHDRAWAL' ? null : message.summary,
      reason: message.reason ?? null,
    });
    send(res, 200, { accepted: true, duplicate: false, messageId: key });
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://simulator');
    const route = `${req.method} ${url.pathname}`;
    const handle = async () => {
      switch (route) {
        case 'POST /results':
          return receive(req, res);
        case 'GET /results': {
          const ticketNo = url.searchParams.get('ticketNo');
          return send(res, 200, {
            results: ticketNo ? results.filter((r) => r.ticketNo === ticketNo) : results,
            tickets: [...tickets.values()].filter((t) => !ticketNo || t.ticketNo === ticketNo),
            stats,
          });
        }
        case 'DELETE /results':
          control({ reset: true });
          return send(res, 200, { cleared: true });
        case 'GET /control':
          return send(res, 200, { ...settings });
        case 'POST /control': {
          const raw = await readBody(req);
          return send(res, 200, control(raw.length ? JSON.parse(raw.toString('utf8')) : {}));
        }
        case 'GET /health':
          return send(res, 200, { status: 'ok', service: '1569-simulator' });
        default:
          return send(res, 404, { error: `no route ${route}` });
      }
    };
    handle().catch((error) => {
      if (!res.headersSent) send(res, 500, { error: String(error) });
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4569, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const baseUrl = `http://${options.host ?? '127.0.0.1'}:${port}`;
  return {
    port,
    url: baseUrl,
    /** Give this to the complaints service as HOTLINE_URL. */
    resultsUrl: `${baseUrl}/results`,
    results,
    tickets,
    stats,
    control,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
