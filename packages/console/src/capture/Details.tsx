import type { CaptureDetail } from '../api/types.js';
import { categoryLabel, formatTime, SOURCES } from '../lib/format.js';
import { SeverityBadge, StatusBadge } from '../logs/Badges.js';

/** Where, when, who and why: the facts of one capture. */
export function Details({ capture }: { capture: CaptureDetail }) {
  const rules = [...new Map(capture.detections.map((d) => [d.rule, d])).values()];
  return (
    <dl className="details">
      <dt>Status</dt>
      <dd>
        <StatusBadge status={capture.status} />
        {capture.state.falsePositiveReason && <> ({capture.state.falsePositiveReason})</>}
      </dd>
      <dt>Severity</dt>
      <dd>
        <SeverityBadge severity={capture.severity} />
        {capture.grade !== null && <> · graded {capture.grade} of 5 by a reviewer</>}
      </dd>
      <dt>Category</dt>
      <dd>
        {categoryLabel(capture.category)}
        {capture.category !== capture.detectedCategory && (
          <> (detected as {categoryLabel(capture.detectedCategory)})</>
        )}
      </dd>
      <dt>Time</dt>
      <dd>{formatTime(capture.occurredAt)}</dd>
      <dt>Person</dt>
      <dd>
        {capture.person ? (
          <>
            {capture.person.name}
            {capture.person.group && <> · {capture.person.group.name}</>}
          </>
        ) : (
          'Not shown to your role'
        )}
      </dd>
      <dt>School</dt>
      <dd>{capture.school.name}</dd>
      <dt>Device</dt>
      <dd>{capture.device?.name ?? 'Unknown'}</dd>
      <dt>Source</dt>
      <dd>{SOURCES.find((s) => s.value === capture.source)?.label ?? capture.source}</dd>
      {capture.app && (
        <>
          <dt>Application</dt>
          <dd>{capture.app}</dd>
        </>
      )}
      {capture.url && (
        <>
          <dt>Web address</dt>
          <dd className="url">{capture.url}</dd>
        </>
      )}
      <dt>Rules</dt>
      <dd>
        <ul className="rules">
          {rules.map((d) => (
            <li key={d.rule}>
              <code>{d.rule}</code> ({categoryLabel(d.category)}, severity {d.severity}): “{d.match}”
              {d.reasons.length > 0 && <span className="muted"> because {d.reasons.join('; ')}</span>}
            </li>
          ))}
        </ul>
        <span className="muted">Rules version {capture.rulesVersion}</span>
      </dd>
    </dl>
  );
}
