/**
 * Which office serves each province (เขตความรับผิดชอบ), as data the complaints service can use
 * on its own: intake (the 1569 centre, later the web form) assigns a complaint to the office
 * serving the province where it happened.
 *
 * Identity owns offices and jurisdictions; this is a copy of its reference data
 * (subgraphs/identity/src/reference/reference-data.ts, OFFICES[].servedProvinceCodes), kept as
 * data because a subgraph never imports another subgraph's code. stack/test/hotline.test.ts
 * fails when the two drift apart.
 */

export interface ProvinceJurisdiction {
  /** Thai name of the province. */
  nameTh: string;
  /** Code of the office serving it, e.g. HQ, C1, B07. */
  officeCode: string;
}

/** The 77 provinces by two-digit DOPA code. */
export const PROVINCE_JURISDICTION: Readonly<Record<string, ProvinceJurisdiction>> = {
  '10': { nameTh: 'กรุงเทพมหานคร', officeCode: 'HQ' },
  '11': { nameTh: 'สมุทรปราการ', officeCode: 'HQ' },
  '12': { nameTh: 'นนทบุรี', officeCode: 'HQ' },
  '13': { nameTh: 'ปทุมธานี', officeCode: 'HQ' },
  '14': { nameTh: 'พระนครศรีอยุธยา', officeCode: 'B10' },
  '15': { nameTh: 'อ่างทอง', officeCode: 'B10' },
  '16': { nameTh: 'ลพบุรี', officeCode: 'B11' },
  '17': { nameTh: 'สิงห์บุรี', officeCode: 'B10' },
  '18': { nameTh: 'ชัยนาท', officeCode: 'B05' },
  '19': { nameTh: 'สระบุรี', officeCode: 'B11' },
  '20': { nameTh: 'ชลบุรี', officeCode: 'C6' },
  '21': { nameTh: 'ระยอง', officeCode: 'B14' },
  '22': { nameTh: 'จันทบุรี', officeCode: 'B15' },
  '23': { nameTh: 'ตราด', officeCode: 'B15' },
  '24': { nameTh: 'ฉะเชิงเทรา', officeCode: 'C6' },
  '25': { nameTh: 'ปราจีนบุรี', officeCode: 'B16' },
  '26': { nameTh: 'นครนายก', officeCode: 'B11' },
  '27': { nameTh: 'สระแก้ว', officeCode: 'B16' },
  '30': { nameTh: 'นครราชสีมา', officeCode: 'C4' },
  '31': { nameTh: 'บุรีรัมย์', officeCode: 'C4' },
  '32': { nameTh: 'สุรินทร์', officeCode: 'B09' },
  '33': { nameTh: 'ศรีสะเกษ', officeCode: 'C5' },
  '34': { nameTh: 'อุบลราชธานี', officeCode: 'C5' },
  '35': { nameTh: 'ยโสธร', officeCode: 'C5' },
  '36': { nameTh: 'ชัยภูมิ', officeCode: 'C4' },
  '37': { nameTh: 'อำนาจเจริญ', officeCode: 'C5' },
  '38': { nameTh: 'บึงกาฬ', officeCode: 'B07' },
  '39': { nameTh: 'หนองบัวลำภู', officeCode: 'B06' },
  '40': { nameTh: 'ขอนแก่น', officeCode: 'C3' },
  '41': { nameTh: 'อุดรธานี', officeCode: 'B06' },
  '42': { nameTh: 'เลย', officeCode: 'B06' },
  '43': { nameTh: 'หนองคาย', officeCode: 'B06' },
  '44': { nameTh: 'มหาสารคาม', officeCode: 'C3' },
  '45': { nameTh: 'ร้อยเอ็ด', officeCode: 'C3' },
  '46': { nameTh: 'กาฬสินธุ์', officeCode: 'C3' },
  '47': { nameTh: 'สกลนคร', officeCode: 'B07' },
  '48': { nameTh: 'นครพนม', officeCode: 'B08' },
  '49': { nameTh: 'มุกดาหาร', officeCode: 'B08' },
  '50': { nameTh: 'เชียงใหม่', officeCode: 'C1' },
  '51': { nameTh: 'ลำพูน', officeCode: 'C1' },
  '52': { nameTh: 'ลำปาง', officeCode: 'B02' },
  '53': { nameTh: 'อุตรดิตถ์', officeCode: 'C2' },
  '54': { nameTh: 'แพร่', officeCode: 'B02' },
  '55': { nameTh: 'น่าน', officeCode: 'B02' },
  '56': { nameTh: 'พะเยา', officeCode: 'B01' },
  '57': { nameTh: 'เชียงราย', officeCode: 'B01' },
  '58': { nameTh: 'แม่ฮ่องสอน', officeCode: 'C1' },
  '60': { nameTh: 'นครสวรรค์', officeCode: 'B05' },
  '61': { nameTh: 'อุทัยธานี', officeCode: 'B05' },
  '62': { nameTh: 'กำแพงเพชร', officeCode: 'B05' },
  '63': { nameTh: 'ตาก', officeCode: 'B03' },
  '64': { nameTh: 'สุโขทัย', officeCode: 'C2' },
  '65': { nameTh: 'พิษณุโลก', officeCode: 'C2' },
  '66': { nameTh: 'พิจิตร', officeCode: 'C2' },
  '67': { nameTh: 'เพชรบูรณ์', officeCode: 'B04' },
  '70': { nameTh: 'ราชบุรี', officeCode: 'C7' },
  '71': { nameTh: 'กาญจนบุรี', officeCode: 'B17' },
  '72': { nameTh: 'สุพรรณบุรี', officeCode: 'B12' },
  '73': { nameTh: 'นครปฐม', officeCode: 'B13' },
  '74': { nameTh: 'สมุทรสาคร', officeCode: 'B13' },
  '75': { nameTh: 'สมุทรสงคราม', officeCode: 'C7' },
  '76': { nameTh: 'เพชรบุรี', officeCode: 'C7' },
  '77': { nameTh: 'ประจวบคีรีขันธ์', officeCode: 'B18' },
  '80': { nameTh: 'นครศรีธรรมราช', officeCode: 'B20' },
  '81': { nameTh: 'กระบี่', officeCode: 'C8' },
  '82': { nameTh: 'พังงา', officeCode: 'B21' },
  '83': { nameTh: 'ภูเก็ต', officeCode: 'B21' },
  '84': { nameTh: 'สุราษฎร์ธานี', officeCode: 'C8' },
  '85': { nameTh: 'ระนอง', officeCode: 'B19' },
  '86': { nameTh: 'ชุมพร', officeCode: 'B19' },
  '90': { nameTh: 'สงขลา', officeCode: 'C9' },
  '91': { nameTh: 'สตูล', officeCode: 'C9' },
  '92': { nameTh: 'ตรัง', officeCode: 'B22' },
  '93': { nameTh: 'พัทลุง', officeCode: 'C9' },
  '94': { nameTh: 'ปัตตานี', officeCode: 'B23' },
  '95': { nameTh: 'ยะลา', officeCode: 'B23' },
  '96': { nameTh: 'นราธิวาส', officeCode: 'B23' },
};

/** The office serving a province, or null for a code that is not a province. */
export function officeForProvince(provinceCode: string): string | null {
  return Object.hasOwn(PROVINCE_JURISDICTION, provinceCode) ? PROVINCE_JURISDICTION[provinceCode].officeCode : null;
}
