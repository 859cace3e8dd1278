import type { Stage } from '../api/auth.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { EnrolTotpForm } from './EnrolTotpForm.js';
import { SignInForm } from './SignInForm.js';
import { TotpForm } from './TotpForm.js';

/** The steps of signing in: password, then the second factor, a forced password change, enrolment. */
export function SignInFlow({
  stage,
  onStage,
}: {
  stage: Stage | 'signed-out';
  onStage: (stage: Stage) => void;
}) {
  return (
    <main id="main" className="sign-in">
      <p className="brand" aria-hidden="true">
        Vigil
      </p>
      {stage === 'signed-out' && <SignInForm onStage={onStage} />}
      {stage === 'totp' && <TotpForm onStage={onStage} />}
      {stage === 'password' && <ChangePasswordForm onStage={onStage} />}
      {stage === 'enrol' && <EnrolTotpForm onStage={onStage} />}
    </main>
  );
}
