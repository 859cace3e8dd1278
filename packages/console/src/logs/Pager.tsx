import { useId } from 'react';
import { PAGE_SIZES } from '../lib/filters.js';

/** Page size, and keyset paging: first page, next page, back. */
export function Pager({
  size,
  onSize,
  hasNext,
  onNext,
  onFirst,
  isFirst,
}: {
  size: number;
  onSize: (size: number) => void;
  hasNext: boolean;
  onNext: () => void;
  onFirst: () => void;
  isFirst: boolean;
}) {
  const id = useId();
  return (
    <nav className="pager" aria-label="Pages">
      <div className="field inline">
        <label htmlFor={id}>Captures per page</label>
        <select id={id} value={size} onChange={(e) => onSize(Number(e.target.value))}>
          {PAGE_SIZES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="secondary" onClick={onFirst} disabled={isFirst}>
        First page
      </button>
      <button type="button" className="secondary" onClick={() => window.history.back()} disabled={isFirst}>
        Previous page
      </button>
      <button type="button" onClick={onNext} disabled={!hasNext}>
        Next page
      </button>
    </nav>
  );
}
