import { type Stage, verifyTotp } from '../api/auth.js';
import { ErrorMessage } from './ErrorMessage.js';
import { Field } from './Field.js';
import { useSubmit } from './useSubmit.js';

export function TotpForm({ onStage }: { onStage: (stage: Stage) => void }) {
  const { busy, error, onSubmit } = useSubmit(async (form) => {
    const result = await verifyTotp(String(form.get('code')).replace(/\s/g, ''));
    onStage(result.stage);
  });
  return (
    <form onSubmit={onSubmit} aria-labelledby="totp-title">
      <h1 id="totp-title">Enter your security code</h1>
      <ErrorMessage error={error} />
      <Field
        label="Security code"
        hint="The 6-digit code from your authenticator app, or one of your recovery codes."
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        required
        autoFocus
      />
      <button type="submit" disabled={busy}>
        Continue
      </button>
    </form>
  );
}
