import { type Filters, logsHref } from '../lib/filters.js';
import { Link } from '../router/router.js';

/** Most or least captured words and phrases, each linked to its captures. */
export function TermsList({
  title,
  terms,
  base,
}: {
  title: string;
  terms: { term: string; captures: number }[];
  base: Filters;
}) {
  const id = title.toLowerCase().replace(/\W+/g, '-');
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{title}</h2>
      {terms.length === 0 ? (
        <p>None.</p>
      ) : (
        <ol className="terms">
          {terms.map((t) => (
            <li key={t.term}>
              <span className="term">{t.term}</span>{' '}
              <Link
                to={logsHref({ ...base, term: t.term })}
                aria-label={`${t.captures} captures of ${t.term}`}
              >
                {t.captures}
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
