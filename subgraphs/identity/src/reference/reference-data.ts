/**
 * Static reference data for the legal-metrology (weights & measures) platform:
 * geographic regions, the 77 provinces of Thailand and the offices of
 * กองชั่งตวงวัด (Central Bureau of Weights and Measures, Department of Internal Trade).
 *
 * - Province codes are the 2-digit codes of the Department of Provincial
 *   Administration (DOPA) / TIS 1099; ISO codes are ISO 3166-2:TH ('TH-' + code).
 * - Regions follow the 6-region scheme of the National Geographical Committee
 *   (Royal Society, 1977): the lower-northern provinces (Nakhon Sawan, Uthai Thani,
 *   Kamphaeng Phet, Sukhothai, Phitsanulok, Phichit, Phetchabun) are Central,
 *   Tak is West, Nakhon Nayok is Central.
 * - lat/lng are approximate coordinates of the provincial capital (amphoe mueang).
 * - gridRow/gridCol place each province on a tile-grid map (row 0 = north).
 * - Office jurisdictions are a modelled partition of all 77 provinces
 *   (HQ + 9 regional centres + 23 branch offices); each province is served by
 *   exactly one office.
 */

export interface RegionData {
  code: string;
  nameTh: string;
  nameEn: string;
}

export interface ProvinceData {
  code: string;
  isoCode: string;
  nameTh: string;
  nameEn: string;
  regionCode: string;
  lat: number;
  lng: number;
  gridRow: number;
  gridCol: number;
}

export interface OfficeData {
  code: string;
  kind: 'HQ' | 'CENTRE' | 'BRANCH';
  nameTh: string;
  nameEn: string;
  provinceCode: string;
  servedProvinceCodes: string[];
}

export const REGIONS: RegionData[] = [
  { code: 'N', nameTh: 'ภาคเหนือ', nameEn: 'North' },
  { code: 'NE', nameTh: 'ภาคตะวันออกเฉียงเหนือ', nameEn: 'Northeast' },
  { code: 'C', nameTh: 'ภาคกลาง', nameEn: 'Central' },
  { code: 'E', nameTh: 'ภาคตะวันออก', nameEn: 'East' },
  { code: 'W', nameTh: 'ภาคตะวันตก', nameEn: 'West' },
  { code: 'S', nameTh: 'ภาคใต้', nameEn: 'South' },
];

export const PROVINCES: ProvinceData[] = [
  // Central (Bangkok and vicinity / upper central)
  { code: '10', isoCode: 'TH-10', nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok', regionCode: 'C', lat: 13.7563, lng: 100.5018, gridRow: 9, gridCol: 3 },
  { code: '11', isoCode: 'TH-11', nameTh: 'สมุทรปราการ', nameEn: 'Samut Prakan', regionCode: 'C', lat: 13.5991, lng: 100.5998, gridRow: 10, gridCol: 3 },
  { code: '12', isoCode: 'TH-12', nameTh: 'นนทบุรี', nameEn: 'Nonthaburi', regionCode: 'C', lat: 13.8621, lng: 100.5144, gridRow: 9, gridCol: 2 },
  { code: '13', isoCode: 'TH-13', nameTh: 'ปทุมธานี', nameEn: 'Pathum Thani', regionCode: 'C', lat: 14.0208, lng: 100.525, gridRow: 8, gridCol: 3 },
  { code: '14', isoCode: 'TH-14', nameTh: 'พระนครศรีอยุธยา', nameEn: 'Phra Nakhon Si Ayutthaya', regionCode: 'C', lat: 14.3532, lng: 100.5684, gridRow: 8, gridCol: 2 },
  { code: '15', isoCode: 'TH-15', nameTh: 'อ่างทอง', nameEn: 'Ang Thong', regionCode: 'C', lat: 14.5896, lng: 100.455, gridRow: 7, gridCol: 2 },
  { code: '16', isoCode: 'TH-16', nameTh: 'ลพบุรี', nameEn: 'Lop Buri', regionCode: 'C', lat: 14.7995, lng: 100.6534, gridRow: 6, gridCol: 3 },
  { code: '17', isoCode: 'TH-17', nameTh: 'สิงห์บุรี', nameEn: 'Sing Buri', regionCode: 'C', lat: 14.8936, lng: 100.3967, gridRow: 6, gridCol: 2 },
  { code: '18', isoCode: 'TH-18', nameTh: 'ชัยนาท', nameEn: 'Chai Nat', regionCode: 'C', lat: 15.1852, lng: 100.1251, gridRow: 6, gridCol: 1 },
  { code: '19', isoCode: 'TH-19', nameTh: 'สระบุรี', nameEn: 'Saraburi', regionCode: 'C', lat: 14.5289, lng: 100.9101, gridRow: 7, gridCol: 3 },
  // East (+ Nakhon Nayok, which is Central)
  { code: '20', isoCode: 'TH-20', nameTh: 'ชลบุรี', nameEn: 'Chon Buri', regionCode: 'E', lat: 13.3611, lng: 100.9847, gridRow: 9, gridCol: 4 },
  { code: '21', isoCode: 'TH-21', nameTh: 'ระยอง', nameEn: 'Rayong', regionCode: 'E', lat: 12.6814, lng: 101.2816, gridRow: 10, gridCol: 4 },
  { code: '22', isoCode: 'TH-22', nameTh: 'จันทบุรี', nameEn: 'Chanthaburi', regionCode: 'E', lat: 12.6113, lng: 102.1039, gridRow: 9, gridCol: 5 },
  { code: '23', isoCode: 'TH-23', nameTh: 'ตราด', nameEn: 'Trat', regionCode: 'E', lat: 12.2436, lng: 102.5151, gridRow: 10, gridCol: 5 },
  { code: '24', isoCode: 'TH-24', nameTh: 'ฉะเชิงเทรา', nameEn: 'Chachoengsao', regionCode: 'E', lat: 13.6904, lng: 101.078, gridRow: 8, gridCol: 4 },
  { code: '25', isoCode: 'TH-25', nameTh: 'ปราจีนบุรี', nameEn: 'Prachin Buri', regionCode: 'E', lat: 14.0509, lng: 101.3717, gridRow: 7, gridCol: 5 },
  { code: '26', isoCode: 'TH-26', nameTh: 'นครนายก', nameEn: 'Nakhon Nayok', regionCode: 'C', lat: 14.2069, lng: 101.213, gridRow: 7, gridCol: 4 },
  { code: '27', isoCode: 'TH-27', nameTh: 'สระแก้ว', nameEn: 'Sa Kaeo', regionCode: 'E', lat: 13.824, lng: 102.0646, gridRow: 8, gridCol: 5 },
  // Northeast
  { code: '30', isoCode: 'TH-30', nameTh: 'นครราชสีมา', nameEn: 'Nakhon Ratchasima', regionCode: 'NE', lat: 14.9799, lng: 102.0978, gridRow: 6, gridCol: 4 },
  { code: '31', isoCode: 'TH-31', nameTh: 'บุรีรัมย์', nameEn: 'Buri Ram', regionCode: 'NE', lat: 14.993, lng: 103.1029, gridRow: 6, gridCol: 5 },
  { code: '32', isoCode: 'TH-32', nameTh: 'สุรินทร์', nameEn: 'Surin', regionCode: 'NE', lat: 14.8818, lng: 103.4936, gridRow: 6, gridCol: 6 },
  { code: '33', isoCode: 'TH-33', nameTh: 'ศรีสะเกษ', nameEn: 'Si Sa Ket', regionCode: 'NE', lat: 15.1186, lng: 104.322, gridRow: 6, gridCol: 7 },
  { code: '34', isoCode: 'TH-34', nameTh: 'อุบลราชธานี', nameEn: 'Ubon Ratchathani', regionCode: 'NE', lat: 15.2287, lng: 104.8564, gridRow: 6, gridCol: 8 },
  { code: '35', isoCode: 'TH-35', nameTh: 'ยโสธร', nameEn: 'Yasothon', regionCode: 'NE', lat: 15.7926, lng: 104.1453, gridRow: 5, gridCol: 7 },
  { code: '36', isoCode: 'TH-36', nameTh: 'ชัยภูมิ', nameEn: 'Chaiyaphum', regionCode: 'NE', lat: 15.8068, lng: 102.0316, gridRow: 5, gridCol: 4 },
  { code: '37', isoCode: 'TH-37', nameTh: 'อำนาจเจริญ', nameEn: 'Amnat Charoen', regionCode: 'NE', lat: 15.8657, lng: 104.6258, gridRow: 5, gridCol: 8 },
  { code: '38', isoCode: 'TH-38', nameTh: 'บึงกาฬ', nameEn: 'Bueng Kan', regionCode: 'NE', lat: 18.3609, lng: 103.6464, gridRow: 2, gridCol: 6 },
  { code: '39', isoCode: 'TH-39', nameTh: 'หนองบัวลำภู', nameEn: 'Nong Bua Lam Phu', regionCode: 'NE', lat: 17.2218, lng: 102.426, gridRow: 4, gridCol: 4 },
  { code: '40', isoCode: 'TH-40', nameTh: 'ขอนแก่น', nameEn: 'Khon Kaen', regionCode: 'NE', lat: 16.4322, lng: 102.8236, gridRow: 4, gridCol: 5 },
  { code: '41', isoCode: 'TH-41', nameTh: 'อุดรธานี', nameEn: 'Udon Thani', regionCode: 'NE', lat: 17.4138, lng: 102.7872, gridRow: 3, gridCol: 5 },
  { code: '42', isoCode: 'TH-42', nameTh: 'เลย', nameEn: 'Loei', regionCode: 'NE', lat: 17.486, lng: 101.7223, gridRow: 3, gridCol: 4 },
  { code: '43', isoCode: 'TH-43', nameTh: 'หนองคาย', nameEn: 'Nong Khai', regionCode: 'NE', lat: 17.8783, lng: 102.7413, gridRow: 2, gridCol: 5 },
  { code: '44', isoCode: 'TH-44', nameTh: 'มหาสารคาม', nameEn: 'Maha Sarakham', regionCode: 'NE', lat: 16.1851, lng: 103.3027, gridRow: 5, gridCol: 5 },
  { code: '45', isoCode: 'TH-45', nameTh: 'ร้อยเอ็ด', nameEn: 'Roi Et', regionCode: 'NE', lat: 16.0538, lng: 103.652, gridRow: 5, gridCol: 6 },
  { code: '46', isoCode: 'TH-46', nameTh: 'กาฬสินธุ์', nameEn: 'Kalasin', regionCode: 'NE', lat: 16.4315, lng: 103.5059, gridRow: 4, gridCol: 6 },
  { code: '47', isoCode: 'TH-47', nameTh: 'สกลนคร', nameEn: 'Sakon Nakhon', regionCode: 'NE', lat: 17.1545, lng: 104.1348, gridRow: 3, gridCol: 6 },
  { code: '48', isoCode: 'TH-48', nameTh: 'นครพนม', nameEn: 'Nakhon Phanom', regionCode: 'NE', lat: 17.392, lng: 104.7696, gridRow: 3, gridCol: 7 },
  { code: '49', isoCode: 'TH-49', nameTh: 'มุกดาหาร', nameEn: 'Mukdahan', regionCode: 'NE', lat: 16.5436, lng: 104.7235, gridRow: 4, gridCol: 7 },
  // North
  { code: '50', isoCode: 'TH-50', nameTh: 'เชียงใหม่', nameEn: 'Chiang Mai', regionCode: 'N', lat: 18.7883, lng: 98.9853, gridRow: 1, gridCol: 1 },
  { code: '51', isoCode: 'TH-51', nameTh: 'ลำพูน', nameEn: 'Lamphun', regionCode: 'N', lat: 18.5745, lng: 99.0087, gridRow: 2, gridCol: 1 },
  { code: '52', isoCode: 'TH-52', nameTh: 'ลำปาง', nameEn: 'Lampang', regionCode: 'N', lat: 18.2888, lng: 99.4908, gridRow: 2, gridCol: 2 },
  { code: '53', isoCode: 'TH-53', nameTh: 'อุตรดิตถ์', nameEn: 'Uttaradit', regionCode: 'N', lat: 17.6201, lng: 100.0993, gridRow: 3, gridCol: 3 },
  { code: '54', isoCode: 'TH-54', nameTh: 'แพร่', nameEn: 'Phrae', regionCode: 'N', lat: 18.1446, lng: 100.1403, gridRow: 2, gridCol: 3 },
  { code: '55', isoCode: 'TH-55', nameTh: 'น่าน', nameEn: 'Nan', regionCode: 'N', lat: 18.7756, lng: 100.773, gridRow: 1, gridCol: 3 },
  { code: '56', isoCode: 'TH-56', nameTh: 'พะเยา', nameEn: 'Phayao', regionCode: 'N', lat: 19.1664, lng: 99.9019, gridRow: 1, gridCol: 2 },
  { code: '57', isoCode: 'TH-57', nameTh: 'เชียงราย', nameEn: 'Chiang Rai', regionCode: 'N', lat: 19.9105, lng: 99.8406, gridRow: 0, gridCol: 2 },
  { code: '58', isoCode: 'TH-58', nameTh: 'แม่ฮ่องสอน', nameEn: 'Mae Hong Son', regionCode: 'N', lat: 19.302, lng: 97.9654, gridRow: 1, gridCol: 0 },
  // Lower north (Central in the 6-region scheme) + Tak (West)
  { code: '60', isoCode: 'TH-60', nameTh: 'นครสวรรค์', nameEn: 'Nakhon Sawan', regionCode: 'C', lat: 15.7047, lng: 100.1372, gridRow: 5, gridCol: 2 },
  { code: '61', isoCode: 'TH-61', nameTh: 'อุทัยธานี', nameEn: 'Uthai Thani', regionCode: 'C', lat: 15.3835, lng: 100.0246, gridRow: 5, gridCol: 1 },
  { code: '62', isoCode: 'TH-62', nameTh: 'กำแพงเพชร', nameEn: 'Kamphaeng Phet', regionCode: 'C', lat: 16.4828, lng: 99.5227, gridRow: 4, gridCol: 1 },
  { code: '63', isoCode: 'TH-63', nameTh: 'ตาก', nameEn: 'Tak', regionCode: 'W', lat: 16.884, lng: 99.1259, gridRow: 3, gridCol: 1 },
  { code: '64', isoCode: 'TH-64', nameTh: 'สุโขทัย', nameEn: 'Sukhothai', regionCode: 'C', lat: 17.0056, lng: 99.8264, gridRow: 3, gridCol: 2 },
  { code: '65', isoCode: 'TH-65', nameTh: 'พิษณุโลก', nameEn: 'Phitsanulok', regionCode: 'C', lat: 16.8211, lng: 100.2659, gridRow: 4, gridCol: 3 },
  { code: '66', isoCode: 'TH-66', nameTh: 'พิจิตร', nameEn: 'Phichit', regionCode: 'C', lat: 16.4419, lng: 100.3488, gridRow: 4, gridCol: 2 },
  { code: '67', isoCode: 'TH-67', nameTh: 'เพชรบูรณ์', nameEn: 'Phetchabun', regionCode: 'C', lat: 16.419, lng: 101.1606, gridRow: 5, gridCol: 3 },
  // West (+ Suphan Buri, Nakhon Pathom, Samut Sakhon, Samut Songkhram, which are Central)
  { code: '70', isoCode: 'TH-70', nameTh: 'ราชบุรี', nameEn: 'Ratchaburi', regionCode: 'W', lat: 13.5283, lng: 99.8134, gridRow: 8, gridCol: 0 },
  { code: '71', isoCode: 'TH-71', nameTh: 'กาญจนบุรี', nameEn: 'Kanchanaburi', regionCode: 'W', lat: 14.0228, lng: 99.5328, gridRow: 7, gridCol: 0 },
  { code: '72', isoCode: 'TH-72', nameTh: 'สุพรรณบุรี', nameEn: 'Suphan Buri', regionCode: 'C', lat: 14.4745, lng: 100.1177, gridRow: 7, gridCol: 1 },
  { code: '73', isoCode: 'TH-73', nameTh: 'นครปฐม', nameEn: 'Nakhon Pathom', regionCode: 'C', lat: 13.8199, lng: 100.0621, gridRow: 8, gridCol: 1 },
  { code: '74', isoCode: 'TH-74', nameTh: 'สมุทรสาคร', nameEn: 'Samut Sakhon', regionCode: 'C', lat: 13.5475, lng: 100.2744, gridRow: 9, gridCol: 1 },
  { code: '75', isoCode: 'TH-75', nameTh: 'สมุทรสงคราม', nameEn: 'Samut Songkhram', regionCode: 'C', lat: 13.4098, lng: 100.0023, gridRow: 9, gridCol: 0 },
  { code: '76', isoCode: 'TH-76', nameTh: 'เพชรบุรี', nameEn: 'Phetchaburi', regionCode: 'W', lat: 13.1119, lng: 99.9447, gridRow: 10, gridCol: 0 },
  { code: '77', isoCode: 'TH-77', nameTh: 'ประจวบคีรีขันธ์', nameEn: 'Prachuap Khiri Khan', regionCode: 'W', lat: 11.8124, lng: 99.7973, gridRow: 11, gridCol: 0 },
  // South
  { code: '80', isoCode: 'TH-80', nameTh: 'นครศรีธรรมราช', nameEn: 'Nakhon Si Thammarat', regionCode: 'S', lat: 8.4304, lng: 99.9631, gridRow: 14, gridCol: 2 },
  { code: '81', isoCode: 'TH-81', nameTh: 'กระบี่', nameEn: 'Krabi', regionCode: 'S', lat: 8.0863, lng: 98.9063, gridRow: 14, gridCol: 1 },
  { code: '82', isoCode: 'TH-82', nameTh: 'พังงา', nameEn: 'Phangnga', regionCode: 'S', lat: 8.4509, lng: 98.5255, gridRow: 13, gridCol: 0 },
  { code: '83', isoCode: 'TH-83', nameTh: 'ภูเก็ต', nameEn: 'Phuket', regionCode: 'S', lat: 7.8804, lng: 98.3923, gridRow: 14, gridCol: 0 },
  { code: '84', isoCode: 'TH-84', nameTh: 'สุราษฎร์ธานี', nameEn: 'Surat Thani', regionCode: 'S', lat: 9.1382, lng: 99.3217, gridRow: 13, gridCol: 1 },
  { code: '85', isoCode: 'TH-85', nameTh: 'ระนอง', nameEn: 'Ranong', regionCode: 'S', lat: 9.9658, lng: 98.6348, gridRow: 12, gridCol: 0 },
  { code: '86', isoCode: 'TH-86', nameTh: 'ชุมพร', nameEn: 'Chumphon', regionCode: 'S', lat: 10.493, lng: 99.18, gridRow: 12, gridCol: 1 },
  { code: '90', isoCode: 'TH-90', nameTh: 'สงขลา', nameEn: 'Songkhla', regionCode: 'S', lat: 7.1898, lng: 100.5951, gridRow: 16, gridCol: 2 },
  { code: '91', isoCode: 'TH-91', nameTh: 'สตูล', nameEn: 'Satun', regionCode: 'S', lat: 6.6238, lng: 100.0674, gridRow: 16, gridCol: 1 },
  { code: '92', isoCode: 'TH-92', nameTh: 'ตรัง', nameEn: 'Trang', regionCode: 'S', lat: 7.5645, lng: 99.6239, gridRow: 15, gridCol: 1 },
  { code: '93', isoCode: 'TH-93', nameTh: 'พัทลุง', nameEn: 'Phatthalung', regionCode: 'S', lat: 7.6167, lng: 100.074, gridRow: 15, gridCol: 2 },
  { code: '94', isoCode: 'TH-94', nameTh: 'ปัตตานี', nameEn: 'Pattani', regionCode: 'S', lat: 6.8696, lng: 101.2501, gridRow: 16, gridCol: 3 },
  { code: '95', isoCode: 'TH-95', nameTh: 'ยะลา', nameEn: 'Yala', regionCode: 'S', lat: 6.5411, lng: 101.2804, gridRow: 17, gridCol: 3 },
  { code: '96', isoCode: 'TH-96', nameTh: 'นราธิวาส', nameEn: 'Narathiwat', regionCode: 'S', lat: 6.4255, lng: 101.8253, gridRow: 16, gridCol: 4 },
];

export const OFFICES: OfficeData[] = [
  // Headquarters
  {
    code: 'HQ',
    kind: 'HQ',
    nameTh: 'กองชั่งตวงวัด (ส่วนกลาง)',
    nameEn: 'Central Bureau of Weights and Measures (HQ)',
    provinceCode: '12',
    servedProvinceCodes: ['10', '11', '12', '13'],
  },

  // Regional centres (ศูนย์ชั่งตวงวัดเขต 1–9)
  {
    code: 'C1',
    kind: 'CENTRE',
    nameTh: 'ศูนย์ชั่งตวงวัดเขต 1 เชียงใหม่',
    nameEn: 'Weights and Measures Centre Region 1 (Chiang Mai)',
    provinceCode: '50',
    servedProvinceCodes: ['50', '51', '58'],
  },
  {
    code: 'C2',
    kind: 'CENTRE',
    nameTh: 'ศูนย์ชั่งตวงวัดเขต 2 พิษณุโลก',
    nameEn: 'Weights and Measures Centre Region 2 (Phitsanulok)',
    provinceCode: '65',
    servedProvinceCodes: ['65', '53', '64', '66'],
  },
  {
    code: 'C3',
    kind: 'CENTRE',
    nameTh: 'ศูนย์ชั่งตวงวัดเขต 3 ขอนแก่น',
    nameEn: 'Weights and Measures Centre Region 3 (Khon Kaen)',
    provinceCode: '40',
    servedProvinceCodes: ['40', '44', '45', '46'],
  },
  {
    code: 'C4',
    kind: 'CENTRE',
    nameTh: 'ศูนย์ชั่งตวงวัดเขต 4 นครราชสีมา',
    nameEn: 'Weights and Measures Centre Region 4 (Nakhon Ratchasima)',
    provinceCode: '30',
    servedProvinceCodes: ['30', '31', '36'],
  },
  {
    code: 'C5',
    kind: 'CENTRE',
    nameTh: 'ศูนย์ชั่งตวงวัดเขต 5 อุบลราชธานี',
    nameEn: 'Weights and Measures Centre Region 5 (Ubon Ratchathani)',
    provinceCode: '34',
    servedProvinceCodes: ['34', '33', '35', '37'],
  },
  {
    code: 'C6',
    kind: 'CENTRE',
    nameTh: 'ศูนย์ชั่งตวงวัดเขต 6 ชลบุรี',
    nameEn: 'Weights and Measures Centre Region 6 (Chon Buri)',
    provinceCode: '20',
    servedProvinceCodes: ['20', '24'],
  },
  {
    code: 'C7',
    kind: 'CENTRE',
    nameTh: 'ศูนย์ชั่งตวงวัดเขต 7 ราชบุรี',
    nameEn: 'Weights and Measures Centre Region 7 (Ratchaburi)',
    provinceCode: '70',
    servedProvinceCodes: ['70', '75', '76'],
  },
  {
    code: 'C8',
    kind: 'CENTRE',
    nameTh: 'ศูนย์ชั่งตวงวัดเขต 8 สุราษฎร์ธานี',
    nameEn: 'Weights and Measures Centre Region 8 (Surat Thani)',
    provinceCode: '84',
    servedProvinceCodes: ['84', '81'],
  },
  {
    code: 'C9',
    kind: 'CENTRE',
    nameTh: 'ศูนย์ชั่งตวงวัดเขต 9 สงขลา',
    nameEn: 'Weights and Measures Centre Region 9 (Songkhla)',
    provinceCode: '90',
    servedProvinceCodes: ['90', '91', '93'],
  },

  // Branch offices (สำนักงานสาขาชั่งตวงวัด)
  {
    code: 'B01',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดเชียงราย',
    nameEn: 'Chiang Rai Weights and Measures Branch Office',
    provinceCode: '57',
    servedProvinceCodes: ['57', '56'],
  },
  {
    code: 'B02',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดลำปาง',
    nameEn: 'Lampang Weights and Measures Branch Office',
    provinceCode: '52',
    servedProvinceCodes: ['52', '54', '55'],
  },
  {
    code: 'B03',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดตาก',
    nameEn: 'Tak Weights and Measures Branch Office',
    provinceCode: '63',
    servedProvinceCodes: ['63'],
  },
  {
    code: 'B04',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดเพชรบูรณ์',
    nameEn: 'Phetchabun Weights and Measures Branch Office',
    provinceCode: '67',
    servedProvinceCodes: ['67'],
  },
  {
    code: 'B05',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดนครสวรรค์',
    nameEn: 'Nakhon Sawan Weights and Measures Branch Office',
    provinceCode: '60',
    servedProvinceCodes: ['60', '61', '62', '18'],
  },
  {
    code: 'B06',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดอุดรธานี',
    nameEn: 'Udon Thani Weights and Measures Branch Office',
    provinceCode: '41',
    servedProvinceCodes: ['41', '39', '42', '43'],
  },
  {
    code: 'B07',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดสกลนคร',
    nameEn: 'Sakon Nakhon Weights and Measures Branch Office',
    provinceCode: '47',
    servedProvinceCodes: ['47', '38'],
  },
  {
    code: 'B08',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดนครพนม',
    nameEn: 'Nakhon Phanom Weights and Measures Branch Office',
    provinceCode: '48',
    servedProvinceCodes: ['48', '49'],
  },
  {
    code: 'B09',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดสุรินทร์',
    nameEn: 'Surin Weights and Measures Branch Office',
    provinceCode: '32',
    servedProvinceCodes: ['32'],
  },
  {
    code: 'B10',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดพระนครศรีอยุธยา',
    nameEn: 'Phra Nakhon Si Ayutthaya Weights and Measures Branch Office',
    provinceCode: '14',
    servedProvinceCodes: ['14', '15', '17'],
  },
  {
    code: 'B11',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดสระบุรี',
    nameEn: 'Saraburi Weights and Measures Branch Office',
    provinceCode: '19',
    servedProvinceCodes: ['19', '16', '26'],
  },
  {
    code: 'B12',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดสุพรรณบุรี',
    nameEn: 'Suphan Buri Weights and Measures Branch Office',
    provinceCode: '72',
    servedProvinceCodes: ['72'],
  },
  {
    code: 'B13',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดนครปฐม',
    nameEn: 'Nakhon Pathom Weights and Measures Branch Office',
    provinceCode: '73',
    servedProvinceCodes: ['73', '74'],
  },
  {
    code: 'B14',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดระยอง',
    nameEn: 'Rayong Weights and Measures Branch Office',
    provinceCode: '21',
    servedProvinceCodes: ['21'],
  },
  {
    code: 'B15',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดจันทบุรี',
    nameEn: 'Chanthaburi Weights and Measures Branch Office',
    provinceCode: '22',
    servedProvinceCodes: ['22', '23'],
  },
  {
    code: 'B16',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดปราจีนบุรี',
    nameEn: 'Prachin Buri Weights and Measures Branch Office',
    provinceCode: '25',
    servedProvinceCodes: ['25', '27'],
  },
  {
    code: 'B17',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดกาญจนบุรี',
    nameEn: 'Kanchanaburi Weights and Measures Branch Office',
    provinceCode: '71',
    servedProvinceCodes: ['71'],
  },
  {
    code: 'B18',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดประจวบคีรีขันธ์',
    nameEn: 'Prachuap Khiri Khan Weights and Measures Branch Office',
    provinceCode: '77',
    servedProvinceCodes: ['77'],
  },
  {
    code: 'B19',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดชุมพร',
    nameEn: 'Chumphon Weights and Measures Branch Office',
    provinceCode: '86',
    servedProvinceCodes: ['86', '85'],
  },
  {
    code: 'B20',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดนครศรีธรรมราช',
    nameEn: 'Nakhon Si Thammarat Weights and Measures Branch Office',
    provinceCode: '80',
    servedProvinceCodes: ['80'],
  },
  {
    code: 'B21',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดภูเก็ต',
    nameEn: 'Phuket Weights and Measures Branch Office',
    provinceCode: '83',
    servedProvinceCodes: ['83', '82'],
  },
  {
    code: 'B22',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดตรัง',
    nameEn: 'Trang Weights and Measures Branch Office',
    provinceCode: '92',
    servedProvinceCodes: ['92'],
  },
  {
    code: 'B23',
    kind: 'BRANCH',
    nameTh: 'สำนักงานสาขาชั่งตวงวัดยะลา',
    nameEn: 'Yala Weights and Measures Branch Office',
    provinceCode: '95',
    servedProvinceCodes: ['95', '94', '96'],
  },
];
