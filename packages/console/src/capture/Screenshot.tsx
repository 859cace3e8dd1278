import { useState } from 'react';
import { REVIEW } from '../api/client.js';

/**
 * The screenshot, as large as the page allows. For sexual, self-harm and violent categories it stays
 * hidden behind a blurred panel until the reviewer chooses to look: the image is only fetched then.
 */
export function Screenshot({
  captureId,
  sensitive,
  category,
}: {
  captureId: string;
  sensitive: boolean;
  category: string;
}) {
  const [revealed, setRevealed] = useState(!sensitive);
  const [zoomed, setZoomed] = useState(false);
  if (!revealed) {
    return (
      <div className="screenshot hidden-shot">
        <div className="blurred" aria-hidden="true" />
        <p>
          This screenshot may be distressing ({category.replace(/-/g, ' ')}). It is hidden until you choose to
          look; looking is recorded.
        </p>
        <button type="button" onClick={() => setRevealed(true)}>
          Reveal screenshot
        </button>
      </div>
    );
  }
  return (
    <figure className={`screenshot${zoomed ? ' zoomed' : ''}`}>
      <img
        src={`${REVIEW}/captures/${captureId}/screenshot`}
        alt="Screenshot of the pupil's screen at the time of the capture"
      />
      <figcaption>
        <button
          type="button"
          className="secondary"
          onClick={() => setZoomed((z) => !z)}
          aria-pressed={zoomed}
        >
          {zoomed ? 'Fit to page' : 'Maximise'}
        </button>
        {sensitive && (
          <button type="button" className="secondary" onClick={() => setRevealed(false)}>
            Hide again
          </button>
        )}
      </figcaption>
    </figure>
  );
}
