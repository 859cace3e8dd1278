import { tenancyService } from '@vigil/server';
import { adminNoun, positiveInt, print, printTable, scopeOf } from './shared.js';

export const schoolAdmin = adminNoun('schools of an organisation', {
  create: {
    summary: 'create a school (phase: primary, secondary, all-through, special, college)',
    options: { organisation: 'id', name: 'name', phase: 'phase', 'retention-days': 'days' },
    required: ['organisation', 'name'],
    async run(values, database) {
      const retentionDays = positiveInt(values, 'retention-days');
      const school = await tenancyService(database.db).createSchool(String(values.organisation), {
        name: String(values.name),
        phase: String(values.phase ?? 'secondary'),
        ...(retentionDays ? { retentionDays } : {}),
      });
      print({
        school: school.id,
        organisation: school.organisation_id,
        name: school.name,
        retention_days: school.retention_days,
      });
    },
  },
  list: {
    summary: "list an organisation's schools",
    options: { organisation: 'id' },
    required: ['organisation'],
    async run(values, database) {
      const schools = await tenancyService(database.db).store.listSchools(String(values.organisation));
      printTable(
        schools.map((s) => ({ id: s.id, name: s.name, phase: s.phase, retention_days: s.retention_days })),
      );
    },
  },
  set: {
    summary: "change a school's retention (days) or acceptable-use policy version and text",
    options: {
      organisation: 'id',
      school: 'id',
      'retention-days': 'days',
      'aup-version': 'v',
      'aup-text': 'text',
    },
    required: ['organisation', 'school'],
    async run(values, database) {
      const retentionDays = positiveInt(values, 'retention-days');
      const school = await tenancyService(database.db).updateSchool(scopeOf(values), {
        ...(retentionDays ? { retentionDays } : {}),
        ...(values['aup-version'] ? { aupVersion: String(values['aup-version']) } : {}),
        ...(values['aup-text'] !== undefined ? { aupText: String(values['aup-text']) } : {}),
      });
      print({ school: school.id, retention_days: school.retention_days, aup_version: school.aup_version });
    },
  },
});
