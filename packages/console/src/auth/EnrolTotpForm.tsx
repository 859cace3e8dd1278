import { useEffect, useState } from 'react';
import { confirmEnrolment, type Stage, startEnrolment } from '../api/auth.js';
import { ErrorMessage } from './ErrorMessage.js';
import { Field } from './Field.js';
import { useSubmit } from './useSubmit.js';

/** Sets up an authenticator app: shows the secret, confirms a first code, shows recovery codes once. */
export function EnrolTotpForm({ onStage }: { onStage: (stage: Stage) => void }) {
  const [secret, setSecret] = useState<{ secret: string; uri: string } | undefined>();
  const [loadError, setLoadError] = useState<string | undefined>();
  const [done, setDone] = useState<{ stage: Stage; codes: string[] } | undefined>();
  useEffect(() => {
    startEnrolment()
      .then(setSecret)
      .catch((e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)));
  }, []);
  const { busy, error, onSubmit } = useSubmit(async (form) => {
    const result = await confirmEnrolment(String(form.get('code')).replace(/\s/g, ''));
    setDone({ stage: result.stage, codes: result.recoveryCodes });
  });
  if (done) {
    return (
      <section aria-labelledby="codes-title">
        <h1 id="codes-title">Keep your recovery codes</h1>
        <p>Each code signs you in once if you lose your authenticator. They are shown only now.</p>
        <ul className="codes">
          {done.codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => onStage(done.stage)}>
          I have kept them; continue
        </button>
      </section>
    );
  }
  return (
    <form onSubmit={onSubmit} aria-labelledby="enrol-title">
      <h1 id="enrol-title">Set up your authenticator app</h1>
      <p>
        Safeguarding content needs a second factor. Add this key to an authenticator app, then enter the code
        it shows.
      </p>
      <ErrorMessage error={loadError ?? error} />
      {secret && (
        <p>
          Key: <code data-testid="totp-secret">{secret.secret}</code>
        </p>
      )}
      <Field
        label="Code from the app"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        required
      />
      <button type="submit" disabled={busy || !secret}>
        Confirm
      </button>
    </form>
  );
}
