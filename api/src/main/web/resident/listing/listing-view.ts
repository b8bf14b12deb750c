import type { Schemas } from '../../common/api-client';

type Service = Schemas['OrukService'];
type Schedule = Schemas['OrukSchedule'];

const DAY_NAMES: Record<string, string> = {
  MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday',
};
const ORDINALS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' };

/** A schedule in words: its own description when the group wrote one, else built from the RRULE-style fields. */
export function scheduleInWords(s: Schedule): string {
  if (s.description) return s.description;
  const days = (s.byday ?? '').split(',').map((d) => d.trim()).filter(Boolean).map((d) => {
    const m = /^(-?\d)?([A-Z]{2})$/.exec(d);
    if (!m || !m[2]) return d;
    const name = DAY_NAMES[m[2]] ?? m[2];
    return m[1] ? `${ORDINALS[m[1]] ?? m[1]} ${name} of the month` : `${name}s`;
  });
  const every = s.freq === 'WEEKLY' && (s.interval ?? 1) === 2 ? 'Every other week on ' : '';
  const when = days.length ? `${every}${days.join(' and ')}` : s.freq === 'DAILY' ? 'Every day' : 'By arrangement';
  const time = s.opens_at && s.closes_at ? `, ${clock(s.opens_at)} to ${clock(s.closes_at)}` : '';
  return `${when}${time}`;
}

export function clock(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const suffix = h >= 12 ? 'pm' : 'am';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}${m ? `:${String(m).padStart(2, '0')}` : ''}${suffix}`;
}

/** How to join, from the Signpost extension: just turn up or get in touch, or through a link worker. */
export function howToJoin(service: Service): string {
  switch (service.x_referral_route) {
    case 'link_worker_referral':
      return 'Ask a social prescribing link worker (at your GP practice) to refer you.';
    case 'both':
      return 'Get in touch or just turn up. A social prescribing link worker can also refer you.';
    default:
      return 'Get in touch or just turn up.';
  }
}

export function cost(service: Service): string {
  const options = service.cost_options ?? [];
  if (options.length === 0) return service.fees || 'Free';
  return options.map((o) => {
    if (o.amount === undefined || o.amount === 0) return o.option ? `${o.option}: free` : 'Free';
    const amount = new Intl.NumberFormat('en-GB', { style: 'currency', currency: o.currency ?? 'GBP' }).format(o.amount);
    return [o.option, amount, o.amount_description].filter(Boolean).join(' ');
  }).join('; ');
}

export function lastChecked(date: string | undefined): string | null {
  if (!date) return null;
  const d = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
