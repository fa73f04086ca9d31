import { Readable } from 'node:stream';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readXlsx } from './xlsx.js';
import { readZipDirectory, ZipError } from './zip.js';
import { demoImportRows, demoImportXlsx } from './demo-file.js';

/** A ZIP archive of the given parts (deflated unless `stored`), as a spreadsheet program writes one. */
function zipOf(parts: Record<string, string | Buffer>, options: { stored?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const packed = options.stored ? data : deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x800, 6);
    head.writeUInt16LE(options.stored ? 0 : 8, 8);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(options.stored ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += head.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** A workbook whose first sheet (in the workbook's order) is stored as sheet2.xml, with shared strings and styles. */
function handMadeWorkbook(sheetData: string, sharedStrings: string, options: { stored?: boolean; date1904?: boolean } = {}): Buffer {
  return zipOf(
    {
      '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      '_rels/.rels': PACKAGE_RELS,
      'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">
  <workbookPr${options.date1904 ? ' date1904="1"' : ''}/>
  <sheets><sheet name="ทะเบียน" sheetId="2" r:id="rId7"/><sheet name="Other" sheetId="1" r:id="rId1"/></sheets>
</workbook>`,
      'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>
  <Relationship Id="rId7" Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>
  <Relationship Id="rId8" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>
  <Relationship Id="rId9" Type="${REL}/styles" Target="styles.xml"/>
</Relationships>`,
      'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="&quot;฿&quot;#,##0.00"/></numFmts>
  <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
  <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>
</styleSheet>`,
      'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sharedStrings}</sst>`,
      'xl/worksheets/sheet1.xml': '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>not me</t></is></c></row></sheetData></worksheet>',
      'xl/worksheets/sheet2.xml': `<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:E9"/><sheetData>${sheetData}</sheetData><mergeCells count="0"/></worksheet>`,
    },
    options,
  );
}

async function rowsOf(file: Buffer, chunkSize = file.length) {
  const chunks: Buffer[] = [];
  for (let i = 0; i < file.length; i += chunkSize) chunks.push(file.subarray(i, i + chunkSize));
  const rows: { fields: string[]; line: number }[] = [];
  for await (const r of readXlsx(Readable.from(chunks))) rows.push(r);
  return rows;
}

const SHARED = [
  '<si><t>เลขลำดับ</t></si>',
  // rich text runs, with a phonetic run that is not part of the text
  '<si><r><rPr><b/></rPr><t>A&amp;D </t></r><r><t xml:space="preserve">Weighing  &lt;Co&gt;</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si>',
  '<si><t>&quot;quoted&quot; &apos;single&apos; &#3585;&#x0E02; R&amp;D_x000D_</t></si>',
  '<si/>',
  '<si><t><![CDATA[raw <cdata> & stays]]></t></si>',
].join('');

describe('XLSX reader (our own: ZIP directory + tag scanner)', () => {
  it('reads the first sheet of the workbook order: shared strings with rich text and entities, inline strings, skipped cells and rows, types and dates', async () => {
    const sheet = [
      '<row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="E1" t="s"><v>2</v></c></row>',
      '<row r="2"><c r="A2" s="1"/><c r="B2" s="3"/></row>', // styled, no values: blank, left out
      '<row r="4"><c r="B4" t="inlineStr"><is><t xml:space="preserve">  ใน &amp; line  </t></is></c><c r="D4" t="inlineStr"><is><r><t>ri</t></r><r><t>ch</t></r></is></c></row>',
      '<row r="5"><c r="A5" s="1"><v>46477</v></c><c r="B5" s="2"><v>46477.75</v></c><c r="C5" s="3"><v>1500.5</v></c><c r="D5"><v>1E-3</v></c><c r="E5" t="b"><v>1</v></c></row>',
      '<row r="6"><c r="A6" t="str"><f>A1&amp;"x"</f><v>เลข&lt;x&gt;</v></c><c r="B6" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C6"><f>1+1</f><v>2</v></c><c r="D6" t="b"><v>0</v></c><c r="E6" t="s"><v>3</v></c></row>',
      '<row><c t="s"><v>4</v></c><c><v>7</v></c></row>', // no references: the row and columns follow on
      '<row r="9"/>',
    ].join('\n');
    const rows = await rowsOf(handMadeWorkbook(sheet, SHARED));
    expect(rows).toEqual([
      { fields: ['เลขลำดับ', '', 'A&D Weighing  <Co>', '', `"quoted" 'single' กข R&D`], line: 1 },
      { fields: ['', 'ใน & line', '', 'rich'], line: 4 },
      { fields: ['2027-03-31', '2027-03-31', '1500.5', '0.001', 'TRUE'], line: 5 },
      { fields: ['เลข<x>', '#DIV/0!', '2', 'FALSE', ''], line: 6 },
      { fields: ['raw <cdata> & stays', '7'], line: 7 },
    ]);
  });

  it('takes stored (uncompressed) entries, the 1904 date system and a file arriving in small pieces', async () => {
    const sheet = '<row r="1"><c r="A1" s="1"><v>45015</v></c><c r="B1" t="s"><v>1</v></c></row>';
    const file = handMadeWorkbook(sheet, SHARED, { stored: true, date1904: true });
    expect(await rowsOf(file, 7)).toEqual([{ fields: ['2027-03-31', 'A&D Weighing  <Co>'], line: 1 }]);
  });

  it('reads tags with a namespace prefix, single-quoted attributes and a ">" inside a quoted value, as some generators write them', async () => {
    const sheet = `<x:row r="3"><x:c r="B3" t="inlineStr"><x:is><x:t>prefixed</x:t></x:is></x:c><x:c r='D3' t='str' x:note='a>"b"'><x:v>single</x:v></x:c></x:row>
      <!-- a comment <c r="A4"><v>1</v></c> --><row r="4"><c r="A4" t="str" note="x > y"><v>quoted</v></c></row>`;
    expect(await rowsOf(handMadeWorkbook(sheet, SHARED))).toEqual([
      { fields: ['', 'prefixed', '', 'single'], line: 3 },
      { fields: ['quoted'], line: 4 },
    ]);
  });

  it('reads long runs of tags without attributes (shared strings as Excel writes them) between quoted values holding ">"', async () => {
    // the next quote is remembered across tags: it must still be found anew once a tag passes it
    const shared = Array.from({ length: 3000 }, (_, i) => `<si><t>s${i}</t></si>`).join('');
    const sheet = [
      '<row r="1"><c r="A1" t="s" note="a > b"><v>2999</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c><c r="C1" t="str" note=">"><v>y</v></c></row>',
      '<row r="2"><c r="A2" t="s"><v>0</v></c></row>',
    ].join('');
    const file = handMadeWorkbook(sheet, shared);
    const expected = [
      { fields: ['s2999', 'x', 'y'], line: 1 },
      { fields: ['s0'], line: 2 },
    ];
    expect(await rowsOf(file)).toEqual(expected);
    expect(await rowsOf(file, 1000)).toEqual(expected);
  });

  it('reads a workbook written by exceljs (shared strings, rich text, dates, formulas, a second sheet ignored)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('เครื่อง');
    sheet.addRow(['เลขลำดับ', 'ยี่ห้อ', 'วันที่']);
    sheet.addRow(['x<&>"y"', { richText: [{ text: 'A&' }, { font: { bold: true }, text: 'D' }] }, new Date(Date.UTC(2027, 2, 31))]);
    sheet.getCell('E3').value = 42;
    sheet.addRow([]);
    sheet.getCell('A5').value = { formula: 'E3*2', result: 84 };
    sheet.getCell('B5').value = true;
    workbook.addWorksheet('อื่น').addRow(['ignored']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await rowsOf(file, 1000)).toEqual([
      { fields: ['เลขลำดับ', 'ยี่ห้อ', 'วันที่'], line: 1 },
      { fields: ['x<&>"y"', 'A&D', '2027-03-31'], line: 2 },
      { fields: ['', '', '', '', '42'], line: 3 },
      { fields: ['84', 'TRUE'], line: 5 },
    ]);
  });

  it('reads every row of a demo file from exceljs’ streaming writer (inline strings, many inflate chunks), as written', async () => {
    const options = { rows: 3000, operators: [{ registrationNo: 'OP-10-0000001', provinceCode: '10' }], firstSequence: 500 };
    const written = [...demoImportRows(options)];
    const width = written[0].length;
    const padded = (fields: string[]) => [...fields, ...Array<string>(width).fill('')].slice(0, width);
    const rows = await rowsOf(await demoImportXlsx(options), 64 * 1024);
    expect(rows.map((r) => r.line)).toEqual(written.map((_, i) => i + 1));
    expect(rows.map((r) => padded(r.fields))).toEqual(written.map((fields) => padded(fields.map((f) => f.trim()))));
  });

  it('refuses with a clear error what it cannot read: not a ZIP, truncated, ZIP64, damaged, no workbook', async () => {
    const good = handMadeWorkbook('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', SHARED);
    await expect(rowsOf(Buffer.from('instrumentNo,brand\n1,CAS\n'))).rejects.toThrow(/not a ZIP archive/);
    await expect(rowsOf(good.subarray(0, good.length - 30))).rejects.toThrow(/no central directory/);
    const zip64 = Buffer.from(good);
    zip64.writeUInt32LE(0xffffffff, zip64.length - 22 + 16);
    await expect(rowsOf(zip64)).rejects.toThrow(/ZIP64/);
    const damaged = Buffer.from(good);
    const sheet = readZipDirectory(good).get('xl/worksheets/sheet2.xml')!;
    damaged[sheet.localHeaderOffset + 30 + 'xl/worksheets/sheet2.xml'.length + 20] ^= 0xff;
    await expect(rowsOf(damaged)).rejects.toThrow(ZipError);
    await expect(rowsOf(zipOf({ 'hello.txt': 'hi' }))).rejects.toThrow(/not an XLSX workbook/);
  });
});
