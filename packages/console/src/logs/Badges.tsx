import { categoryLabel, STATUS_LABELS } from '../lib/format.js';

export function SeverityBadge({ severity }: { severity: number }) {
  return <span className={`sev sev-${severity}`}>Severity {severity}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`status status-${status}`}>{STATUS_LABELS[status] ?? status}</span>;
}

export function CategoryName({ category }: { category: string }) {
  return <span className="category">{categoryLabel(category)}</span>;
}
