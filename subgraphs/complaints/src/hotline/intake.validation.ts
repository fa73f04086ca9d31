/**
 * The complaint the 1569 centre sends, checked field by field (004 §4.5.1 (1), (14)): every
 * problem is reported at once, each naming its field, so the other side can fix its mapping.
 *
 *   {
 *     "ticketNo": "1569-2569-00001234",          ticket number in the 1569 system (→ externalRef)
 *     "receivedAt": "2026-11-23T09:15:00+07:00", ISO 8601 with a time zone
 *     "complainant": { "name": "...", "phone": "081-234-5678", "email": "..." },
 *     "respondent": { "name": "..." },
 *     "place": { "name": "...", "address": "...", "provinceCode": "50", "lat": 18.79, "lng": 98.98 },
 *     "subject": "...",                           optional; derived from details when absent
 *     "details": "...",
 *     "keywords": ["ตาชั่ง", "ชั่งขาด"]            optional
 *   }
 *
 * Fields not listed are ignored, so the 1569 side can add fields without breaking intake.
 */

export interface FieldProblem {
  /** Dotted path of the field in the request body, e.g. place.provinceCode. */
  field: string;
  /** REQUIRED, INVALID_TYPE, INVALID_FORMAT, TOO_LONG, OUT_OF_RANGE, UNKNOWN_PROVINCE. */
  code: string;
  message: string;
}

export interface HotlineComplaint {
  ticketNo: string;
  receivedAt: Date;
  complainantName: string;
  complainantPhone: string | null;
  complainantEmail: string | null;
  respondentName: string;
  placeName: string;
  placeAddress: string;
  provinceCode: string;
  lat: number | null;
  lng: number | null;
  subject: string;
  details: string;
  keywords: string[];
}

export type IntakeValidation = { ok: true; value: HotlineComplaint } | { ok: false; errors: FieldProblem[] };

export interface IntakeRules {
  /** Whether a two-digit code is a province (and so has an office). */
  isProvince(code: string): boolean;
  now?: number;
}

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const TICKET = /^[A-Za-z0-9][A-Za-z0-9._\/-]{0,39}$/;
const PHONE = /^\+?[0-9][0-9 ()-]{7,38}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_FUTURE_MS = 5 * 60_000;
const MAX_AGE_MS = 10 * 366 * 86_400_000;
// Thailand and its waters, generously.
const LAT_RANGE: [number, number] = [5, 21];
const LNG_RANGE: [number, number] = [97, 106];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A subject line from the details when the centre sent none: the first 80 characters. */
export function subjectFrom(details: string): string {
  const line = details.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}

export function validateHotlineComplaint(body: unknown, rules: IntakeRules): IntakeValidation {
  const errors: FieldProblem[] = [];
  const problem = (field: string, code: string, message: string) => {
    errors.push({ field, code, message });
  };
  if (!isObject(body)) {
    return { ok: false, errors: [{ field: '', code: 'INVALID_TYPE', message: 'The body must be a JSON object.' }] };
  }

  /** A string field: trimmed, required or not, at most `max` characters. */
  const text = (value: unknown, field: string, max: number, required: boolean): string | null => {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (required) problem(field, 'REQUIRED', `${field} is required.`);
      return null;
    }
    if (typeof value !== 'string') {
      problem(field, 'INVALID_TYPE', `${field} must be a string.`);
      return null;
    }
    const trimmed = value.trim();
    if (trimmed.length > max) {
      problem(field, 'TOO_LONG', `${field} must be at most ${max} characters (got ${trimmed.length}).`);
      return null;
    }
    return trimmed;
  };

  /** A nested object; absent counts as empty so its required fields are each reported. */
  const group = (name: string): Record<string, unknown> => {
    const value = body[name];
    if (value === undefined || value === null) return {};
    if (!isObject(value)) {
      problem(name, 'INVALID_TYPE', `${name} must be an object.`);
      return {};
    }
    return value;
  };

  const coordinate = (value: unknown, field: string, [min, max]: [number, number]): number | null => {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problem(field, 'INVALID_TYPE', `${field} must be a number (decimal degrees, WGS 84).`);
      return null;
    }
    if (value < min || value > max) {
      problem(field, 'OUT_OF_RANGE', `${field} must be between ${min} and ${max} (a place in Thailand).`);
      return null;
    }
    return value;
  };

  const ticketNo = text(body.ticketNo, 'ticketNo', 40, true);
  if (ticketNo !== null && !TICKET.test(ticketNo)) {
    problem('ticketNo', 'INVALID_FORMAT', 'ticketNo may contain letters, digits, dots, dashes, slashes and underscores only.');
  }

  let receivedAt: Date | null = null;
  const receivedText = text(body.receivedAt, 'receivedAt', 40, true);
  if (receivedText !== null) {
    const parsed = new Date(receivedText);
    if (!ISO_WITH_ZONE.test(receivedText) || Number.isNaN(parsed.getTime())) {
      problem('receivedAt', 'INVALID_FORMAT', 'receivedAt must be an ISO 8601 date-time with a time zone, e.g. 2026-11-23T09:15:00+07:00.');
    } else {
      const now = rules.now ?? Date.now();
      if (parsed.getTime() > now + MAX_FUTURE_MS) problem('receivedAt', 'OUT_OF_RANGE', 'receivedAt is in the future.');
      else if (parsed.getTime() < now - MAX_AGE_MS) problem('receivedAt', 'OUT_OF_RANGE', 'receivedAt is more than ten years ago.');
      else receivedAt = parsed;
    }
  }

  const complainant = group('complainant');
  const complainantName = text(complainant.name, 'complainant.name', 200, true);
  const complainantPhone = text(complainant.phone, 'complainant.phone', 40, false);
  if (complainantPhone !== null && !PHONE.test(complainantPhone)) {
    problem('complainant.phone', 'INVALID_FORMAT', 'complainant.phone must be a telephone number, e.g. 081-234-5678.');
  }
  const complainantEmail = text(complainant.email, 'complainant.email', 200, false);
  if (complainantEmail !== null && !EMAIL.test(complainantEmail)) {
    problem('complainant.email', 'INVALID_FORMAT', 'complainant.email must be an e-mail address.');
  }

  const respondent = group('respondent');
  const respondentName = text(respondent.name, 'respondent.name', 300, true);

  const place = group('place');
  const placeName = text(place.name, 'place.name', 300, true);
  const placeAddress = text(place.address, 'place.address', 2000, true);
  const provinceCode = text(place.provinceCode, 'place.provinceCode', 2, true);
  if (provinceCode !== null) {
    if (!/^\d{2}$/.test(provinceCode)) problem('place.provinceCode', 'INVALID_FORMAT', 'place.provinceCode must be a two-digit province code, e.g. 50.');
    else if (!rules.isProvince(provinceCode)) problem('place.provinceCode', 'UNKNOWN_PROVINCE', `There is no province with code ${provinceCode}.`);
  }
  const lat = coordinate(place.lat, 'place.lat', LAT_RANGE);
  const lng = coordinate(place.lng, 'place.lng', LNG_RANGE);
  if ((place.lat === undefined || place.lat === null) !== (place.lng === undefined || place.lng === null)) {
    problem(place.lat === undefined || place.lat === null ? 'place.lat' : 'place.lng', 'REQUIRED', 'place.lat and place.lng come together, or neither.');
  }

  const details = text(body.details, 'details', 10_000, true);
  const subject = text(body.subject, 'subject', 300, false);

  let keywords: string[] = [];
  if (body.keywords !== undefined && body.keywords !== null) {
    if (!Array.isArray(body.keywords)) problem('keywords', 'INVALID_TYPE', 'keywords must be an array of strings.');
    else if (body.keywords.length > 20) problem('keywords', 'OUT_OF_RANGE', 'At most 20 keywords.');
    else {
      body.keywords.forEach((k, i) => {
        const keyword = text(k, `keywords.${i}`, 100, true);
        if (keyword !== null && !keywords.includes(keyword)) keywords.push(keyword);
      });
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ticketNo: ticketNo!,
      receivedAt: receivedAt!,
      complainantName: complainantName!,
      complainantPhone,
      complainantEmail,
      respondentName: respondentName!,
      placeName: placeName!,
      placeAddress: placeAddress!,
      provinceCode: provinceCode!,
      lat,
      lng,
      subject: subject ?? subjectFrom(details!),
      details: details!,
      keywords,
    },
  };
}
