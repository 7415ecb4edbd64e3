/**
 * The life of an application: submitted → under_review → (info_requested → resubmitted →)
 * approved | rejected | withdrawn. Each action says from which statuses it may happen; anything
 * else is a conflict that names what is allowed.
 */
import { applications } from '../db/schema.js';
import { ServiceError } from '../service-errors.js';

/** The statuses, as the database column declares them. */
export const STATUSES = applications.status.enumValues;
export type Status = (typeof STATUSES)[number];

export type Action =
  | 'verify'
  | 'rescreen'
  | 'approve'
  | 'reject'
  | 'request_info'
  | 'resubmit'
  | 'withdraw'
  | 'reverse';

const FROM: Record<Action, readonly Status[]> = {
  verify: ['submitted', 'under_review', 'info_requested', 'resubmitted'],
  rescreen: ['submitted', 'under_review', 'info_requested', 'resubmitted'],
  approve: ['submitted', 'under_review', 'resubmitted'],
  reject: ['submitted', 'under_review', 'resubmitted'],
  request_info: ['submitted', 'under_review', 'resubmitted'],
  resubmit: ['info_requested'],
  withdraw: ['submitted', 'under_review', 'info_requested', 'resubmitted'],
  reverse: ['approved', 'rejected'],
};

/** The status an action leads to from `current` (officer work moves a fresh file under review). */
export function nextStatus(action: Action, current: Status): Status {
  switch (action) {
    case 'verify':
    case 'rescreen':
      return current === 'submitted' || current === 'resubmitted' ? 'under_review' : current;
    case 'approve':
      return 'approved';
    case 'reject':
      return 'rejected';
    case 'request_info':
      return 'info_requested';
    case 'resubmit':
      return 'resubmitted';
    case 'withdraw':
      return 'withdrawn';
    case 'reverse':
      return 'under_review';
  }
}

export function allowedActions(status: Status): Action[] {
  return (Object.keys(FROM) as Action[]).filter((a) => FROM[a].includes(status));
}

export function assertAllowed(action: Action, status: Status): void {
  if (FROM[action].includes(status)) return;
  const allowed = allowedActions(status);
  const list = allowed.length > 0 ? allowed.join(', ') : '—';
  throw new ServiceError(
    'conflict',
    {
      vi: `Không thể thực hiện "${action}" khi hồ sơ đang ở trạng thái "${status}". Các thao tác được phép: ${list}.`,
      en: `"${action}" is not possible while the application is "${status}". Allowed now: ${list}.`,
    },
    { allowed, status },
  );
}
