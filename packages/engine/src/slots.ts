// Open-addressing tables of any size, not only powers of two: the engine's largest tables (the
// trigger table, the start index's pair maps, the text model's slots) are held in the extension
// worker, whose heap budget is 30 MB, and a power of two doubles a table just past each one.

/** Tables scaled by homeSlotOf stay below this many slots: hash * size is then exact in a double. */
export const MAX_SLOTS = 2 ** 21;

/** A mixed 32-bit hash's home slot among `size` (< MAX_SLOTS): its top bits scaled by a multiply. */
export const homeSlotOf = (hash: number, size: number): number =>
  ((hash >>> 0) * size * 2.3283064365386963e-10) | 0;
