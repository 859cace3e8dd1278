import type { SetupMessage, WorkerStatus } from '../shared/messages.js';

const form = document.querySelector<HTMLFormElement>('#setup')!;
const statusBox = document.querySelector<HTMLPreElement>('#status')!;

function show(status: WorkerStatus): void {
  statusBox.textContent = [
    `Enrolled: ${status.enrolled ? `yes (device ${status.deviceId})` : 'no'}`,
    `Server: ${status.serverUrl ?? 'not set'}`,
    `School: ${status.school ?? '-'}`,
    `Person: ${status.email ?? 'unknown'}`,
    `Rules: ${status.rulesVersion}`,
    `Waiting to upload: ${status.queueLength}`,
    `Configured by policy: ${status.managed ? 'yes' : 'no'}`,
    ...(status.lastError ? [`Last problem: ${status.lastError}`] : []),
  ].join('\n');
}

async function refresh(): Promise<void> {
  show((await chrome.runtime.sendMessage({ type: 'vigil:status' })) as WorkerStatus);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
  const message: SetupMessage = {
    type: 'vigil:setup',
    config: {
      serverUrl: value('serverUrl'),
      enrolmentToken: value('enrolmentToken'),
      userEmail: value('userEmail'),
      deviceName: value('deviceName'),
    },
  };
  statusBox.textContent = 'Enrolling...';
  show((await chrome.runtime.sendMessage(message)) as WorkerStatus);
});

void refresh();
