import type { Detection } from '../api/types.js';
import { highlightParts } from './highlight.js';

/** The text in context, with each match marked where the pupil typed it. */
export function HighlightedText({ text, detections }: { text: string; detections: Detection[] }) {
  const parts = highlightParts(text, detections);
  return (
    <blockquote className="capture-text">
      {parts.map((p) =>
        p.match ? (
          <mark key={p.start}>
            <span className="visually-hidden">[match: </span>
            {p.text}
            <span className="visually-hidden">]</span>
          </mark>
        ) : (
          <span key={p.start}>{p.text}</span>
        ),
      )}
    </blockquote>
  );
}
