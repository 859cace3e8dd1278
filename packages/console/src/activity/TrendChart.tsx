import type { Activity } from '../api/types.js';
import { formatShortDay } from '../lib/format.js';

const DAY = 86_400_000;

/** Captures per day as bars (high and severe in a darker shade), with the numbers as a table for screen readers. */
export function TrendChart({ activity }: { activity: Activity }) {
  const days: { day: number; high: number; other: number }[] = [];
  for (let d = activity.from; d < activity.to; d += DAY) days.push({ day: d, high: 0, other: 0 });
  for (const row of activity.trend) {
    const slot = days.find((d) => d.day === row.day);
    if (!slot) continue;
    if (row.severity >= 4) slot.high += row.captures;
    else slot.other += row.captures;
  }
  const max = Math.max(1, ...days.map((d) => d.high + d.other));
  const width = 640;
  const height = 160;
  const bar = width / Math.max(1, days.length);
  const labelEvery = Math.ceil(days.length / 8);
  return (
    <figure className="trend">
      <figcaption id="trend-caption">Captures per day (darker: severity 4 and 5)</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height + 20}`}
        role="img"
        aria-labelledby="trend-caption"
        preserveAspectRatio="none"
      >
        <title>Captures per day</title>
        {days.map((d, i) => {
          const total = d.high + d.other;
          const h = (total / max) * height;
          const hh = (d.high / max) * height;
          return (
            <g key={d.day}>
              <rect
                x={i * bar + 1}
                y={height - h}
                width={Math.max(1, bar - 2)}
                height={h - hh}
                className="bar-other"
              />
              <rect
                x={i * bar + 1}
                y={height - hh}
                width={Math.max(1, bar - 2)}
                height={hh}
                className="bar-high"
              />
              {i % labelEvery === 0 && (
                <text x={i * bar + bar / 2} y={height + 15} textAnchor="middle" className="axis">
                  {formatShortDay(d.day)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>Captures per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Severity 4 and 5</th>
            <th scope="col">Other</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <th scope="row">{formatShortDay(d.day)}</th>
              <td>{d.high}</td>
              <td>{d.other}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
