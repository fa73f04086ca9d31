/** Roles every installation starts with (004 §4.5.1 (12): policy group, officials, executives, internal audit). */
export const ROLES = [
  { code: 'ADMIN', nameTh: 'ผู้ดูแลระบบ', nameEn: 'Administrator', description: 'Manages users, rights, reference data and API clients.' },
  { code: 'EXECUTIVE', nameTh: 'ผู้บริหาร', nameEn: 'Executive', description: 'Reads dashboards and reports from the whole country down to a single case.' },
  { code: 'POLICY', nameTh: 'กลุ่มนโยบาย', nameEn: 'Policy group', description: 'Plans surveillance and reads national statistics.' },
  { code: 'OFFICE_HEAD', nameTh: 'หัวหน้าสำนักงาน', nameEn: 'Office head', description: 'Heads an office; assigns complaints and approves refunds for its provinces.' },
  { code: 'OFFICIAL', nameTh: 'พนักงานเจ้าหน้าที่', nameEn: 'Official', description: 'Handles complaints, inspections, cases and fees in the provinces of their office.' },
  { code: 'AUDITOR', nameTh: 'ตรวจสอบภายใน', nameEn: 'Internal auditor', description: 'Reads audit trails and records across the country, changes nothing.' },
  { code: 'ANALYST', nameTh: 'นักวิเคราะห์ข้อมูล', nameEn: 'Analyst', description: 'Writes ad-hoc GraphQL queries in GraphiQL against the graph.' },
] as const;
