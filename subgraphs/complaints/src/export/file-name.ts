/** File names and the Content-Disposition header of downloads. */

/** `EXP-2569-000123_cases-by-offence.pdf`: the reference number first, so files sort and search by it. */
export function exportFileName(referenceNo: string, report: string, extension: 'csv' | 'pdf'): string {
  const safeReport = report.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'report';
  return `${referenceNo}_${safeReport}.${extension}`;
}

/** `attachment` with an ASCII fallback and the RFC 6266 / 5987 UTF-8 name (Thai names survive). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', pdf: 'application/pdf' } as const;
