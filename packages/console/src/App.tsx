import { useEffect, useState } from 'react';

type Health = { status: string; database: string } | { error: string };

/** The console shell. Sign-in, Activity and Logs arrive with the accounts and console issues. */
export function App() {
  const [health, setHealth] = useState<Health | undefined>();
  useEffect(() => {
    fetch('/healthz')
      .then((r) => r.json() as Promise<Health>)
      .then(setHealth)
      .catch((error: unknown) => setHealth({ error: String(error) }));
  }, []);
  return (
    <main>
      <h1>Vigil</h1>
      <p>Online-safety monitoring and safeguarding for schools.</p>
      <p role="status">
        Server:{' '}
        {health === undefined
          ? 'checking…'
          : 'status' in health
            ? `${health.status} (${health.database})`
            : health.error}
      </p>
    </main>
  );
}
