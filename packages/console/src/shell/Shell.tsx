import type { ReactNode } from 'react';
import { LiveAlerts } from './LiveAlerts.js';
import { Nav } from './Nav.js';

/** The frame of every signed-in page: skip link, banner with navigation, live alerts, main. */
export function Shell({
  user,
  permissions,
  onSignOut,
  children,
}: {
  user: string;
  permissions: string[];
  onSignOut: () => void;
  children: ReactNode;
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="banner">
        <span className="brand">Vigil</span>
        <Nav permissions={permissions} />
        <div className="user">
          <span>{user}</span>
          <button type="button" className="link" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <LiveAlerts />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
