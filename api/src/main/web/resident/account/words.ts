import type { Schemas } from '../../common/api-client';

/** Statuses and answers in a resident's words (what the team or the group has done with the referral). */
export const EPISODE_STATUS: Record<Schemas['EpisodeStatus'], [string, string]> = {
  referred: ['Received', 'nhsuk-tag--blue'],
  accepted: ['Accepted', 'nhsuk-tag--green'],
  declined: ['Not taken on', 'nhsuk-tag--grey'],
  closed: ['Finished', 'nhsuk-tag--grey'],
};

export const ONWARD_STATUS: Record<Schemas['OnwardStatus'], string> = {
  draft: 'Being prepared by your link worker',
  sent: 'Sent to the group: waiting for their answer',
  accepted: 'The group said yes',
  declined: 'The group said no',
  attended: 'You went along',
  did_not_attend: 'Marked as not attended',
  completed: 'Finished',
  cancelled: 'Cancelled',
};

export const ONWARD_DECLINE: Record<Schemas['OnwardDeclineReason'], string> = {
  no_capacity: 'they have no places at the moment',
  not_eligible: 'it is not open to you',
  could_not_contact: 'they could not reach you',
  no_longer_interested: 'you told them you were no longer interested',
  other: 'another reason',
};

export const EPISODE_DECLINE: Record<Schemas['EpisodeDeclineReason'], string> = {
  resident_declined: 'you said you did not want it',
  not_eligible: 'the scheme is not open to you',
  could_not_contact: 'the team could not reach you',
  duplicate_referral: 'you had already been referred',
  other: 'another reason',
};

export const TIMEPOINT: Record<Schemas['OutcomeTimepoint'], string> = {
  baseline: 'at the start', follow_up: 'a follow-up', discharge: 'at the end',
};

export function longDate(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
}
