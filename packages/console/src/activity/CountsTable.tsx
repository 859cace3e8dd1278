import type { Activity } from '../api/types.js';
import { type Filters, logsHref } from '../lib/filters.js';
import { categoryLabel, SEVERITY_LABELS } from '../lib/format.js';
import { Link } from '../router/router.js';

const SEVERITIES = [5, 4, 3, 2, 1];

/** Captures by category (rows) and severity (columns); every number opens the Logs behind it. */
export function CountsTable({ activity, base }: { activity: Activity; base: Filters }) {
  const categories = [...new Set(activity.byCategory.map((r) => r.category))].sort();
  const count = (category: string, severity: number) =>
    activity.byCategory.find((r) => r.category === category && r.severity === severity)?.captures ?? 0;
  const rowTotal = (category: string) =>
    activity.byCategory.filter((r) => r.category === category).reduce((s, r) => s + r.captures, 0);
  const colTotal = (severity: number) =>
    activity.byCategory.filter((r) => r.severity === severity).reduce((s, r) => s + r.captures, 0);
  const cell = (n: number, filters: Filters, label: string) =>
    n === 0 ? (
      <span className="zero">0</span>
    ) : (
      <Link to={logsHref(filters)} aria-label={`${n} ${label}`}>
        {n}
      </Link>
    );
  if (categories.length === 0) return <p>No captures in this time frame.</p>;
  return (
    <table className="counts">
      <caption>Captures by category and severity</caption>
      <thead>
        <tr>
          <th scope="col">Category</th>
          {SEVERITIES.map((s) => (
            <th scope="col" key={s}>
              {SEVERITY_LABELS[s]}
            </th>
          ))}
          <th scope="col">All</th>
        </tr>
      </thead>
      <tbody>
        {categories.map((c) => (
          <tr key={c}>
            <th scope="row">{categoryLabel(c)}</th>
            {SEVERITIES.map((s) => (
              <td key={s} className={s >= 4 ? 'high' : undefined}>
                {cell(
                  count(c, s),
                  { ...base, category: c, severity: String(s) },
                  `${categoryLabel(c)} captures of severity ${s}`,
                )}
              </td>
            ))}
            <td>{cell(rowTotal(c), { ...base, category: c }, `${categoryLabel(c)} captures`)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All</th>
          {SEVERITIES.map((s) => (
            <td key={s}>
              {cell(colTotal(s), { ...base, severity: String(s) }, `captures of severity ${s}`)}
            </td>
          ))}
          <td>{cell(activity.total, base, 'captures')}</td>
        </tr>
      </tfoot>
    </table>
  );
}
