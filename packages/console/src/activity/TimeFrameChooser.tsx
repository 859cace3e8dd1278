import { type FormEvent, useId, useState } from 'react';
import { FRAMES, type Frame } from '../lib/timeframe.js';

/** Choose a time frame, then Show (the seeds' routine): the choice goes into the URL. */
export function TimeFrameChooser({
  frame,
  from,
  to,
  onShow,
}: {
  frame: Frame;
  from?: string | undefined;
  to?: string | undefined;
  onShow: (choice: { frame: Frame; from?: string; to?: string }) => void;
}) {
  const id = useId();
  const [value, setValue] = useState<Frame>(frame);
  const [start, setStart] = useState(from ?? '');
  const [end, setEnd] = useState(to ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onShow(value === 'custom' ? { frame: value, from: start, to: end } : { frame: value });
  };
  return (
    <form className="timeframe" onSubmit={submit} aria-label="Time frame">
      <div className="field inline">
        <label htmlFor={`${id}-frame`}>Time frame</label>
        <select id={`${id}-frame`} value={value} onChange={(e) => setValue(e.target.value as Frame)}>
          {FRAMES.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      {value === 'custom' && (
        <>
          <div className="field inline">
            <label htmlFor={`${id}-from`}>From</label>
            <input
              id={`${id}-from`}
              type="date"
              value={start}
              onChange={(e) => setStart(e.target.value)}
              required
            />
          </div>
          <div className="field inline">
            <label htmlFor={`${id}-to`}>To</label>
            <input
              id={`${id}-to`}
              type="date"
              value={end}
              onChange={(e) => setEnd(e.target.value)}
              required
            />
          </div>
        </>
      )}
      <button type="submit">Show</button>
    </form>
  );
}
