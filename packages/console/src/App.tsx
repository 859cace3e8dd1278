import { useCallback, useEffect, useState } from 'react';
import { ActivityPage } from './activity/ActivityPage.js';
import { allPermissions, getMe, type Me, type Stage, signOut } from './api/auth.js';
import { whenSignedOut } from './api/client.js';
import { AuditPage } from './audit/AuditPage.js';
import { SignInFlow } from './auth/SignInFlow.js';
import { CapturePage } from './capture/CapturePage.js';
import { DevicesPage } from './devices/DevicesPage.js';
import { LogsPage } from './logs/LogsPage.js';
import { match, navigate, useLocation } from './router/router.js';
import { Shell } from './shell/Shell.js';

/** Who is signed in decides between the sign-in steps and the console. */
export function App() {
  const [me, setMe] = useState<Me | 'signed-out' | undefined>();
  const refresh = useCallback(() => {
    getMe()
      .then(setMe)
      .catch(() => setMe('signed-out'));
  }, []);
  useEffect(() => {
    refresh();
    whenSignedOut(() => setMe('signed-out'));
  }, [refresh]);
  const onStage = (stage: Stage) => {
    if (stage === 'active') refresh();
    else setMe((m) => (m && m !== 'signed-out' ? { ...m, stage } : placeholder(stage)));
  };
  if (me === undefined) return <p role="status">Loading…</p>;
  if (me === 'signed-out' || me.stage !== 'active') {
    return <SignInFlow stage={me === 'signed-out' ? 'signed-out' : me.stage} onStage={onStage} />;
  }
  return (
    <Shell
      user={me.user.displayName}
      permissions={allPermissions(me)}
      onSignOut={() => {
        signOut().finally(() => {
          setMe('signed-out');
          navigate('/', { replace: true });
        });
      }}
    >
      <Routes me={me} />
    </Shell>
  );
}

function placeholder(stage: Stage): Me {
  return {
    user: { id: '', login: '', displayName: '' },
    stage,
    roles: [],
    permissions: {},
    organisationPermissions: [],
  };
}

function Routes({ me }: { me: Me }) {
  const { path } = useLocation();
  const held = allPermissions(me);
  const capture = match('/captures/:id', path);
  if (capture) return <CapturePage id={capture.id!} />;
  if (path === '/logs') return <LogsPage />;
  if (path === '/audit') return <AuditPage />;
  if (path === '/devices') return <DevicesPage permissions={me.permissions} />;
  // A technician sees no captures: their home is the devices page.
  if (path === '/' && !held.includes('captures.view') && held.includes('devices.view')) {
    return <DevicesPage permissions={me.permissions} />;
  }
  if (path === '/' || path === '/activity') return <ActivityPage />;
  return (
    <section>
      <h1>Page not found</h1>
      <p>There is nothing at {path}.</p>
    </section>
  );
}
