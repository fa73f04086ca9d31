import { createHash } from 'node:crypto';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Detects the file type from its first bytes (the name can lie): PDF, JPEG or PNG only. */
export function sniffMimeType(content: Buffer): string | null {
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return 'image/jpeg';
  if (content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return null;
}

export interface CheckedAttachment {
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  content: Buffer | null;
  sha256: string | null;
  linkUrl: string | null;
}

/** Validates one attachment; returns it ready to store, or the reason it is refused. */
export function checkAttachment(input: { fileName: string; contentBase64?: string | null; linkUrl?: string | null }): CheckedAttachment | { error: string; field: string } {
  const fileName = input.fileName?.trim();
  if (!fileName) return { field: 'fileName', error: 'a file name is required' };
  if (!!input.contentBase64 === !!input.linkUrl) return { field: 'contentBase64', error: 'give either the content or a link, not both or neither' };
  if (input.linkUrl) {
    let url: URL;
    try {
      url = new URL(input.linkUrl);
    } catch {
      return { field: 'linkUrl', error: 'is not a URL' };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { field: 'linkUrl', error: 'must be an http(s) link' };
    return { fileName, mimeType: 'text/uri-list', sizeBytes: 0, content: null, sha256: null, linkUrl: url.toString() };
  }
  if (!/^[A-Za-z0-9+/=\s]+$/.test(input.contentBase64!)) return { field: 'contentBase64', error: 'is not base64' };
  const content = Buffer.from(input.contentBase64!, 'base64');
  if (content.length === 0) return { field: 'contentBase64', error: 'is empty' };
  if (content.length > MAX_ATTACHMENT_BYTES) return { field: 'contentBase64', error: `is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB` };
  const mimeType = sniffMimeType(content);
  if (!mimeType) return { field: 'contentBase64', error: 'only PDF, JPEG and PNG files are accepted (video by link)' };
  return { fileName, mimeType, sizeBytes: content.length, content, sha256: createHash('sha256').update(content).digest('hex'), linkUrl: null };
}
