import { useCallback, useEffect, useState } from 'react';
import { type Device, listDeviceSchools, listDevices, revokeDevice } from '../api/devices.js';
import { formatTime } from '../lib/format.js';
import { Select } from '../logs/Select.js';
import { navigate, useLocation, useTitle } from '../router/router.js';
import { EnrolmentTokens } from './EnrolmentTokens.js';
import { RevokeButton } from './RevokeButton.js';
import { ago, countDevices, deviceState, silentSince, sortDevices } from './status.js';

const AGENT_KINDS: Record<string, string> = {
  'chrome-extension': 'Chrome extension',
};

/**
 * The school's devices for the technician: agent and rules versions, last heartbeat, queue, and a
 * plain "silent since" flag for devices whose agent stopped reporting (removed or disabled). No
 * capture content is ever shown here; the person column appears only for users with `people.view`.
 * Users with `devices.manage` also get the school's enrolment tokens and the install steps.
 */
export function DevicesPage({ permissions }: { permissions: Record<string, string[]> }) {
  useTitle('Devices');
  const { search } = useLocation();
  const [schools, setSchools] = useState<{ id: string; name: string }[] | undefined>();
  const [devices, setDevices] = useState<Device[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState<string | undefined>();
  const schoolId = search.get('school') ?? schools?.[0]?.id;
  const canManage = schoolId !== undefined && (permissions[schoolId] ?? []).includes('devices.manage');

  useEffect(() => {
    listDeviceSchools()
      .then((r) => setSchools(r.schools))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  useEffect(() => {
    if (!schoolId) return;
    const abort = new AbortController();
    listDevices(schoolId, abort.signal)
      .then((r) => {
        setDevices(r.devices);
        setError(undefined);
      })
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setError(e instanceof Error ? e.message : String(e));
      });
    return () => abort.abort();
  }, [schoolId]);

  const revoke = useCallback(
    async (device: Device) => {
      if (!schoolId) return;
      try {
        await revokeDevice(schoolId, device.id);
        setMessage(`${device.name} revoked: its credential no longer works.`);
        setConfirming(undefined);
        setDevices((await listDevices(schoolId)).devices);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    },
    [schoolId],
  );

  const now = Date.now();
  const showPerson = devices?.some((d) => d.person !== undefined) ?? false;
  const counts = devices ? countDevices(devices) : undefined;
  return (
    <>
      <h1>Devices</h1>
      {schools && schools.length > 1 && (
        <form className="filters" aria-label="School" onSubmit={(e) => e.preventDefault()}>
          <Select
            label="School"
            value={schoolId ?? ''}
            any={null}
            onChange={(v) => navigate(`/devices?school=${encodeURIComponent(v)}`)}
            options={schools.map((s) => ({ value: s.id, label: s.name }))}
          />
        </form>
      )}
      {schools && schools.length === 0 && <p>You do not look after the devices of any school.</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p className="message" role="status">
        {message}
      </p>
      {counts && (
        <p>
          {counts.total} {counts.total === 1 ? 'device' : 'devices'}: {counts.reporting} reporting,{' '}
          <strong className={counts.silent ? 'silent' : undefined}>{counts.silent} silent</strong>,{' '}
          {counts.revoked} revoked.{' '}
          <span className="hint">A device is silent after a day without a heartbeat from its agent.</span>
        </p>
      )}
      {devices && devices.length === 0 && (
        <p>
          No devices are enrolled yet.{' '}
          {canManage
            ? 'Create an enrolment token below and install the extension with it.'
            : 'A technician creates an enrolment token and installs the extension with it.'}
        </p>
      )}
      {devices && devices.length > 0 && (
        <table className="devices">
          <caption className="visually-hidden">Devices, silent first</caption>
          <thead>
            <tr>
              <th scope="col">Device</th>
              {showPerson && <th scope="col">Person</th>}
              <th scope="col">Agent</th>
              <th scope="col">Rules</th>
              <th scope="col">Last heartbeat</th>
              <th scope="col">Queue</th>
              <th scope="col">Status</th>
              {canManage && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {sortDevices(devices).map((d) => {
              const state = deviceState(d);
              return (
                <tr key={d.id} className={state === 'silent' ? 'silent-row' : undefined}>
                  <td>
                    {d.name}
                    <br />
                    <code className="hint">{d.id}</code>
                  </td>
                  {showPerson && <td>{d.person ?? <span className="muted">Not known</span>}</td>}
                  <td>
                    {AGENT_KINDS[d.agent.kind] ?? d.agent.kind} {d.agent.version}
                    <br />
                    <span className="hint">{d.platform}</span>
                  </td>
                  <td>{d.rulesVersion ?? <span className="muted">Not reported</span>}</td>
                  <td>
                    {d.lastSeenAt ? (
                      <>
                        {ago(d.lastSeenAt, now)}
                        <br />
                        <span className="hint">{formatTime(d.lastSeenAt)}</span>
                      </>
                    ) : (
                      <span className="muted">Never</span>
                    )}
                  </td>
                  <td>{d.queueLength ?? <span className="muted">–</span>}</td>
                  <td>
                    {state === 'silent' && (
                      <strong className="silent">Silent since {formatTime(silentSince(d))}</strong>
                    )}
                    {state === 'reporting' && <span>Enrolled {formatTime(d.enrolledAt)}</span>}
                    {state === 'revoked' && <span className="muted">Revoked {formatTime(d.revokedAt!)}</span>}
                  </td>
                  {canManage && (
                    <td>
                      <RevokeButton
                        confirming={confirming === d.id}
                        available={state !== 'revoked'}
                        label={`Revoke ${d.name}`}
                        confirmLabel={`Revoke ${d.name} now`}
                        onAsk={() => {
                          setMessage('');
                          setConfirming(d.id);
                        }}
                        onConfirm={() => void revoke(d)}
                        onCancel={() => setConfirming(undefined)}
                      />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {/* Only with devices.manage at this school (the server refuses the rest anyway). */}
      {canManage && schoolId && (
        <EnrolmentTokens schoolId={schoolId} schoolName={schools?.find((s) => s.id === schoolId)?.name} />
      )}
    </>
  );
}
