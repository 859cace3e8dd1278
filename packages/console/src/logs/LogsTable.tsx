import type { ListItem } from '../api/types.js';
import { formatTime, SOURCES } from '../lib/format.js';
import { Link } from '../router/router.js';
import { CategoryName, SeverityBadge, StatusBadge } from './Badges.js';

/** The list view: one row per capture, a checkbox to select it, the current row marked for j/k. */
export function LogsTable({
  items,
  selected,
  focused,
  onToggle,
}: {
  items: ListItem[];
  selected: Set<string>;
  focused: number;
  onToggle: (id: string) => void;
}) {
  return (
    <table className="logs">
      <caption className="visually-hidden">Captures</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Selected</span>
          </th>
          <th scope="col">Time</th>
          <th scope="col">Person</th>
          <th scope="col">Category</th>
          <th scope="col">Severity</th>
          <th scope="col">Status</th>
          <th scope="col">Source</th>
          <th scope="col">Device</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => (
          <tr key={item.id} className={index === focused ? 'focused' : undefined} data-row={index}>
            <td>
              <input
                type="checkbox"
                checked={selected.has(item.id)}
                onChange={() => onToggle(item.id)}
                aria-label={`Select capture from ${formatTime(item.occurredAt)}`}
              />
            </td>
            <td>
              <Link to={`/captures/${item.id}`} data-open={index}>
                {formatTime(item.occurredAt)}
              </Link>
            </td>
            <td>
              {item.person ? (
                <>
                  {item.person.name}
                  {item.person.group && <span className="muted"> · {item.person.group.name}</span>}
                </>
              ) : (
                <span className="muted">Not shown</span>
              )}
            </td>
            <td>
              <CategoryName category={item.category} />
            </td>
            <td>
              <SeverityBadge severity={item.severity} />
            </td>
            <td>
              <StatusBadge status={item.status} />
            </td>
            <td>{SOURCES.find((s) => s.value === item.source)?.label ?? item.source}</td>
            <td>{item.device?.name ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
