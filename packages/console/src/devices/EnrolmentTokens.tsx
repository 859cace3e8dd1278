import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import {
  type ChromeAgent,
  createEnrolmentToken,
  type EnrolmentToken,
  getChromeAgent,
  listEnrolmentTokens,
  revokeEnrolmentToken,
} from '../api/devices.js';
import { ErrorMessage } from '../auth/ErrorMessage.js';
import { Field } from '../auth/Field.js';
import { formatTime } from '../lib/format.js';
import { CopyBlock } from './CopyButton.js';
import {
  adminConsolePolicy,
  extensionSettings,
  forcelistEntry,
  type InstallDetails,
  linuxPolicyFile,
  MAX_DAYS,
  TOKEN_STATE_LABELS,
  type TokenFormErrors,
  tokenState,
  usesText,
  validateTokenForm,
  windowsRegFile,
} from './enrolment.js';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

interface Created {
  id: string;
  label: string;
  token: string;
  expiresAt: string;
}

/**
 * A school's enrolment tokens, for users with `devices.manage` there: list, create (the secret shown
 * once, with what the technician needs to force-install the Chrome extension with it) and revoke.
 */
export function EnrolmentTokens({ schoolId, schoolName }: { schoolId: string; schoolName?: string }) {
  const [tokens, setTokens] = useState<EnrolmentToken[] | undefined>();
  const [agent, setAgent] = useState<ChromeAgent | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [created, setCreated] = useState<Created | undefined>();
  const [confirming, setConfirming] = useState<string | undefined>();

  const reload = useCallback(
    async (signal?: AbortSignal) => {
      const r = await listEnrolmentTokens(schoolId, signal);
      setTokens(r.tokens);
    },
    [schoolId],
  );

  useEffect(() => {
    const abort = new AbortController();
    setTokens(undefined);
    setCreated(undefined);
    setConfirming(undefined);
    setStatus('');
    reload(abort.signal)
      .then(() => setError(undefined))
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setError(message(e));
      });
    return () => abort.abort();
  }, [reload]);

  useEffect(() => {
    const abort = new AbortController();
    getChromeAgent(abort.signal)
      .then(setAgent)
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setError(message(e));
      });
    return () => abort.abort();
  }, []);

  const revoke = async (token: EnrolmentToken) => {
    try {
      await revokeEnrolmentToken(schoolId, token.id);
      setConfirming(undefined);
      setStatus(`Token ${token.label} revoked: no more devices can enrol with it.`);
      setError(undefined);
      await reload();
    } catch (e) {
      setError(message(e));
    }
  };

  const now = Date.now();
  return (
    <section aria-labelledby="enrolment-title" className="enrolment">
      <h2 id="enrolment-title">Enrolment tokens</h2>
      <p className="hint">
        The Chrome extension exchanges an enrolment token for its own device credential the first time it
        starts. A token can enrol many devices until it expires, is used up or is revoked; revoking it does
        not affect devices already enrolled.
      </p>
      <ErrorMessage error={error} />
      <p className="message" role="status">
        {status}
      </p>
      {created && (
        <NewToken
          created={created}
          agent={agent}
          schoolName={schoolName}
          onDone={() => {
            setCreated(undefined);
            setStatus('The token is hidden now. It cannot be shown again.');
          }}
        />
      )}
      <CreateTokenForm
        schoolId={schoolId}
        onCreated={(c) => {
          setCreated(c);
          setStatus('');
          reload().catch((e: unknown) => setError(message(e)));
        }}
      />
      {tokens && tokens.length === 0 && <p>This school has no enrolment tokens yet.</p>}
      {tokens && tokens.length > 0 && (
        <table className="tokens">
          <caption className="visually-hidden">Enrolment tokens, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Label</th>
              <th scope="col">Created</th>
              <th scope="col">Expires</th>
              <th scope="col">Devices enrolled</th>
              <th scope="col">State</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => {
              const state = tokenState(t, now);
              return (
                <tr key={t.id} className={`token-${state}`}>
                  <td>{t.label}</td>
                  <td>{formatTime(t.createdAt)}</td>
                  <td>{formatTime(t.expiresAt)}</td>
                  <td>{usesText(t)}</td>
                  <td>
                    {state === 'revoked' ? (
                      <span className="muted">Revoked {formatTime(t.revokedAt!)}</span>
                    ) : (
                      <span className={state === 'active' ? undefined : 'muted'}>
                        {TOKEN_STATE_LABELS[state]}
                      </span>
                    )}
                  </td>
                  <td>
                    {state === 'active' && confirming !== t.id && (
                      <button
                        type="button"
                        className="secondary"
                        aria-label={`Revoke token ${t.label}`}
                        onClick={() => {
                          setStatus('');
                          setConfirming(t.id);
                        }}
                      >
                        Revoke
                      </button>
                    )}
                    {confirming === t.id && (
                      <span className="confirm">
                        <button type="button" className="danger" onClick={() => void revoke(t)}>
                          Revoke token {t.label} now
                        </button>{' '}
                        <button type="button" className="link" onClick={() => setConfirming(undefined)}>
                          Cancel
                        </button>
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

function CreateTokenForm({ schoolId, onCreated }: { schoolId: string; onCreated: (c: Created) => void }) {
  const [errors, setErrors] = useState<TokenFormErrors>({});
  const [serverError, setServerError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const checked = validateTokenForm({
      label: String(data.get('label') ?? ''),
      days: String(data.get('days') ?? ''),
      maxUses: String(data.get('maxUses') ?? ''),
    });
    setServerError(undefined);
    if (!checked.ok) {
      setErrors(checked.errors);
      // Take the user to the first field to fix.
      const first = (['label', 'days', 'maxUses'] as const).find((k) => checked.errors[k]);
      (form.elements.namedItem(first!) as HTMLInputElement | null)?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const r = await createEnrolmentToken(schoolId, checked.value);
      form.reset();
      onCreated({ id: r.id, token: r.token, expiresAt: r.expiresAt, label: checked.value.label });
    } catch (e) {
      setServerError(`The token was not created: ${message(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel token-form" aria-labelledby="create-token-title" noValidate onSubmit={submit}>
      <h3 id="create-token-title">Create an enrolment token</h3>
      <ErrorMessage error={serverError} />
      <Field
        label="Label"
        name="label"
        hint="Where the devices are, so you can tell tokens apart: e.g. Year 7 Chromebook trolley."
        maxLength={200}
        required
        error={errors.label}
      />
      <Field
        label="Valid for (days)"
        name="days"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_DAYS}
        defaultValue="7"
        hint={`From 1 to ${MAX_DAYS} days. Devices not yet enrolled by then need a new token.`}
        required
        error={errors.days}
      />
      <Field
        label="Most devices that may enrol (optional)"
        name="maxUses"
        type="number"
        inputMode="numeric"
        min={1}
        hint="Leave empty for no limit."
        error={errors.maxUses}
      />
      <button type="submit" disabled={busy}>
        {busy ? 'Creating token…' : 'Create token'}
      </button>
    </form>
  );
}

function NewToken({
  created,
  agent,
  schoolName,
  onDone,
}: {
  created: Created;
  agent: ChromeAgent | undefined;
  schoolName: string | undefined;
  onDone: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="panel new-token" aria-labelledby="new-token-title">
      <h3 id="new-token-title" ref={heading} tabIndex={-1}>
        Token created: {created.label}
      </h3>
      <p className="warning">
        <strong>Copy the token now: it will not be shown again.</strong> Vigil keeps only a fingerprint of it.
        If it is lost, revoke it and create another. It works until {formatTime(created.expiresAt)}.
      </p>
      <CopyBlock title="Enrolment token" text={created.token} copyLabel="Copy the token" testId="new-token" />
      <InstallSteps agent={agent} token={created.token} schoolName={schoolName} />
      <button type="button" onClick={onDone}>
        I have copied what I need: hide the token
      </button>
    </section>
  );
}

function InstallSteps({
  agent,
  token,
  schoolName,
}: {
  agent: ChromeAgent | undefined;
  token: string;
  schoolName: string | undefined;
}) {
  if (!agent) return <p role="status">Loading the extension's details…</p>;
  if (!agent.extensionId) {
    return (
      <p className="error">
        This server cannot offer the Chrome extension for installation yet: {agent.unavailable}
      </p>
    );
  }
  const details: InstallDetails = {
    extensionId: agent.extensionId,
    updateUrl: agent.updateUrl,
    serverUrl: agent.serverUrl,
    token,
    ...(schoolName ? { school: schoolName } : {}),
  };
  return (
    <div className="install">
      <h3>Force-install the Chrome extension with this token</h3>
      <p>
        Extension id <code>{agent.extensionId}</code>
        {agent.version && <>, version {agent.version}</>}, served by this Vigil server at{' '}
        <code>{agent.updateUrl}</code>.
      </p>
      <p>
        <strong>Google Admin console:</strong> go to Devices &gt; Chrome &gt; Apps &amp; extensions &gt; Users
        &amp; browsers and choose the organisational unit of the pupils. Add the extension with “Add Chrome
        app or extension by ID”, choosing “From a custom URL”, with the extension id and update URL above. Set
        its installation policy to “Force install”, paste the policy for the extension below into “Policy for
        extensions”, and save.
      </p>
      <p>
        <strong>Windows and Linux without the Admin console:</strong> use a Chrome policy file (under “Policy
        files” below): on Windows the registry file (run it, or set the same values with Group Policy), on
        Linux the JSON file saved as <code>/etc/opt/chrome/policies/managed/vigil.json</code> (Chromium:{' '}
        <code>/etc/chromium/policies/managed/vigil.json</code>). Chrome installs the extension at its next
        policy refresh (or “Reload policies” on chrome://policy) and it enrols itself with the token. On
        Windows and macOS, Chrome installs extensions from outside the Web Store only on managed computers
        (joined to a domain or enrolled in Chrome management).
      </p>
      <CopyBlock
        title="Force-install entry (ExtensionInstallForcelist)"
        text={forcelistEntry(details)}
        copyLabel="Copy the force-install entry"
        testId="forcelist"
      />
      <CopyBlock
        title="Policy for the extension (Google Admin console)"
        hint="Its managed configuration: this server's address and the enrolment token."
        text={adminConsolePolicy(details)}
        copyLabel="Copy the policy for the extension"
        testId="admin-policy"
      />
      <details>
        <summary>Policy files for Windows and Linux, and the ExtensionSettings entry</summary>
        <CopyBlock
          title="Linux policy file (vigil.json)"
          text={linuxPolicyFile(details)}
          copyLabel="Copy the Linux policy file"
          testId="linux-policy"
        />
        <CopyBlock
          title="Windows registry file (vigil.reg)"
          hint="“1” is the first force-install entry: if the computers already force-install another extension, use the next free number."
          text={windowsRegFile(details)}
          copyLabel="Copy the Windows registry file"
        />
        <CopyBlock
          title="The force-install entry as an ExtensionSettings entry"
          text={extensionSettings(details)}
          copyLabel="Copy the ExtensionSettings entry"
        />
      </details>
    </div>
  );
}
