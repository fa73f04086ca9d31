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

/** Parent of a role: the child inherits every right of its parent (002 §4.7.3). */
export const ROLE_PARENTS: Record<string, string> = {
  OFFICE_HEAD: 'OFFICIAL',
  POLICY: 'EXECUTIVE',
  AUDITOR: 'EXECUTIVE',
};

const V = 1;
const C = 3;
const F = 4;

/**
 * What each role may do per function, before inheritance (002 §4.8.5-4.8.9: 0 no access,
 * 1 view, 2 edit, 3 create, 4 full control). Administrators may change these at run time.
 */
export const ROLE_RIGHTS: Record<string, Record<string, number>> = {
  ADMIN: { reference: F, users: F, rights: F, 'api-clients': F, audit: V, registry: V, complaints: V, cases: V, payments: V, dashboards: V },
  EXECUTIVE: { reference: V, registry: V, complaints: V, cases: V, payments: V, dashboards: V },
  POLICY: { dashboards: V },
  OFFICIAL: { reference: V, registry: C, complaints: C, cases: C, payments: C, dashboards: V },
  OFFICE_HEAD: { complaints: F, cases: F, payments: F, users: V },
  AUDITOR: { audit: V, users: V, rights: V, 'api-clients': V },
  ANALYST: { reference: V, registry: V, complaints: V, payments: V, dashboards: V },
};
