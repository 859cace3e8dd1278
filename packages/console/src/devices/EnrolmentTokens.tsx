import { useCallback, useEffect, useState } from 'react';
import {
  type ChromeAgent,
  type EnrolmentToken,
  getChromeAgent,
  listEnrolmentTokens,
  revokeEnrolmentToken,
} from '../api/devices.js';
import { ErrorMessage } from '../auth/ErrorMessage.js';
import { formatTime } from '../lib/format.js';
import { CreateTokenForm } from './CreateTokenForm.js';
import { type CreatedToken, errorText, TOKEN_STATE_LABELS, tokenState, usesText } from './enrolment.js';
import { NewToken } from './NewToken.js';
import { RevokeButton } from './RevokeButton.js';

/**
 * A school's enrolment tokens, for users with `devices.manage` there: list, create (the secret shown
 * once, with what the technician needs to force-install the Chrome extension with it) and revoke.
 */
export function EnrolmentTokens({ schoolId, schoolName }: { schoolId: string; schoolName?: string }) {
  const [tokens, setTokens] = useState<EnrolmentToken[] | undefined>();
  const [agent, setAgent] = useState<ChromeAgent | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [created, setCreated] = useState<CreatedToken | undefined>();
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
        if (!abort.signal.aborted) setError(errorText(e));
      });
    return () => abort.abort();
  }, [reload]);

  useEffect(() => {
    const abort = new AbortController();
    getChromeAgent(abort.signal)
      .then(setAgent)
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setError(errorText(e));
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
      setError(errorText(e));
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
          reload().catch((e: unknown) => setError(errorText(e)));
        }}
      />
      {tokens && tokens.length === 0 && <p>This school has no enrolment tokens yet.</p>}
      {tokens && tokens.length > 0 && (
        <table className="tokens">
          <caption className="visually-hidden">Enrolment tokens, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Label</th>
              <th scope="col">CreatedToken</th>
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
                    <RevokeButton
                      confirming={confirming === t.id}
                      available={state === 'active'}
                      label={`Revoke token ${t.label}`}
                      confirmLabel={`Revoke token ${t.label} now`}
                      onAsk={() => {
                        setStatus('');
                        setConfirming(t.id);
                      }}
                      onConfirm={() => void revoke(t)}
                      onCancel={() => setConfirming(undefined)}
                    />
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
