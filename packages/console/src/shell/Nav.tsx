import { Link, useLocation } from '../router/router.js';

const ITEMS = [
  { to: '/activity', label: 'Activity', permission: 'captures.view' },
  { to: '/logs', label: 'Logs', permission: 'captures.view' },
  { to: '/audit', label: 'Audit log', permission: 'audit.view' },
  { to: '/devices', label: 'Devices', permission: 'devices.view' },
];

/** The main navigation; the current page is marked for assistive technology. */
export function Nav({ permissions }: { permissions: string[] }) {
  const { path } = useLocation();
  return (
    <nav aria-label="Main">
      <ul>
        {ITEMS.filter((i) => permissions.length === 0 || permissions.includes(i.permission)).map((item) => {
          const current =
            path === item.to ||
            path.startsWith(`${item.to}/`) ||
            (item.to === '/logs' && path.startsWith('/captures'));
          return (
            <li key={item.to}>
              <Link to={item.to} aria-current={current ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
