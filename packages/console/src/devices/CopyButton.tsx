import { useId, useState } from 'react';

/** Copies with the Clipboard API, else (plain http away from localhost) the old selection copy. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the selection copy
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** A button that copies `text` and says, politely, whether it did. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [said, setSaid] = useState('');
  const id = useId();
  return (
    <span className="copy">
      <button
        type="button"
        className="secondary"
        aria-describedby={id}
        onClick={() => {
          setSaid('');
          void copyText(text).then((ok) =>
            setSaid(ok ? 'Copied.' : 'Copying is not available here: select the text and copy it.'),
          );
        }}
      >
        {label}
      </button>{' '}
      <span id={id} role="status" className="hint">
        {said}
      </span>
    </span>
  );
}

/** A titled block of text to paste somewhere else, with its copy button. */
export function CopyBlock({
  title,
  text,
  copyLabel,
  hint,
  testId,
}: {
  title: string;
  text: string;
  copyLabel: string;
  hint?: string;
  testId?: string;
}) {
  return (
    <div className="copy-block">
      <h4>{title}</h4>
      {hint && <p className="hint">{hint}</p>}
      <pre data-testid={testId}>{text}</pre>
      <CopyButton text={text} label={copyLabel} />
    </div>
  );
}
