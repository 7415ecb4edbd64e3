/** The officer pages' own words, in Vietnamese and English (criteria and names come from the pack). */
import type { Lang, Text } from '../../screening/i18n.js';
import { fillText } from '../fill-text.js';

export const O = {
  desk: { vi: 'Trang cán bộ', en: 'Officer desk' },
  needsDatabase: {
    vi: 'Trang cán bộ cần cơ sở dữ liệu, nhưng dịch vụ đang chạy không có cơ sở dữ liệu.',
    en: 'The officer desk needs a database, and this service is running without one.',
  },
  signIn: { vi: 'Đăng nhập', en: 'Sign in' },
  signInIntro: {
    vi: 'Nhập mã truy cập của cán bộ hoặc quản trị viên. Mã do quản trị viên cấp (npm run cli -- token create) và chỉ hiển thị một lần.',
    en: 'Enter an officer’s or administrator’s access token. Administrators create tokens (npm run cli -- token create); a token is shown once.',
  },
  token: { vi: 'Mã truy cập', en: 'Access token' },
  tokenHint: {
    vi: 'Bắt đầu bằng fdi_. Mã được giữ trong cookie của trình duyệt này cho đến khi đăng xuất.',
    en: 'Starts with fdi_. It is kept in this browser’s cookie until you sign out.',
  },
  badToken: {
    vi: 'Mã truy cập không đúng, không tồn tại hoặc đã bị thu hồi.',
    en: 'The access token is wrong, unknown or revoked.',
  },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },
  signedInAs: { vi: 'Đang đăng nhập: {name} ({role})', en: 'Signed in as {name} ({role})' },
  badForm: { vi: 'Biểu mẫu không hợp lệ', en: 'The form was refused' },
  badFormText: {
    vi: 'Biểu mẫu thiếu mã chống giả mạo hoặc mã không khớp với phiên đăng nhập (có thể trang đã cũ). Không có gì được lưu. Hãy tải lại trang và thử lại.',
    en: 'The form lacks its anti-forgery code, or the code does not match your session (the page may be stale). Nothing was saved. Reload the page and try again.',
  },
  backToQueue: { vi: 'Về danh sách hồ sơ', en: 'Back to the queue' },
  queue: { vi: 'Danh sách hồ sơ', en: 'Applications' },
  filters: { vi: 'Lọc hồ sơ', en: 'Filter' },
  any: { vi: 'Tất cả', en: 'Any' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  status: { vi: 'Trạng thái', en: 'Status' },
  band: { vi: 'Xếp loại', en: 'Band' },
  eligible: { vi: 'Đủ điều kiện', en: 'Eligible' },
  reviewRequired: { vi: 'Cần cán bộ xem xét', en: 'Review required' },
  country: { vi: 'Quốc gia (mã ISO, ví dụ KR)', en: 'Country (ISO code, e.g. KR)' },
  sector: { vi: 'Mã ngành VSIC hoặc phần đầu mã', en: 'VSIC code or its first digits' },
  area: { vi: 'Địa bàn', en: 'Area' },
  from: { vi: 'Nộp từ ngày', en: 'Submitted from' },
  to: { vi: 'Nộp đến ngày', en: 'Submitted to' },
  q: { vi: 'Tìm theo tên dự án hoặc nhà đầu tư', en: 'Search project or investor names' },
  apply: { vi: 'Lọc', en: 'Apply' },
  clear: { vi: 'Bỏ lọc', en: 'Clear' },
  none: { vi: 'Không có hồ sơ nào khớp.', en: 'No application matches.' },
  next: { vi: 'Trang sau', en: 'Next page' },
  first: { vi: 'Trang đầu', en: 'First page' },
  project: { vi: 'Dự án', en: 'Project' },
  investor: { vi: 'Nhà đầu tư', en: 'Investor' },
  countryCol: { vi: 'Quốc gia', en: 'Country' },
  capital: { vi: 'Vốn đầu tư', en: 'Capital' },
  submittedOn: { vi: 'Ngày nộp', en: 'Submitted' },
  score: { vi: 'Điểm', en: 'Score' },
  badFilter: { vi: 'Bộ lọc không hợp lệ', en: 'A filter is not valid' },
  badValue: { vi: '{field}: giá trị không hợp lệ.', en: '{field}: the value is not valid.' },
  caseTitle: { vi: 'Hồ sơ', en: 'Application' },
  onThisPage: { vi: 'Trên trang này', en: 'On this page' },
  pack: { vi: 'Bộ tiêu chí', en: 'Rule pack' },
  screening: { vi: 'Kết quả sàng lọc gần nhất', en: 'Latest screening' },
  screenedOn: {
    vi: 'Đánh giá theo bộ tiêu chí {pack} {version} (ngày {asOf})',
    en: 'Screened under {pack} {version} (as of {asOf})',
  },
  eligibleYes: { vi: 'Đủ điều kiện', en: 'Eligible' },
  eligibleNo: { vi: 'Không đủ điều kiện', en: 'Not eligible' },
  reviewYes: { vi: 'Cần cán bộ xem xét', en: 'An officer must review it' },
  points: { vi: 'Điểm', en: 'Points' },
  criterion: { vi: 'Tiêu chí', en: 'Criterion' },
  kind: { vi: 'Loại', en: 'Kind' },
  outcome: { vi: 'Kết quả', en: 'Outcome' },
  reason: { vi: 'Lý do', en: 'Reason' },
  basis: { vi: 'Căn cứ', en: 'Basis' },
  declaredMark: { vi: 'theo khai báo', en: 'declared' },
  facts: { vi: 'Thông tin khai báo cần xác minh', en: 'Declared facts to verify' },
  factsIntro: {
    vi: 'Các thông tin do nhà đầu tư tự khai mà tiêu chí sử dụng. Xác minh từng thông tin theo hồ sơ, chứng từ; nếu khác, nhập giá trị đúng. Đánh giá lại để áp dụng giá trị đã xác minh.',
    en: 'The investor’s own declarations that criteria rely on. Verify each against the evidence; if it differs, enter the correct value. Rescreen to apply the verified values.',
  },
  field: { vi: 'Thông tin', en: 'Fact' },
  declared: { vi: 'Giá trị khai báo', en: 'Declared value' },
  readBy: { vi: 'Dùng bởi tiêu chí', en: 'Read by' },
  verification: { vi: 'Xác minh', en: 'Verification' },
  awaiting: { vi: 'Chưa xác minh', en: 'Not verified yet' },
  verifiedBy: { vi: 'Đã xác minh: {value} — {who}, {at}', en: 'Verified: {value} — {who}, {at}' },
  correctedBy: { vi: 'Đã sửa: {value} — {who}, {at}', en: 'Corrected: {value} — {who}, {at}' },
  correctedValue: {
    vi: 'Giá trị đúng (để trống nếu khớp khai báo)',
    en: 'Correct value (leave empty if the declaration is right)',
  },
  keepDeclared: { vi: '— giữ giá trị khai báo —', en: '— keep the declared value —' },
  note: { vi: 'Ghi chú (bắt buộc)', en: 'Note (required)' },
  verify: { vi: 'Ghi nhận xác minh', en: 'Record the verification' },
  noFacts: {
    vi: 'Không có thông tin khai báo nào cần xác minh.',
    en: 'No declared fact to verify.',
  },
  actions: { vi: 'Xử lý hồ sơ', en: 'Act on the application' },
  rescreen: { vi: 'Đánh giá lại', en: 'Rescreen' },
  rescreenIntro: {
    vi: 'Chạy lại sàng lọc với các giá trị đã xác minh, theo bộ tiêu chí có hiệu lực vào ngày nộp hồ sơ (hoặc phiên bản được chọn).',
    en: 'Run the screening again with the verified values, under the pack in force on the submission date (or the version chosen).',
  },
  packVersion: { vi: 'Phiên bản bộ tiêu chí', en: 'Pack version' },
  bySubmissionDate: { vi: 'Theo ngày nộp hồ sơ', en: 'As of the submission date' },
  decide: { vi: 'Quyết định', en: 'Decide' },
  decision: { vi: 'Chọn quyết định', en: 'Your decision' },
  approve: { vi: 'Chấp thuận', en: 'Approve' },
  reject: { vi: 'Từ chối', en: 'Reject' },
  request_info: { vi: 'Yêu cầu bổ sung thông tin', en: 'Request information' },
  record: { vi: 'Ghi nhận quyết định', en: 'Record the decision' },
  confirmDecision: {
    vi: 'Ghi nhận quyết định "{decision}"? Cán bộ không thể tự hủy quyết định này.',
    en: 'Record the decision "{decision}"? An officer cannot undo it.',
  },
  noActions: {
    vi: 'Ở trạng thái hiện tại, hồ sơ không còn thao tác nào cho cán bộ.',
    en: 'In its current status, the application allows no officer action.',
  },
  proposal: { vi: 'Hồ sơ đề xuất', en: 'The proposal' },
  history: { vi: 'Lịch sử xử lý', en: 'History' },
  when: { vi: 'Thời điểm', en: 'When' },
  who: { vi: 'Người thực hiện', en: 'Who' },
  what: { vi: 'Nội dung', en: 'What' },
  details: { vi: 'Chi tiết', en: 'Details' },
  timeZoneNote: { vi: 'Giờ theo múi giờ {zone}.', en: 'Times in the {zone} time zone.' },
  notFound: { vi: 'Không tìm thấy hồ sơ', en: 'Application not found' },
  errorTitle: { vi: 'Không thực hiện được', en: 'That could not be done' },
  noteMissing: { vi: 'Hãy ghi chú lý do.', en: 'Write a note.' },
  decisionMissing: { vi: 'Hãy chọn một quyết định.', en: 'Choose a decision.' },
  notAllowedHere: {
    vi: 'Thao tác này không được phép với hồ sơ ở trạng thái hiện tại.',
    en: 'This action is not allowed in the application’s current status.',
  },
} satisfies Record<string, Text>;

export function o(key: keyof typeof O, lang: Lang, fill: Record<string, string> = {}): string {
  return fillText(O[key][lang], fill);
}

export const STATUS_WORDS: Record<string, Text> = {
  submitted: { vi: 'Đã nộp', en: 'Submitted' },
  under_review: { vi: 'Đang xem xét', en: 'Under review' },
  info_requested: { vi: 'Chờ bổ sung thông tin', en: 'Information requested' },
  resubmitted: { vi: 'Đã nộp bổ sung', en: 'Resubmitted' },
  approved: { vi: 'Đã chấp thuận', en: 'Approved' },
  rejected: { vi: 'Đã từ chối', en: 'Rejected' },
  withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
};

export const ROLE_WORDS: Record<string, Text> = {
  public: { vi: 'công chúng', en: 'public' },
  investor: { vi: 'nhà đầu tư', en: 'investor' },
  officer: { vi: 'cán bộ', en: 'officer' },
  admin: { vi: 'quản trị viên', en: 'administrator' },
  system: { vi: 'hệ thống', en: 'system' },
};

export const ACTION_WORDS: Record<string, Text> = {
  'application.submitted': { vi: 'Nộp hồ sơ', en: 'Submitted' },
  'application.resubmitted': { vi: 'Nộp bổ sung', en: 'Resubmitted' },
  'application.withdrawn': { vi: 'Rút hồ sơ', en: 'Withdrawn' },
  'application.rescreened': { vi: 'Đánh giá lại', en: 'Rescreened' },
  'fact.verified': { vi: 'Xác minh thông tin', en: 'Fact verified' },
  'fact.corrected': { vi: 'Sửa thông tin', en: 'Fact corrected' },
  'status.changed': { vi: 'Đổi trạng thái', en: 'Status changed' },
  'decision.approve': { vi: 'Chấp thuận', en: 'Approved' },
  'decision.reject': { vi: 'Từ chối', en: 'Rejected' },
  'decision.request_info': { vi: 'Yêu cầu bổ sung thông tin', en: 'Information requested' },
  'decision.reversed': { vi: 'Hủy quyết định', en: 'Decision reversed' },
  'screening.replayed': { vi: 'Chạy lại kết quả đã lưu', en: 'Screening replayed' },
};

export const GROUP_WORDS: Record<string, Text> = {
  project: { vi: 'Dự án', en: 'Project' },
  investor: { vi: 'Nhà đầu tư', en: 'Investor' },
  capital: { vi: 'Vốn', en: 'Capital' },
  site: { vi: 'Địa điểm', en: 'Site' },
  workforce: { vi: 'Lao động', en: 'Workforce' },
  technology: { vi: 'Công nghệ', en: 'Technology' },
  transfer: { vi: 'Chuyển giao và liên kết', en: 'Transfer and linkages' },
  trade: { vi: 'Nội địa hóa và xuất khẩu', en: 'Localisation and exports' },
  environment: { vi: 'Môi trường', en: 'Environment' },
};

/** What happened, for the flash message after a POST–redirect–GET. */
export const FLASH_WORDS: Record<string, Text> = {
  signed_in: { vi: 'Đã đăng nhập.', en: 'Signed in.' },
  signed_out: { vi: 'Đã đăng xuất.', en: 'Signed out.' },
  verified: { vi: 'Đã ghi nhận xác minh: {field}.', en: 'Verification recorded: {field}.' },
  corrected: {
    vi: 'Đã ghi nhận giá trị đã sửa: {field}. Đánh giá lại để áp dụng.',
    en: 'Corrected value recorded: {field}. Rescreen to apply it.',
  },
  rescreened: {
    vi: 'Đã đánh giá lại: {score} điểm, {band}.',
    en: 'Rescreened: score {score}, {band}.',
  },
  approve: { vi: 'Đã chấp thuận hồ sơ.', en: 'The application is approved.' },
  reject: { vi: 'Đã từ chối hồ sơ.', en: 'The application is rejected.' },
  request_info: {
    vi: 'Đã yêu cầu nhà đầu tư bổ sung thông tin.',
    en: 'Information is requested from the investor.',
  },
};
