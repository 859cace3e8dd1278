import { REVIEW } from '../api/client.js';
import type { ListItem } from '../api/types.js';
import { formatTime } from '../lib/format.js';
import { Link } from '../router/router.js';
import { CategoryName, SeverityBadge, StatusBadge } from './Badges.js';

/**
 * The thumbnail view of the seeds' routine: select all, deselect the ones of concern, archive the
 * rest. Sensitive categories show no picture here; open the capture to reveal it.
 */
export function ThumbGrid({
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
    <ul className="thumbs">
      {items.map((item, index) => (
        <li
          key={item.id}
          className={`thumb${index === focused ? ' focused' : ''}${selected.has(item.id) ? ' selected' : ''}`}
          data-row={index}
        >
          <label className="thumb-select">
            <input type="checkbox" checked={selected.has(item.id)} onChange={() => onToggle(item.id)} />
            <span className="visually-hidden">Select capture from {formatTime(item.occurredAt)}</span>
          </label>
          <Link to={`/captures/${item.id}`} data-open={index} className="thumb-link">
            {item.hasScreenshot && !item.sensitive ? (
              <img
                src={`${REVIEW}/captures/${item.id}/screenshot?variant=thumb`}
                alt=""
                loading="lazy"
                width={240}
                height={150}
              />
            ) : (
              <span className="thumb-placeholder">
                {item.sensitive ? 'Sensitive: open to reveal' : 'No screenshot'}
              </span>
            )}
            <span className="thumb-caption">
              <CategoryName category={item.category} /> · {item.person?.name ?? 'person not shown'}
              <br />
              {formatTime(item.occurredAt)}
            </span>
          </Link>
          <span className="thumb-badges">
            <SeverityBadge severity={item.severity} /> <StatusBadge status={item.status} />
          </span>
        </li>
      ))}
    </ul>
  );
}
