import { changePassword, type Stage } from '../api/auth.js';
import { ErrorMessage } from './ErrorMessage.js';
import { Field } from './Field.js';
import { useSubmit } from './useSubmit.js';

export function ChangePasswordForm({ onStage }: { onStage: (stage: Stage) => void }) {
  const { busy, error, onSubmit } = useSubmit(async (form) => {
    const next = String(form.get('new'));
    if (next !== String(form.get('confirm'))) throw new Error('The two new passwords are not the same.');
    const result = await changePassword(String(form.get('current')), next);
    onStage(result.stage);
  });
  return (
    <form onSubmit={onSubmit} aria-labelledby="password-title">
      <h1 id="password-title">Choose a new password</h1>
      <p>Your password is temporary or has expired. Choose a new one before you continue.</p>
      <ErrorMessage error={error} />
      <Field
        label="Current password"
        name="current"
        type="password"
        autoComplete="current-password"
        required
        autoFocus
      />
      <Field
        label="New password"
        hint="At least 8 characters, with three of: upper case, lower case, a digit, a symbol. Not your name, not a recent password."
        name="new"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
      />
      <Field label="New password again" name="confirm" type="password" autoComplete="new-password" required />
      <button type="submit" disabled={busy}>
        Change password
      </button>
    </form>
  );
}
