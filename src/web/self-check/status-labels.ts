/** An application's status as its holder reads it. */
import type { Status } from '../../applications/status.js';
import { type Text, text } from '../../screening/i18n.js';

export const STATUS_LABELS: Readonly<Record<Status, Text>> = {
  submitted: text('Đã nộp, chờ xử lý', 'Submitted, awaiting review'),
  under_review: text('Đang được xem xét', 'Under review'),
  info_requested: text('Cần bổ sung thông tin', 'Information requested'),
  resubmitted: text('Đã bổ sung thông tin', 'Information resubmitted'),
  approved: text('Đã chấp thuận', 'Approved'),
  rejected: text('Không chấp thuận', 'Rejected'),
  withdrawn: text('Đã rút hồ sơ', 'Withdrawn'),
};
