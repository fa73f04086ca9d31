import { registerEnumType } from 'type-graphql';
import { AccessLevel } from '@metrograph/kit';

/**
 * The functions (menus, screens and their fields) a right is granted on (002 §4.7.4, §4.8.3).
 * The router maps every type and field of the graph to one of these.
 */
export enum AppFunction {
  REFERENCE = 'reference',
  REGISTRY = 'registry',
  COMPLAINTS = 'complaints',
  CASES = 'cases',
  PAYMENTS = 'payments',
  DASHBOARDS = 'dashboards',
  USERS = 'users',
  RIGHTS = 'rights',
  API_CLIENTS = 'api-clients',
  AUDIT = 'audit',
}

export const FUNCTION_CODES: string[] = Object.values(AppFunction);

export const FUNCTION_DESCRIPTIONS: Record<AppFunction, string> = {
  [AppFunction.REFERENCE]: 'Reference data: regions, provinces, offices and their jurisdictions.',
  [AppFunction.REGISTRY]: 'Operator registry and instruments (004 §4.5.4, §4.5.14-15).',
  [AppFunction.COMPLAINTS]: 'Complaints and offence bases (004 §4.5.1).',
  [AppFunction.CASES]: 'Legal cases that follow a complaint: fine settlement, prosecution.',
  [AppFunction.PAYMENTS]: 'Payment requests, pay-in slips and receipts (004 §4.5.10).',
  [AppFunction.DASHBOARDS]: 'Executive dashboards and reports (004 §4.5.18-19).',
  [AppFunction.USERS]: 'User accounts: create, disable, unlock (002 §4.7.1, §4.8.4).',
  [AppFunction.RIGHTS]: 'Roles and access rights of users (002 §4.7.2-4.7.3, §4.8.5-4.8.9).',
  [AppFunction.API_CLIENTS]: 'Credentials, quotas and usage statistics of integrating agencies (004 §4.5.11).',
  [AppFunction.AUDIT]: 'Audit trail: sign-ins, rights changes, credential use, exports (002 §4.7.6-4.7.10).',
};

registerEnumType(AppFunction, {
  name: 'AppFunction',
  description: 'A function of the system that rights are granted on (ฟังก์ชันการใช้งาน).',
  valuesConfig: Object.fromEntries(
    Object.entries(AppFunction).map(([key, value]) => [key, { description: FUNCTION_DESCRIPTIONS[value as AppFunction] }]),
  ),
});

registerEnumType(AccessLevel, {
  name: 'AccessLevel',
  description: 'The five access levels of a function (002 §4.8.5-4.8.9), each including the ones below it.',
  valuesConfig: {
    NO_ACCESS: { description: 'No Access (ไม่มีสิทธิ): the menu, screen and fields of the function are not even visible.' },
    VIEW: { description: 'View (สิทธิในการมองเห็น): sees the function and its data, changes nothing.' },
    EDIT: { description: 'Edit (สิทธิในการแก้ไข): also changes existing records.' },
    CREATE: { description: 'Create (สิทธิในการสร้าง): also adds new records.' },
    FULL_CONTROL: { description: 'Full Control (สิทธิครบถ้วน): also deletes records; the highest level.' },
  },
});

export function functionCode(fn: AppFunction | string): string {
  return String(fn);
}
