import { type Stage, signIn } from '../api/auth.js';
import { ErrorMessage } from './ErrorMessage.js';
import { Field } from './Field.js';
import { useSubmit } from './useSubmit.js';

export function SignInForm({ onStage }: { onStage: (stage: Stage) => void }) {
  const { busy, error, onSubmit } = useSubmit(async (form) => {
    const result = await signIn(String(form.get('login')), String(form.get('password')));
    onStage(result.stage);
  });
  return (
    <form onSubmit={onSubmit} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in to Vigil</h1>
      <ErrorMessage error={error} />
      <Field label="Username" name="login" autoComplete="username" required autoFocus />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <button type="submit" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
