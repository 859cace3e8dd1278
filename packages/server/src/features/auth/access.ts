import { isContentPermission, type Permission, type Role, roleGrants } from './permissions.js';

/** What a signed-in user may do: computed once per request from their roles and training. */
export interface AccessInput {
  userId: string;
  organisationId: string;
  /** The ids of the people records that are this user (so they never see captures about themselves). */
  personIds: string[];
  login: string;
  assignments: { role: Role; schoolId: string | null }[];
  training: { completedAt: number; expiresAt: number }[];
  /** Every school of the user's organisation. */
  organisationSchoolIds: string[];
  now: number;
}

export interface ContentScope {
  /** Schools whose captures this user may see (empty: none). */
  schoolIds: string[];
  /** Never show captures whose subject is one of these people (the user themselves). */
  excludedPersonIds: string[];
  /** Identities (logins, emails) of the user, for captures not yet linked to a person record. */
  excludedIdentities: string[];
  /** Schools where captures and incidents whose subject is a member of staff are visible. */
  staffSubjectSchoolIds: string[];
  /** Schools where the person a capture concerns may be shown (moderators see captures, not people). */
  personSchoolIds: string[];
}

export class Access {
  readonly trained: boolean;
  readonly trainingExpiresAt: number | null;
  private readonly schoolSet: Set<string>;

  constructor(readonly input: AccessInput) {
    const valid = input.training.filter((t) => t.completedAt <= input.now && input.now < t.expiresAt);
    this.trained = valid.length > 0;
    this.trainingExpiresAt = valid.length ? Math.max(...valid.map((t) => t.expiresAt)) : null;
    this.schoolSet = new Set(input.organisationSchoolIds);
  }

  get userId(): string {
    return this.input.userId;
  }

  get organisationId(): string {
    return this.input.organisationId;
  }

  /** True when a role the user holds grants `permission` at `schoolId` (a school of their organisation). */
  can(permission: Permission, schoolId: string): boolean {
    if (isContentPermission(permission) && !this.trained) return false;
    return this.roleGrantsAt(permission, schoolId);
  }

  /** True when a role grants `permission` at `schoolId`, whether or not training is current. */
  roleGrantsAt(permission: Permission, schoolId: string): boolean {
    if (!this.schoolSet.has(schoolId)) return false;
    return this.input.assignments.some(
      (a) => (a.schoolId === null || a.schoolId === schoolId) && roleGrants(a.role, permission),
    );
  }

  /** True when an organisation-wide role grants `permission` (for organisation-level actions). */
  canOrganisationWide(permission: Permission): boolean {
    if (isContentPermission(permission) && !this.trained) return false;
    return this.input.assignments.some((a) => a.schoolId === null && roleGrants(a.role, permission));
  }

  /** True when some role the user holds grants `permission`, whether or not training is current. */
  holdsRoleFor(permission: Permission): boolean {
    return this.input.assignments.some((a) => roleGrants(a.role, permission));
  }

  /** The schools where the user holds `permission` (empty when none). */
  schoolsWith(permission: Permission): string[] {
    return this.input.organisationSchoolIds.filter((s) => this.can(permission, s));
  }

  /** True when the user holds `permission` anywhere. */
  canAnywhere(permission: Permission): boolean {
    return this.schoolsWith(permission).length > 0 || this.canOrganisationWide(permission);
  }

  /**
   * What the capture-review API must filter by: the schools whose captures the user may see, the
   * people (the user themselves) whose captures they may never see, and where staff-subject captures
   * and the capture-person link are visible.
   */
  contentScope(): ContentScope {
    return {
      schoolIds: this.schoolsWith('captures.view'),
      excludedPersonIds: [...this.input.personIds],
      excludedIdentities: [this.input.login.toLowerCase()],
      staffSubjectSchoolIds: this.schoolsWith('staff-subject.view'),
      personSchoolIds: this.schoolsWith('people.view'),
    };
  }
}
