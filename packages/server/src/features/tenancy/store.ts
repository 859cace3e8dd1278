import type { Selectable } from 'kysely';
import type { GroupTable, PersonTable } from '../../db/ingest-tables.js';
import type { Db } from '../../db/open.js';
import type { OrganisationTable, SchoolTable } from '../../db/schema.js';

export type OrganisationRow = Selectable<OrganisationTable>;
export type SchoolRow = Selectable<SchoolTable>;
export type GroupRow = Selectable<GroupTable>;
export type PersonRow = Selectable<PersonTable>;

/**
 * Tenancy data access. Every read below the organisation takes the school it is scoped to and puts it
 * in the WHERE clause, so a wrong id from another school finds nothing rather than someone else's row.
 * One implementation (Kysely) serves SQLite and PostgreSQL; the contract suite runs it against both.
 */
export function tenancyStore(db: Db) {
  return {
    async insertOrganisation(row: OrganisationRow): Promise<void> {
      await db.insertInto('organisations').values(row).execute();
    },
    listOrganisations(): Promise<OrganisationRow[]> {
      return db.selectFrom('organisations').selectAll().orderBy('name').execute();
    },
    getOrganisation(id: string): Promise<OrganisationRow | undefined> {
      return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async insertSchool(row: Omit<SchoolRow, 'aup_text' | 'aup_version'> & Partial<SchoolRow>): Promise<void> {
      await db.insertInto('schools').values(row).execute();
    },
    listSchools(organisationId: string): Promise<SchoolRow[]> {
      return db
        .selectFrom('schools')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('name')
        .execute();
    },
    getSchool(organisationId: string, schoolId: string): Promise<SchoolRow | undefined> {
      return db
        .selectFrom('schools')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('id', '=', schoolId)
        .executeTakeFirst();
    },
    /** For the agent API, where the device credential already fixed the school. */
    getSchoolById(schoolId: string): Promise<SchoolRow | undefined> {
      return db.selectFrom('schools').selectAll().where('id', '=', schoolId).executeTakeFirst();
    },
    listAllSchools(): Promise<Pick<SchoolRow, 'id' | 'organisation_id' | 'retention_days'>[]> {
      return db.selectFrom('schools').select(['id', 'organisation_id', 'retention_days']).execute();
    },
    async updateSchool(
      schoolId: string,
      patch: Partial<Pick<SchoolRow, 'name' | 'retention_days' | 'aup_version' | 'aup_text'>>,
    ): Promise<void> {
      await db.updateTable('schools').set(patch).where('id', '=', schoolId).execute();
    },
    async insertGroup(row: GroupRow): Promise<void> {
      await db.insertInto('groups').values(row).execute();
    },
    listGroups(schoolId: string): Promise<GroupRow[]> {
      return db.selectFrom('groups').selectAll().where('school_id', '=', schoolId).orderBy('name').execute();
    },
    getGroup(schoolId: string, groupId: string): Promise<GroupRow | undefined> {
      return db
        .selectFrom('groups')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('id', '=', groupId)
        .executeTakeFirst();
    },
    async insertPerson(row: PersonRow): Promise<void> {
      await db.insertInto('people').values(row).execute();
    },
    getPerson(schoolId: string, personId: string): Promise<PersonRow | undefined> {
      return db
        .selectFrom('people')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('id', '=', personId)
        .executeTakeFirst();
    },
    listPeople(schoolId: string): Promise<PersonRow[]> {
      return db
        .selectFrom('people')
        .selectAll()
        .where('school_id', '=', schoolId)
        .orderBy('display_name')
        .execute();
    },
    async insertExternalId(schoolId: string, personId: string, kind: string, value: string): Promise<void> {
      await db
        .insertInto('person_external_ids')
        .values({ school_id: schoolId, person_id: personId, kind, value })
        .execute();
    },
    listExternalIds(schoolId: string, personId: string): Promise<{ kind: string; value: string }[]> {
      return db
        .selectFrom('person_external_ids')
        .select(['kind', 'value'])
        .where('school_id', '=', schoolId)
        .where('person_id', '=', personId)
        .orderBy('kind')
        .execute();
    },
    async findPersonIdByExternalId(
      schoolId: string,
      kind: string,
      value: string,
    ): Promise<string | undefined> {
      const row = await db
        .selectFrom('person_external_ids')
        .select('person_id')
        .where('school_id', '=', schoolId)
        .where('kind', '=', kind)
        .where('value', '=', value)
        .executeTakeFirst();
      return row?.person_id;
    },
    async addMember(schoolId: string, groupId: string, personId: string): Promise<void> {
      await db
        .insertInto('group_members')
        .values({ school_id: schoolId, group_id: groupId, person_id: personId })
        .onConflict((oc) => oc.columns(['group_id', 'person_id']).doNothing())
        .execute();
    },
    listMembers(schoolId: string, groupId: string): Promise<PersonRow[]> {
      return db
        .selectFrom('group_members')
        .innerJoin('people', 'people.id', 'group_members.person_id')
        .selectAll('people')
        .where('group_members.school_id', '=', schoolId)
        .where('people.school_id', '=', schoolId)
        .where('group_members.group_id', '=', groupId)
        .orderBy('people.display_name')
        .execute();
    },
  };
}

export type TenancyStore = ReturnType<typeof tenancyStore>;
