/**
 * JSON text written straight into UTF-8 bytes. `Buffer.from(JSON.stringify(value))` first builds
 * a JavaScript string (two bytes a character once any Thai text is in it) and then encodes it; for
 * a 120 KB answer that is ~2 ms of the router's CPU per query. Here each string is encoded into the
 * byte buffer as it is met, by a loop in JavaScript (a call into Buffer#write per string cost more
 * than the encoding for the short strings answers are made of): 0.4 ms for a 178 KB answer, where
 * Buffer#write per string took 1.0 ms. The bytes are exactly `Buffer.from(JSON.stringify(value))`:
 * same key order, escapes, number format, and omission of undefined members; anything that is not
 * plain JSON data (a Date, a class instance, toJSON) is handed to JSON.stringify itself.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;

/**
 * Answers up to this size are copied out of the writer `JsonWriter.bytes` keeps, at their exact
 * size; larger ones take the writer's buffer with them (copying 120 KB measured slower than writing
 * into fresh memory).
 */
const COPY_OUT_BYTES = 32 * 1024;

export class JsonWriter {
  private buffer: Buffer;
  private length = 0;
  /**
   * The writer `bytes` writes into, kept between calls (each call is synchronous). Most answers
   * are a few KB (`_entities` of a handful of objects): a new 64 KB buffer for each cost more than
   * writing the answer (5-7 µs against 1.3-2.6 µs for a 0.5 KB answer, measured), besides holding
   * 64 KB per answer until it was sent.
   */
  private static spare: JsonWriter | null = null;

  constructor(initialBytes = 64 * 1024) {
    this.buffer = Buffer.allocUnsafe(initialBytes);
  }

  /** The JSON text of `value` followed by `suffix` (ASCII), as a new Buffer of its own. */
  static bytes(value: unknown, suffix = ''): Buffer {
    return JsonWriter.write((writer) => {
      writer.value(value);
      if (suffix) writer.ascii(suffix);
      return true;
    })!;
  }

  /**
   * What `fill` writes, as a new Buffer of its own; null when `fill` gives up (returns false) and
   * nothing it wrote is kept.
   */
  static write(fill: (writer: JsonWriter) => boolean): Buffer | null {
    // taken while in use: a toJSON that calls bytes() again gets a writer of its own
    const writer = JsonWriter.spare ?? new JsonWriter();
    JsonWriter.spare = null;
    writer.length = 0;
    if (!fill(writer)) {
      JsonWriter.spare = writer;
      return null;
    }
    if (writer.length > COPY_OUT_BYTES) return writer.take();
    const out = Buffer.allocUnsafe(writer.length);
    writer.buffer.copy(out, 0, 0, writer.length);
    JsonWriter.spare = writer;
    return out;
  }

  /** The bytes written so far (the writer's buffer, sliced: do not write again after taking it). */
  take(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  /** Writes text known to need no escaping and to be ASCII only (punctuation, numbers, keys of GraphQL names). */
  ascii(text: string): void {
    const n = text.length;
    this.reserve(n);
    const b = this.buffer;
    let at = this.length;
    for (let i = 0; i < n; i++) b[at++] = text.charCodeAt(i);
    this.length = at;
  }

  /** Writes a JSON value; top-level `undefined` writes nothing, as JSON.stringify returns undefined. */
  value(value: unknown): void {
    if (value === null) return this.ascii('null');
    switch (typeof value) {
      case 'string':
        return this.string(value);
      case 'number':
        return this.ascii(Number.isFinite(value) ? String(value) : 'null');
      case 'boolean':
        return this.ascii(value ? 'true' : 'false');
      case 'object':
        break;
      default:
        // undefined, functions and symbols have no JSON text; bigint throws as JSON.stringify does
        if (typeof value === 'bigint') JSON.stringify(value);
        return;
    }
    if (Array.isArray(value)) return this.array(value);
    const prototype = Object.getPrototypeOf(value);
    if ((prototype !== Object.prototype && prototype !== null) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
      const text = JSON.stringify(value);
      if (text !== undefined) this.text(text);
      return;
    }
    this.object(value as Record<string, unknown>);
  }

  private array(list: unknown[]): void {
    this.byte(0x5b);
    for (let i = 0; i < list.length; i++) {
      if (i > 0) this.byte(COMMA);
      const element = list[i];
      // members without JSON text are null inside arrays
      if (element === undefined || typeof element === 'function' || typeof element === 'symbol') this.ascii('null');
      else this.value(element);
    }
    this.byte(0x5d);
  }

  private object(object: Record<string, unknown>): void {
    this.byte(0x7b);
    let first = true;
    for (const key of Object.keys(object)) {
      const member = object[key];
      // members without JSON text are left out of objects
      if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
      if (!first) this.byte(COMMA);
      first = false;
      this.string(key);
      this.byte(COLON);
      this.value(member);
    }
    this.byte(0x7d);
  }

  /** A JSON string literal, encoded as UTF-8 here: most strings are short, and a call into Buffer#write costs more than the loop. */
  private string(text: string): void {
    const n = text.length;
    // worst case: every unit escaped as \uXXXX (6 bytes); UTF-8 takes at most 3 bytes a unit
    this.reserve(n * 6 + 2);
    const b = this.buffer;
    let at = this.length;
    b[at++] = QUOTE;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c !== QUOTE && c !== BACKSLASH) b[at++] = c;
        else at = escape(b, at, c);
      } else if (c < 0x800) {
        b[at++] = 0xc0 | (c >> 6);
        b[at++] = 0x80 | (c & 0x3f);
      } else if (c < 0xd800 || c > 0xdfff) {
        b[at++] = 0xe0 | (c >> 12);
        b[at++] = 0x80 | ((c >> 6) & 0x3f);
        b[at++] = 0x80 | (c & 0x3f);
      } else {
        const low = c <= 0xdbff && i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (low >= 0xdc00 && low <= 0xdfff) {
          const point = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          b[at++] = 0xf0 | (point >> 18);
          b[at++] = 0x80 | ((point >> 12) & 0x3f);
          b[at++] = 0x80 | ((point >> 6) & 0x3f);
          b[at++] = 0x80 | (point & 0x3f);
          i++;
        } else at = escape(b, at, c); // a lone surrogate, escaped as JSON.stringify does
      }
    }
    b[at++] = QUOTE;
    this.length = at;
  }

  /** Writes JSON text as UTF-8 (at most three bytes per UTF-16 unit). */
  private text(text: string): void {
    this.reserve(text.length * 3);
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  /** Writes one byte (an ASCII character code). */
  byte(code: number): void {
    if (this.length === this.buffer.length) this.reserve(1);
    this.buffer[this.length++] = code;
  }

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}

/** JSON.stringify's short escapes (\b \t \n \f \r \" \\) by character code. */
const SHORT_ESCAPES: Record<number, number> = { 0x08: 0x62, 0x09: 0x74, 0x0a: 0x6e, 0x0c: 0x66, 0x0d: 0x72, 0x22: 0x22, 0x5c: 0x5c };
const HEX = [0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66];

/** Writes the escape of one UTF-16 unit as JSON.stringify does: a short escape, else \u and four lowercase hex digits. */
function escape(b: Buffer, at: number, c: number): number {
  b[at++] = BACKSLASH;
  const short = SHORT_ESCAPES[c];
  if (short !== undefined) {
    b[at++] = short;
    return at;
  }
  b[at++] = 0x75;
  b[at++] = HEX[(c >> 12) & 0xf];
  b[at++] = HEX[(c >> 8) & 0xf];
  b[at++] = HEX[(c >> 4) & 0xf];
  b[at++] = HEX[c & 0xf];
  return at;
}
