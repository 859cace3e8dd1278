import type { PersonCount } from '../api/types.js';
import { type Filters, logsHref } from '../lib/filters.js';
import { Link } from '../router/router.js';

/** The top ten people by captures or by risk (severity-weighted), linked to their captures. */
export function TopPeople({ title, people, base }: { title: string; people: PersonCount[]; base: Filters }) {
  const id = title.toLowerCase().replace(/\W+/g, '-');
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{title}</h2>
      {people.length === 0 ? (
        <p>None.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Captures</th>
              <th scope="col">Risk score</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.person.id}>
                <th scope="row">{p.person.name}</th>
                <td>
                  <Link
                    to={logsHref({ ...base, person: p.person.id })}
                    aria-label={`${p.captures} captures of ${p.person.name}`}
                  >
                    {p.captures}
                  </Link>
                </td>
                <td>
                  <Link
                    to={logsHref({ ...base, person: p.person.id, severity: '4,5' })}
                    aria-label={`risk score ${p.risk}: the high-risk captures of ${p.person.name}`}
                  >
                    {p.risk}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
