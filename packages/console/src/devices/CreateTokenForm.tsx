import { type FormEvent, useState } from 'react';
import { createEnrolmentToken } from '../api/devices.js';
import { ErrorMessage } from '../auth/ErrorMessage.js';
import { Field } from '../auth/Field.js';
import {
  type CreatedToken,
  errorText,
  MAX_DAYS,
  type TokenFormErrors,
  validateTokenForm,
} from './enrolment.js';

export function CreateTokenForm({
  schoolId,
  onCreated,
}: {
  schoolId: string;
  onCreated: (c: CreatedToken) => void;
}) {
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
      setServerError(`The token was not created: ${errorText(e)}`);
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
