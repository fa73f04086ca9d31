import { describe, expect, it } from 'vitest';
import { CaseEventKind, CaseStatus, applyCaseEvent } from './case-status.js';
import { checkAttachment, sniffMimeType } from './attachments.js';

describe('case transition graph', () => {
  it('settles by fine: OPEN → FINE_PROPOSED → FINE_PAID → FINAL', () => {
    expect(applyCaseEvent(CaseStatus.OPEN, CaseEventKind.FINE_SETTLEMENT)).toEqual({ status: CaseStatus.FINE_PROPOSED });
    expect(applyCaseEvent(CaseStatus.FINE_PROPOSED, CaseEventKind.FINE_PAID)).toEqual({ status: CaseStatus.FINE_PAID });
    expect(applyCaseEvent(CaseStatus.FINE_PAID, CaseEventKind.FINAL)).toEqual({ status: CaseStatus.FINAL });
  });

  it('goes to court: file sent, prosecution, final; or refused settlement then file sent', () => {
    expect(applyCaseEvent(CaseStatus.OPEN, CaseEventKind.FILE_SENT)).toEqual({ status: CaseStatus.REFERRED });
    expect(applyCaseEvent(CaseStatus.FINE_PROPOSED, CaseEventKind.FILE_SENT)).toEqual({ status: CaseStatus.REFERRED });
    expect(applyCaseEvent(CaseStatus.REFERRED, CaseEventKind.PROSECUTION)).toEqual({ status: CaseStatus.PROSECUTED });
    expect(applyCaseEvent(CaseStatus.PROSECUTED, CaseEventKind.FINAL)).toEqual({ status: CaseStatus.FINAL });
  });

  it('keeps the status for appointments and rulings, and refuses impossible moves', () => {
    expect(applyCaseEvent(CaseStatus.PROSECUTED, CaseEventKind.APPOINTMENT)).toEqual({ status: CaseStatus.PROSECUTED });
    expect(applyCaseEvent(CaseStatus.OPEN, CaseEventKind.PROSECUTION)).toEqual({ error: expect.stringMatching(/PROSECUTION would move a OPEN case to PROSECUTED; allowed from OPEN: FINE_PROPOSED, REFERRED/) });
    expect(applyCaseEvent(CaseStatus.FINAL, CaseEventKind.RULING)).toEqual({ error: 'a FINAL case takes only notes, not RULING' });
    expect(applyCaseEvent(CaseStatus.FINAL, CaseEventKind.NOTE)).toEqual({ status: CaseStatus.FINAL });
  });
});

describe('attachments', () => {
  it('recognises PDF, JPEG and PNG by content, not by name', () => {
    expect(sniffMimeType(Buffer.from('%PDF-1.7'))).toBe('application/pdf');
    expect(sniffMimeType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMimeType(Buffer.from('MZ'))).toBeNull();
  });

  it('takes either content or an http(s) link', () => {
    expect(checkAttachment({ fileName: 'a.pdf' })).toMatchObject({ field: 'contentBase64' });
    expect(checkAttachment({ fileName: 'v', linkUrl: 'javascript:alert(1)' })).toMatchObject({ field: 'linkUrl' });
    expect(checkAttachment({ fileName: 'v', linkUrl: 'https://video.example/1' })).toMatchObject({ mimeType: 'text/uri-list', sizeBytes: 0 });
    const pdf = checkAttachment({ fileName: 'a.pdf', contentBase64: Buffer.from('%PDF-1.4 x').toString('base64') });
    expect(pdf).toMatchObject({ mimeType: 'application/pdf', sizeBytes: 10 });
  });
});
