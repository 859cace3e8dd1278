// Splits a capture's text into plain and matched parts at the detections' offsets. Pure.

export interface Part {
  text: string;
  match: boolean;
  start: number;
}

export function highlightParts(text: string, spans: { start: number; end: number }[]): Part[] {
  const sorted = spans
    .filter((s) => s.start >= 0 && s.end > s.start && s.start < text.length)
    .map((s) => ({ start: s.start, end: Math.min(s.end, text.length) }))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const parts: Part[] = [];
  let at = 0;
  for (const m of merged) {
    if (m.start > at) parts.push({ text: text.slice(at, m.start), match: false, start: at });
    parts.push({ text: text.slice(m.start, m.end), match: true, start: m.start });
    at = m.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false, start: at });
  return parts;
}
