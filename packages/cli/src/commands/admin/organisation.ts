import { tenancyService } from '@vigil/server';
import { adminNoun, print, printTable } from './shared.js';

export const organisationAdmin = adminNoun('organisations (local authority, trust, managed service)', {
  create: {
    summary: 'create an organisation; kind: local-authority, trust, managed-service or school',
    options: { name: 'name', kind: 'kind' },
    required: ['name'],
    async run(values, database) {
      const org = await tenancyService(database.db).createOrganisation({
        name: String(values.name),
        kind: String(values.kind ?? 'school'),
      });
      print({ organisation: org.id, name: org.name, kind: org.kind });
    },
  },
  list: {
    summary: 'list organisations',
    options: {},
    async run(_values, database) {
      const orgs = await tenancyService(database.db).store.listOrganisations();
      printTable(orgs.map((o) => ({ id: o.id, name: o.name, kind: o.kind })));
    },
  },
});
