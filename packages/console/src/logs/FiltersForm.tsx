import { type FormEvent, useEffect, useId, useState } from 'react';
import type { Options } from '../api/types.js';
import type { Filters } from '../lib/filters.js';
import { CATEGORIES, categoryLabel, SEVERITY_LABELS, SOURCES, STATUS_LABELS } from '../lib/format.js';
import { FRAMES } from '../lib/timeframe.js';
import { Select } from './Select.js';

/** The Logs filters; Apply puts them in the URL (a shareable link) and starts from the first page. */
export function FiltersForm({
  filters,
  options,
  personName,
  onApply,
}: {
  filters: Filters;
  options: Options | undefined;
  personName: string | undefined;
  onApply: (filters: Filters) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<Filters>(filters);
  useEffect(() => setDraft(filters), [filters]);
  const set = (key: keyof Filters) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value || undefined }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="Filters">
      <Select
        label="Time frame"
        value={draft.frame ?? ''}
        onChange={set('frame')}
        any="Any time"
        options={FRAMES.map((f) => ({ value: f.value, label: f.label }))}
      />
      {draft.frame === 'custom' && (
        <>
          <div className="field">
            <label htmlFor={`${id}-from`}>From</label>
            <input
              id={`${id}-from`}
              type="date"
              value={draft.from ?? ''}
              onChange={(e) => set('from')(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>To</label>
            <input
              id={`${id}-to`}
              type="date"
              value={draft.to ?? ''}
              onChange={(e) => set('to')(e.target.value)}
            />
          </div>
        </>
      )}
      {options && options.schools.length > 1 && (
        <Select
          label="School"
          value={draft.school ?? ''}
          onChange={set('school')}
          options={options.schools.map((s) => ({ value: s.id, label: s.name }))}
        />
      )}
      <Select
        label="Category"
        value={draft.category ?? ''}
        onChange={set('category')}
        options={CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) }))}
      />
      <Select
        label="Severity"
        value={draft.severity ?? ''}
        onChange={set('severity')}
        options={[
          { value: '4,5', label: '4 and 5 (high)' },
          ...[5, 4, 3, 2, 1].map((s) => ({ value: String(s), label: SEVERITY_LABELS[s]! })),
        ]}
      />
      <Select
        label="Status"
        value={draft.status ?? ''}
        onChange={set('status')}
        options={[
          { value: 'new,viewed', label: 'To review (new or viewed)' },
          ...Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label })),
        ]}
      />
      <Select label="Source" value={draft.source ?? ''} onChange={set('source')} options={SOURCES} />
      {options && options.groups.length > 0 && (
        <Select
          label="Group"
          value={draft.group ?? ''}
          onChange={set('group')}
          options={options.groups.map((g) => ({ value: g.id, label: g.name }))}
        />
      )}
      {options && options.devices.length > 0 && (
        <Select
          label="Device"
          value={draft.device ?? ''}
          onChange={set('device')}
          options={options.devices.map((d) => ({ value: d.id, label: d.name }))}
        />
      )}
      {draft.person && (
        <p className="chip">
          Person: {personName ?? draft.person}{' '}
          <button type="button" className="link" onClick={() => set('person')('')}>
            Remove
          </button>
        </p>
      )}
      {draft.term && (
        <p className="chip">
          Word or phrase: “{draft.term}”{' '}
          <button type="button" className="link" onClick={() => set('term')('')}>
            Remove
          </button>
        </p>
      )}
      {draft.rule && (
        <p className="chip">
          Rule: {draft.rule}{' '}
          <button type="button" className="link" onClick={() => set('rule')('')}>
            Remove
          </button>
        </p>
      )}
      <div className="actions">
        <button type="submit">Apply filters</button>
        <button type="button" className="secondary" onClick={() => onApply({})}>
          Clear
        </button>
      </div>
    </form>
  );
}
