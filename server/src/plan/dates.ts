// Plan dates are calendar days written YYYY-MM-DD. They are compared as days,
// never as instants, so no time zone can move them.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

// Plans repeat the same few dates; lint asks about each of them on every keystroke.
const valid = new Map<string, boolean>();
const days = new Map<string, number>();

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  let known = valid.get(text);
  if (known === undefined) {
    known = checkIsoDate(text);
    if (valid.size > 10_000) valid.clear();
    valid.set(text, known);
  }
  return known;
}

function checkIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** Days since 1970-01-01 for a valid ISO date. */
export function dayNumber(iso: string): number {
  let n = days.get(iso);
  if (n === undefined) {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    n = Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
    if (days.size > 10_000) days.clear();
    days.set(iso, n);
  }
  return n;
}

export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The local calendar date of an instant, as YYYY-MM-DD. */
export function localDate(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
