/** A UTC offset in minutes (east positive), or `Z`. */
export type Offset = number | 'Z';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * RFC 3339 text of an instant given in microseconds since the epoch, shown
 * as local time at `offset` with `digits` fraction digits — or more, when the
 * value has a finer part than `digits` shows (the text is always exact).
 * `formatTimestamp(t, 6, 120)` → `2026-11-27T09:15:30.123456+02:00`.
 */
export function formatTimestamp(micros: number, digits: 0 | 3 | 6, offset: Offset): string {
  const seconds = Math.floor(micros / 1_000_000);
  const fraction = micros - seconds * 1_000_000;
  const needed = fraction === 0 ? 0 : fraction % 1000 === 0 ? 3 : 6;
  const shown = Math.max(digits, needed);
  const minutes = offset === 'Z' ? 0 : offset;
  const local = new Date((seconds + minutes * 60) * 1000).toISOString().slice(0, 19);
  const frac = shown === 0 ? '' : `.${pad(fraction, 6).slice(0, shown)}`;
  const zone = offset === 'Z' ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${local}${frac}${zone}`;
}
