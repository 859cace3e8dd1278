import type { ListItem } from '../api/types.js';
import { categoryLabel, formatTime } from '../lib/format.js';
import { Link } from '../router/router.js';

/** New captures of severity 4 and 5, first on the page: look for the significant. */
export function HighRiskList({ items, allHref }: { items: ListItem[]; allHref: string }) {
  return (
    <section aria-labelledby="high-risk" className="panel high-risk">
      <h2 id="high-risk">New high-risk captures</h2>
      {items.length === 0 ? (
        <p>No new high-risk captures in this time frame.</p>
      ) : (
        <ul>
          {items.map((i) => (
            <li key={i.id}>
              <Link to={`/captures/${i.id}`}>
                <span className={`sev sev-${i.severity}`}>Severity {i.severity}</span>{' '}
                {categoryLabel(i.category)}
                {i.person ? `, ${i.person.name}` : ''}, {formatTime(i.occurredAt)}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={allHref}>All new captures of severity 4 and 5</Link>
      </p>
    </section>
  );
}
