/**
 * Google Docs draws its document on a canvas; typing goes to a hidden "text event" iframe whose
 * content is cleared after each key. This rebuilds what was typed from the key events, well
 * enough to scan: printable keys append, Backspace deletes, Enter starts a new line, and pastes
 * append their text. Cursor movement is not modelled (the screenshot shows the real document).
 */
export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export class TypedTextBuffer {
  private text = '';

  constructor(private readonly maxChars = 4_000) {}

  /** Applies one keydown; returns true when the text changed. */
  key(event: KeyLike): boolean {
    if (event.ctrlKey || event.metaKey) {
      // Ctrl+Backspace deletes the previous word.
      if (event.key === 'Backspace') {
        const before = this.text;
        this.text = this.text.replace(/\S+\s*$/, '');
        return before !== this.text;
      }
      return false;
    }
    if (event.key === 'Backspace') {
      if (!this.text) return false;
      this.text = this.text.slice(0, -1);
      return true;
    }
    if (event.key === 'Enter') return this.insert('\n');
    if (event.key === 'Tab') return this.insert('\t');
    if ([...event.key].length === 1) return this.insert(event.key);
    return false;
  }

  insert(value: string): boolean {
    if (!value) return false;
    this.text += value;
    if (this.text.length > this.maxChars) this.text = this.text.slice(this.text.length - this.maxChars);
    return true;
  }

  value(): string {
    return this.text;
  }

  clear(): void {
    this.text = '';
  }
}
