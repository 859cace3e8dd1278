import type { AupMessage, WorkerStatus } from '../shared/messages.js';

const text = document.querySelector<HTMLElement>('#aup-text')!;
const version = document.querySelector<HTMLElement>('#aup-version')!;
const school = document.querySelector<HTMLElement>('#school')!;
const outcome = document.querySelector<HTMLElement>('#outcome')!;
const accept = document.querySelector<HTMLButtonElement>('#accept')!;
const decline = document.querySelector<HTMLButtonElement>('#decline')!;

const returnTo = new URLSearchParams(location.search).get('return');
let current: WorkerStatus | undefined;

function render(status: WorkerStatus): void {
  current = status;
  text.textContent = status.aup?.text ?? 'No acceptable use policy has been published.';
  version.textContent = status.aup?.version ?? '-';
  school.textContent = status.school ? `School: ${status.school}` : '';
  const disabled = !status.aup;
  accept.disabled = disabled;
  decline.disabled = disabled;
  if (status.aupDecision?.decision === 'declined' && status.aupDecision.version === status.aup?.version) {
    outcome.textContent = 'You did not accept the policy, so browsing stays blocked. Talk to your teacher.';
  }
}

async function decide(decision: 'accepted' | 'declined'): Promise<void> {
  if (!current?.aup) return;
  const message: AupMessage = { type: 'vigil:aup-decision', decision, version: current.aup.version };
  const status = (await chrome.runtime.sendMessage(message)) as WorkerStatus;
  render(status);
  if (decision === 'accepted') {
    outcome.textContent = 'Thank you. You can carry on.';
    if (returnTo && /^(https?|file|ftp):/.test(returnTo)) location.replace(returnTo);
  }
}

accept.addEventListener('click', () => void decide('accepted'));
decline.addEventListener('click', () => void decide('declined'));

void chrome.runtime.sendMessage({ type: 'vigil:status' }).then((status) => render(status as WorkerStatus));
