/** Demo data is deterministic: the same seed and anchor day give the same rows. */
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { LOCAL_POSTGRES, createDatabase, dropDatabase } from '../src/databases.js';
import { seedDemo } from '../src/seed.js';
import { TEST_ANCHOR } from './testkit.js';

const names = [`metrograph_seed_a_${process.pid}`, `metrograph_seed_b_${process.pid}`];
afterAll(async () => {
  for (const name of names) await dropDatabase(LOCAL_POSTGRES, name);
});

async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables: Record<string, string> = {
      users: 'select username, display_name, office_code from identity.app_user order by id',
      operators: 'select id, registration_no, name_th, tax_id, province_code, kind from registry.operator order by id',
      instruments: 'select id, instrument_no, owner_id, certificate_expires_on::text from registry.instrument order by id',
      complaints: 'select id, reference_no, received_at, status, respondent_operator_id, office_code from complaints.complaint order by id',
      payments: 'select id, ref1, ref2, amount_satang, status, operator_id from payments.payment_request order by id',
    };
    const result: Record<string, string> = {};
    for (const [name, sql] of Object.entries(tables)) {
      const { rows } = await client.query(`select md5(string_agg(t::text, '|')) as h, count(*) as n from (${sql}) t`);
      result[name] = `${rows[0].n}:${rows[0].h}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

describe('demo data generator', () => {
  it('writes identical data for the same seed, and consistent cross-subgraph references', async () => {
    const [a, b] = await Promise.all(names.map((n) => createDatabase(LOCAL_POSTGRES, n)));
    await seedDemo(a, { size: 'tiny', seed: 'same', anchor: TEST_ANCHOR });
    await seedDemo(b, { size: 'tiny', seed: 'same', anchor: TEST_ANCHOR });
    const [fa, fb] = [await fingerprint(a), await fingerprint(b)];
    expect(fa).toEqual(fb);
    expect(fa.operators.startsWith('60:')).toBe(true);
    expect(fa.complaints.startsWith('120:')).toBe(true);

    const client = new pg.Client({ connectionString: a });
    await client.connect();
    try {
      const dangling = await client.query(`
        select
          (select count(*) from complaints.complaint c where c.respondent_operator_id is not null
             and not exists (select 1 from registry.operator o where o.id = c.respondent_operator_id)) as complaints,
          (select count(*) from payments.payment_request p
             where not exists (select 1 from registry.operator o where o.id = p.operator_id)) as payments,
          (select count(*) from complaints.complaint c
             where not exists (select 1 from identity.office_province op where op.province_code = c.province_code and op.office_code = c.office_code)) as offices,
          (select count(*) from payments.payment_request where amount_satang <= 0 or amount_satang % 100 <> 0) as amounts`);
      expect(dangling.rows[0]).toEqual({ complaints: '0', payments: '0', offices: '0', amounts: '0' });
    } finally {
      await client.end();
    }

    await seedDemo(b, { size: 'tiny', seed: 'other', anchor: TEST_ANCHOR, reset: true });
    expect((await fingerprint(b)).operators).not.toBe(fa.operators);
  });
});
