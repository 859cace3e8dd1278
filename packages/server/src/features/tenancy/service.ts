import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import {
  type GroupRow,
  type OrganisationRow,
  type PersonRow,
  type SchoolRow,
  tenancyStore,
} from './store.js';

export const ORGANISATION_KINDS = ['local-authority', 'trust', 'managed-service', 'school'] as const;
export const GROUP_KINDS = ['year', 'class', 'staff', 'other'] as const;
export const PERSON_KINDS = ['pupil', 'staff'] as const;

export interface SchoolScope {
  organisationId: string;
  schoolId: string;
}

export interface ExternalId {
  /** email, mis, username, ... */
  kind: string;
  value: string;
}

export interface Person extends PersonRow {
  externalIds: ExternalId[];
}

/** External ids compare case-insensitively (emails above all), so they are stored lower-cased. */
export const normaliseExternalId = (value: string): string => value.trim().toLowerCase();

/**
 * Organisations -> schools -> groups -> people. Built from a database handle, so inside a transaction
 * it is built from the transaction. School-level calls take a SchoolScope and check the school belongs
 * to the organisation before anything else.
 */
export function tenancyService(db: Db, now: () => number = Date.now) {
  const store = tenancyStore(db);

  async function school(scope: SchoolScope): Promise<SchoolRow> {
    const row = await store.getSchool(scope.organisationId, scope.schoolId);
    if (!row)
      throw notFound(
        `no school ${scope.schoolId} in organisation ${scope.organisationId}`,
        'school_not_found',
      );
    return row;
  }

  return {
    store,
    school,

    async createOrganisation(input: { name: string; kind: string }): Promise<OrganisationRow> {
      if (!input.name.trim()) throw badRequest('name: must not be empty');
      if (!(ORGANISATION_KINDS as readonly string[]).includes(input.kind)) {
        throw badRequest(`kind: must be one of ${ORGANISATION_KINDS.join(', ')}`);
      }
      const row = { id: randomUUID(), name: input.name.trim(), kind: input.kind, created_at: now() };
      await store.insertOrganisation(row);
      return row;
    },

    async createSchool(
      organisationId: string,
      input: { name: string; phase: string; retentionDays?: number },
    ): Promise<SchoolRow> {
      if (!(await store.getOrganisation(organisationId))) {
        throw notFound(`no organisation ${organisationId}`, 'organisation_not_found');
      }
      if (!input.name.trim()) throw badRequest('name: must not be empty');
      const retention = input.retentionDays ?? 365;
      if (!Number.isInteger(retention) || retention < 1)
        throw badRequest('retentionDays: must be a whole number >= 1');
      const id = randomUUID();
      await store.insertSchool({
        id,
        organisation_id: organisationId,
        name: input.name.trim(),
        phase: input.phase,
        created_at: now(),
        retention_days: retention,
      });
      return (await store.getSchool(organisationId, id))!;
    },

    async updateSchool(
      scope: SchoolScope,
      patch: { retentionDays?: number; aupVersion?: string; aupText?: string; name?: string },
    ): Promise<SchoolRow> {
      await school(scope);
      if (
        patch.retentionDays !== undefined &&
        (!Number.isInteger(patch.retentionDays) || patch.retentionDays < 1)
      ) {
        throw badRequest('retentionDays: must be a whole number >= 1');
      }
      await store.updateSchool(scope.schoolId, {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.retentionDays !== undefined ? { retention_days: patch.retentionDays } : {}),
        ...(patch.aupVersion !== undefined ? { aup_version: patch.aupVersion } : {}),
        ...(patch.aupText !== undefined ? { aup_text: patch.aupText } : {}),
      });
      return school(scope);
    },

    async createGroup(scope: SchoolScope, input: { kind: string; name: string }): Promise<GroupRow> {
      await school(scope);
      if (!(GROUP_KINDS as readonly string[]).includes(input.kind)) {
        throw badRequest(`kind: must be one of ${GROUP_KINDS.join(', ')}`);
      }
      if (!input.name.trim()) throw badRequest('name: must not be empty');
      const existing = (await store.listGroups(scope.schoolId)).find((g) => g.name === input.name.trim());
      if (existing) throw conflict(`a group named '${existing.name}' already exists`, 'group_exists');
      const row = {
        id: randomUUID(),
        school_id: scope.schoolId,
        kind: input.kind,
        name: input.name.trim(),
        created_at: now(),
      };
      await store.insertGroup(row);
      return row;
    },

    async createPerson(
      scope: SchoolScope,
      input: { kind: string; displayName: string; externalIds?: ExternalId[]; groupIds?: string[] },
    ): Promise<Person> {
      await school(scope);
      if (!(PERSON_KINDS as readonly string[]).includes(input.kind)) {
        throw badRequest(`kind: must be one of ${PERSON_KINDS.join(', ')}`);
      }
      const externalIds = (input.externalIds ?? []).map((e) => ({
        kind: e.kind,
        value: normaliseExternalId(e.value),
      }));
      for (const e of externalIds) {
        if (await store.findPersonIdByExternalId(scope.schoolId, e.kind, e.value)) {
          throw conflict(
            `${e.kind} '${e.value}' already belongs to someone in this school`,
            'external_id_taken',
          );
        }
      }
      for (const groupId of input.groupIds ?? []) {
        if (!(await store.getGroup(scope.schoolId, groupId)))
          throw notFound(`no group ${groupId} in this school`, 'group_not_found');
      }
      const row = {
        id: randomUUID(),
        school_id: scope.schoolId,
        kind: input.kind,
        display_name: input.displayName.trim(),
        created_at: now(),
      };
      await store.insertPerson(row);
      for (const e of externalIds) await store.insertExternalId(scope.schoolId, row.id, e.kind, e.value);
      for (const groupId of input.groupIds ?? []) await store.addMember(scope.schoolId, groupId, row.id);
      return { ...row, externalIds };
    },

    async getPerson(scope: SchoolScope, personId: string): Promise<Person> {
      await school(scope);
      const row = await store.getPerson(scope.schoolId, personId);
      if (!row) throw notFound(`no person ${personId} in this school`, 'person_not_found');
      return { ...row, externalIds: await store.listExternalIds(scope.schoolId, personId) };
    },

    async addToGroup(scope: SchoolScope, groupId: string, personId: string): Promise<void> {
      await school(scope);
      if (!(await store.getGroup(scope.schoolId, groupId)))
        throw notFound(`no group ${groupId} in this school`, 'group_not_found');
      if (!(await store.getPerson(scope.schoolId, personId)))
        throw notFound(`no person ${personId} in this school`, 'person_not_found');
      await store.addMember(scope.schoolId, groupId, personId);
    },

    /** Maps the person an agent reports (email first, then other ids) to a person of that school. */
    async resolvePerson(
      schoolId: string,
      ref: { email?: string | undefined; externalId?: string | undefined } | undefined,
    ): Promise<string | null> {
      if (!ref) return null;
      if (ref.email) {
        const id = await store.findPersonIdByExternalId(schoolId, 'email', normaliseExternalId(ref.email));
        if (id) return id;
      }
      if (ref.externalId) {
        const value = normaliseExternalId(ref.externalId);
        for (const kind of ['mis', 'username']) {
          const id = await store.findPersonIdByExternalId(schoolId, kind, value);
          if (id) return id;
        }
      }
      return null;
    },
  };
}

export type TenancyService = ReturnType<typeof tenancyService>;
