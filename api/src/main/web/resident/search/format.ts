/** How a result's facts read to a resident. */
export function distance(metres: number | undefined): string | null {
  if (metres === undefined) return null;
  const miles = metres / 1609.344;
  return miles < 0.1 ? 'less than 0.1 miles away' : `${miles.toFixed(1)} miles away`;
}

export function nextSession(iso: string | undefined, now: Date = new Date()): string | null {
  if (!iso) return null;
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return null;
  const zone = 'Europe/London';
  const day = (d: Date) => d.toLocaleDateString('en-GB', { timeZone: zone });
  const time = when.toLocaleTimeString('en-GB', { timeZone: zone, hour: 'numeric', minute: '2-digit', hour12: true }).replace(' ', '');
  const tomorrow = new Date(now.getTime() + 86_400_000);
  if (day(when) === day(now)) return `Today, ${time}`;
  if (day(when) === day(tomorrow)) return `Tomorrow, ${time}`;
  return `${when.toLocaleDateString('en-GB', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long' })}, ${time}`;
}
