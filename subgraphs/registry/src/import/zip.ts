/**
 * A minimal ZIP reader for a file held in memory, on Node's own zlib: the end-of-central-directory
 * record and the central directory give the entries; an entry's bytes are inflated as a stream
 * (stored entries are sliced), their length and CRC-32 checked. ZIP64 and encrypted entries are
 * refused with a clear error — an XLSX workbook needs neither.
 */
import { crc32, createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, e.g. "xl/worksheets/sheet1.xml". */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** The archive cannot be read (not a ZIP, damaged, or a feature this reader does not take). */
export class ZipError extends Error {
  override name = 'ZipError';
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Stored entries go out in slices of this size, so a reader decodes them piecewise. */
const SLICE = 1 << 20;

/** The entries of the archive by name. */
export function readZipDirectory(zip: Buffer): Map<string, ZipEntry> {
  if (zip.length < 22 || zip.readUInt32LE(0) !== LOCAL) throw new ZipError('The file is not a ZIP archive (an XLSX workbook is one).');
  // the end record is the last thing in the file, followed only by a comment of up to 65,535 bytes
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD && i + 22 + zip.readUInt16LE(i + 20) <= zip.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('The ZIP archive has no central directory (the file is truncated or damaged).');
  const disk = zip.readUInt16LE(eocd + 4);
  const count = zip.readUInt16LE(eocd + 10);
  const size = zip.readUInt32LE(eocd + 12);
  const offset = zip.readUInt32LE(eocd + 16);
  if ((eocd >= 20 && zip.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) || count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    throw new ZipError('The file is a ZIP64 archive, which is not supported; save the workbook again as an ordinary .xlsx.');
  }
  if (disk !== 0 || zip.readUInt16LE(eocd + 8) !== count) throw new ZipError('The ZIP archive spans several disks, which is not supported.');
  if (offset + size > eocd) throw new ZipError('The ZIP central directory lies outside the file (the file is damaged).');

  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || zip.readUInt32LE(p) !== CENTRAL) throw new ZipError('The ZIP central directory is damaged.');
    const flags = zip.readUInt16LE(p + 8);
    const nameLength = zip.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      // bit 11: UTF-8 names; workbook part names are ASCII either way
      name: zip.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength),
      method: zip.readUInt16LE(p + 10),
      crc: zip.readUInt32LE(p + 16),
      compressedSize: zip.readUInt32LE(p + 20),
      size: zip.readUInt32LE(p + 24),
      localHeaderOffset: zip.readUInt32LE(p + 42),
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localHeaderOffset === 0xffffffff) {
      throw new ZipError(`The ZIP entry ${entry.name} needs ZIP64, which is not supported.`);
    }
    if (flags & 0x1) throw new ZipError('The workbook is encrypted (password-protected); save it without a password.');
    entries.set(entry.name, entry);
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return entries;
}

/**
 * The uncompressed bytes of an entry, chunk by chunk. Throws a ZipError when the entry is longer
 * than `maxBytes`, or its length or CRC-32 differs from the directory's.
 */
export async function* zipEntryChunks(zip: Buffer, entry: ZipEntry, maxBytes: number): AsyncGenerator<Buffer> {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) throw new ZipError(`The ZIP entry ${entry.name} is damaged (no local header).`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length) throw new ZipError(`The ZIP entry ${entry.name} is cut short (the file is truncated).`);
  if (entry.size > maxBytes) throw new ZipError(`The ZIP entry ${entry.name} is larger than ${Math.round(maxBytes / 1048576)} MB uncompressed.`);
  const data = zip.subarray(start, end);
  let crc = 0;
  let total = 0;
  if (entry.method === STORED) {
    for (let i = 0; i < data.length; i += SLICE) {
      const chunk = data.subarray(i, i + SLICE);
      crc = crc32(chunk, crc);
      total += chunk.length;
      yield chunk;
    }
  } else if (entry.method === DEFLATED) {
    const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
    inflate.end(data);
    try {
      for await (const chunk of inflate as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > entry.size) throw new ZipError(`The ZIP entry ${entry.name} inflates to more than its declared ${entry.size} bytes (the file is damaged).`);
        crc = crc32(chunk, crc);
        yield chunk;
      }
    } catch (error) {
      if (error instanceof ZipError) throw error;
      throw new ZipError(`The ZIP entry ${entry.name} cannot be inflated (${(error as Error).message}); the file is damaged.`);
    } finally {
      inflate.destroy();
    }
  } else {
    throw new ZipError(`The ZIP entry ${entry.name} uses compression method ${entry.method}; only stored and deflated entries are supported.`);
  }
  if (total !== entry.size || crc >>> 0 !== entry.crc >>> 0) throw new ZipError(`The ZIP entry ${entry.name} is damaged (length or checksum mismatch).`);
}
