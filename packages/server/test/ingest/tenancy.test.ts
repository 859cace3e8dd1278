import { expect, test } from 'vitest';
import { deviceService } from '../../src/features/devices/service.js';
import { tenancyService } from '../../src/features/tenancy/service.js';
import { describeStores } from './databases.js';

describeStores('tenancy store contract', (target) => {
  const setup = async () => {
    const tenancy = tenancyService(target.handle().db);
    const org = await tenancy.createOrganisation({ name: 'North LA', kind: 'local-authority' });
    const other = await tenancy.createOrganisation({ name: 'South Trust', kind: 'trust' });
    const a = await tenancy.createSchool(org.id, { name: 'Ash Primary', phase: 'primary' });
    const b = await tenancy.createSchool(other.id, {
      name: 'Birch High',
      phase: 'secondary',
      retentionDays: 30,
    });
    const scopeA = { organisationId: org.id, schoolId: a.id };
    const scopeB = { organisationId: other.id, schoolId: b.id };
    return { tenancy, org, other, a, b, scopeA, scopeB };
  };

  test('organisations hold schools; groups hold people with external ids', async () => {
    const { tenancy, org, a, scopeA } = await setup();
    expect(a.retention_days).toBe(365);
    expect((await tenancy.store.listSchools(org.id)).map((s) => s.name)).toEqual(['Ash Primary']);
    const y7 = await tenancy.createGroup(scopeA, { kind: 'year', name: 'Year 7' });
    const pupil = await tenancy.createPerson(scopeA, {
      kind: 'pupil',
      displayName: 'Sam Pupil',
      externalIds: [{ kind: 'email', value: 'Sam.Pupil@Ash.sch.uk' }],
      groupIds: [y7.id],
    });
    expect((await tenancy.store.listMembers(a.id, y7.id)).map((p) => p.id)).toEqual([pupil.id]);
    expect(await tenancy.resolvePerson(a.id, { email: 'sam.pupil@ash.sch.uk ' })).toBe(pupil.id);
    expect(await tenancy.resolvePerson(a.id, { email: 'nobody@ash.sch.uk' })).toBeNull();
    await expect(
      tenancy.createPerson(scopeA, {
        kind: 'pupil',
        displayName: 'Dup',
        externalIds: [{ kind: 'email', value: 'sam.pupil@ash.sch.uk' }],
      }),
    ).rejects.toMatchObject({ statusCode: 409, code: 'external_id_taken' });
    await expect(tenancy.createGroup(scopeA, { kind: 'year', name: 'Year 7' })).rejects.toMatchObject({
      statusCode: 409,
    });
    await expect(tenancy.createPerson(scopeA, { kind: 'parent', displayName: 'x' })).rejects.toMatchObject({
      statusCode: 400,
    });
  });

  test('one school can never read another school’s data', async () => {
    const { tenancy, a, b, scopeA, scopeB } = await setup();
    const devices = deviceService(target.handle().db);
    const groupA = await tenancy.createGroup(scopeA, { kind: 'class', name: '7X' });
    const personA = await tenancy.createPerson(scopeA, {
      kind: 'pupil',
      displayName: 'Alex',
      externalIds: [{ kind: 'email', value: 'alex@ash.sch.uk' }],
      groupIds: [groupA.id],
    });
    const { token } = await devices.createEnrolmentToken(scopeA, { label: 'trolley', createdBy: 'test' });
    const enrolled = await devices.enrol(token, {
      name: 'A-1',
      platform: 'chromeos',
      agent: { kind: 'chrome-extension', version: '1.0.0' },
    });

    // School B's scope with A's ids finds nothing, through the service and the store alike.
    await expect(tenancy.getPerson(scopeB, personA.id)).rejects.toMatchObject({ statusCode: 404 });
    expect(await tenancy.store.getPerson(b.id, personA.id)).toBeUndefined();
    expect(await tenancy.store.getGroup(b.id, groupA.id)).toBeUndefined();
    expect(await tenancy.store.listMembers(b.id, groupA.id)).toEqual([]);
    expect(await tenancy.store.listPeople(b.id)).toEqual([]);
    expect(await tenancy.resolvePerson(b.id, { email: 'alex@ash.sch.uk' })).toBeNull();
    expect(await devices.store.getDevice(b.id, enrolled.device.id)).toBeUndefined();
    expect(await devices.listDevices(scopeB)).toEqual([]);
    expect(await devices.listEnrolmentTokens(scopeB)).toEqual([]);
    await expect(devices.revokeDevice(scopeB, enrolled.device.id, 'test')).rejects.toMatchObject({
      statusCode: 404,
    });
    await expect(tenancy.addToGroup(scopeB, groupA.id, personA.id)).rejects.toMatchObject({
      statusCode: 404,
    });
    // A scope mixing B's organisation with A's school is refused outright.
    await expect(
      tenancy.getPerson({ organisationId: scopeB.organisationId, schoolId: a.id }, personA.id),
    ).rejects.toMatchObject({ code: 'school_not_found' });
    // and A still sees its own.
    expect((await tenancy.getPerson(scopeA, personA.id)).externalIds).toEqual([
      { kind: 'email', value: 'alex@ash.sch.uk' },
    ]);
    expect((await devices.listDevices(scopeA)).map((d) => d.id)).toEqual([enrolled.device.id]);
  });

  test('enrolment tokens expire, are revocable and stored only as a hash; credentials rotate and revoke', async () => {
    const { scopeA } = await setup();
    let clock = 1_000_000;
    const devices = deviceService(target.handle().db, { now: () => clock });
    const info = {
      name: 'A-2',
      platform: 'chromeos' as const,
      agent: { kind: 'chrome-extension' as const, version: '1' },
    };
    const { token, row } = await devices.createEnrolmentToken(scopeA, {
      label: 'lab',
      ttlMs: 60_000,
      createdBy: 'test',
    });
    expect(token.startsWith('vet_')).toBe(true);
    const stored = await target
      .handle()
      .db.selectFrom('enrolment_tokens')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(token.slice(4));

    const first = await devices.enrol(token, info);
    const context = await devices.authenticate(first.credential);
    expect(context).toMatchObject({ deviceId: first.device.id, schoolId: scopeA.schoolId });

    const rotated = await devices.rotateCredential(context);
    await expect(devices.authenticate(first.credential)).rejects.toMatchObject({ statusCode: 401 });
    expect((await devices.authenticate(rotated)).deviceId).toBe(first.device.id);

    await devices.revokeDevice(scopeA, first.device.id, 'test');
    await expect(devices.authenticate(rotated)).rejects.toMatchObject({
      statusCode: 403,
      code: 'credential_revoked',
    });

    clock += 61_000;
    await expect(devices.enrol(token, info)).rejects.toMatchObject({ statusCode: 403 });
    const second = await devices.createEnrolmentToken(scopeA, {
      label: 'lab2',
      createdBy: 'test',
      maxUses: 1,
    });
    await devices.enrol(second.token, info);
    await expect(devices.enrol(second.token, info)).rejects.toMatchObject({
      code: 'enrolment_token_unusable',
    });
    const third = await devices.createEnrolmentToken(scopeA, { label: 'lab3', createdBy: 'test' });
    await devices.revokeEnrolmentToken(scopeA, third.row.id, 'test');
    await expect(devices.enrol(third.token, info)).rejects.toMatchObject({ statusCode: 403 });
    await expect(devices.enrol('vet_not-a-real-token', info)).rejects.toMatchObject({ statusCode: 401 });
  });
});
