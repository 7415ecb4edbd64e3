/** The tracker page's own words, in Vietnamese and English (figures and names come from the data). */
import type { Lang, Text } from '../../screening/i18n.js';
import { fillText } from '../fill-text.js';

export const P = {
  title: { vi: 'Tiến độ thu hút vốn đầu tư nước ngoài', en: 'Foreign investment attracted' },
  needsDatabase: {
    vi: 'Trang theo dõi tiến độ cần cơ sở dữ liệu, nhưng dịch vụ đang chạy không có cơ sở dữ liệu. Hãy khởi động dịch vụ với cơ sở dữ liệu (mặc định là PGlite nhúng, hoặc DATABASE_URL).',
    en: 'The tracker needs a database, and this service is running without one. Start the service with a database (embedded PGlite by default, or DATABASE_URL).',
  },
  measureRegistered: {
    vi: 'Số liệu là vốn đầu tư nước ngoài đăng ký (cấp mới, điều chỉnh tăng vốn, góp vốn mua cổ phần), bằng đô la Mỹ.',
    en: 'Figures are registered foreign investment capital (new projects, capital increases, capital contributions and share purchases), in US dollars.',
  },
  measureDisbursed: {
    vi: 'Số liệu là vốn đầu tư nước ngoài giải ngân, bằng đô la Mỹ.',
    en: 'Figures are disbursed foreign investment capital, in US dollars.',
  },
  asOf: { vi: 'Tính đến ngày', en: 'As of' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  basis: { vi: 'Căn cứ', en: 'Basis' },
  headline: { vi: 'Các chỉ số chính', en: 'Headline figures' },
  cumulative: { vi: 'Lũy kế đã thu hút', en: 'Attracted so far' },
  shareOfTarget: { vi: 'Tỷ lệ so với mục tiêu', en: 'Share of the target' },
  status: { vi: 'Đánh giá', en: 'Assessment' },
  linearPath: { vi: 'Theo đường tuyến tính đến hôm nay', en: 'The straight path to date' },
  gap: { vi: 'Chênh lệch so với đường tuyến tính', en: 'Gap to the straight path' },
  requiredPace: { vi: 'Tốc độ cần đạt mỗi năm còn lại', en: 'Pace required per remaining year' },
  yearsLeft: { vi: 'Thời gian còn lại', en: 'Time left' },
  observedPace: { vi: 'Tốc độ bình quân đã đạt', en: 'Average pace so far' },
  forecastTrend: { vi: 'Dự báo theo xu hướng', en: 'Forecast on the trend' },
  forecastPipeline: {
    vi: 'Dự báo có tính hồ sơ đang chờ',
    en: 'Forecast with the pipeline',
  },
  perYear: { vi: '/năm', en: ' a year' },
  years: { vi: 'năm', en: 'years' },
  periodEnded: { vi: 'Giai đoạn đã kết thúc.', en: 'The period has ended.' },
  pipeline: { vi: 'Hồ sơ đang chờ quyết định', en: 'Applications awaiting a decision' },
  pipelineIntro: {
    vi: 'Dự báo có tính hồ sơ đang chờ cộng thêm vốn của các hồ sơ chưa có quyết định, nhân với tỷ lệ chấp thuận của xếp loại của chúng.',
    en: 'The forecast with the pipeline adds the capital of applications not yet decided, weighted by the approval rate of their band.',
  },
  pipelineSummary: {
    vi: '{n} hồ sơ, vốn {capital}; sau khi nhân tỷ lệ chấp thuận: {weighted}.',
    en: '{n} applications, capital {capital}; weighted by approval rates: {weighted}.',
  },
  band: { vi: 'Xếp loại', en: 'Band' },
  approvalRate: { vi: 'Tỷ lệ chấp thuận', en: 'Approval rate' },
  rateBasis: { vi: 'Tính trên', en: 'Based on' },
  approved: { vi: 'Đã chấp thuận', en: 'Approved' },
  rejected: { vi: 'Đã từ chối', en: 'Rejected' },
  noPipeline: {
    vi: 'Chưa có hồ sơ nào trong hệ thống.',
    en: 'No applications in the service yet.',
  },
  cumulativeChart: {
    vi: 'Vốn đăng ký lũy kế so với mục tiêu',
    en: 'Cumulative registered capital against the target',
  },
  cumulativeDesc: {
    vi: 'Vốn đăng ký lũy kế từ {from} đến {asOf}: {cumulative}, bằng {share} mục tiêu {target} đến {to}. Đường tuyến tính đến hôm nay: {path}. Dự báo đến {to}: {trend} theo xu hướng, {pipeline} có tính hồ sơ đang chờ.',
    en: 'Cumulative registered capital from {from} to {asOf}: {cumulative}, {share} of the {target} target for {to}. The straight path to date: {path}. Forecast for {to}: {trend} on the trend, {pipeline} with the pipeline.',
  },
  seriesActual: { vi: 'Lũy kế thực tế', en: 'Cumulative, actual' },
  seriesTarget: { vi: 'Mức mục tiêu', en: 'Target level' },
  seriesPath: { vi: 'Đường tuyến tính đến mục tiêu', en: 'Straight path to the target' },
  seriesTrend: { vi: 'Dự báo theo xu hướng', en: 'Forecast on the trend' },
  seriesPipeline: { vi: 'Dự báo có tính hồ sơ đang chờ', en: 'Forecast with the pipeline' },
  year: { vi: 'Năm', en: 'Year' },
  inYear: { vi: 'Trong năm', en: 'In the year' },
  cumulativeCol: { vi: 'Lũy kế', en: 'Cumulative' },
  pathCol: { vi: 'Đường tuyến tính', en: 'Straight path' },
  forecastRow: { vi: 'Dự báo đến {to}', en: 'Forecast for {to}' },
  yearlyChart: {
    vi: 'Vốn đăng ký theo năm và nguồn số liệu',
    en: 'Registered capital by year and source',
  },
  yearlyDesc: {
    vi: 'Vốn đăng ký từng năm. Cột tô đặc: số liệu thống kê chính thức cả năm; cột gạch chéo: hồ sơ được chấp thuận trong hệ thống; cột chấm: số liệu một phần năm, ghi ngày chốt trên cột. {list}',
    en: 'Registered capital of each year. Solid bars: an official full-year statistic; hatched bars: applications approved in this service; dotted bars: a partial-year figure, with its cut-off written on the bar. {list}',
  },
  sourceOfficial: { vi: 'Thống kê chính thức cả năm', en: 'Official full-year statistic' },
  sourcePartial: { vi: 'Số liệu một phần năm', en: 'Partial-year figure' },
  sourceApplications: { vi: 'Hồ sơ được chấp thuận', en: 'Approved applications' },
  sourceNone: { vi: 'Chưa có số liệu', en: 'No figure yet' },
  cutOff: { vi: 'đến {date}', en: 'to {date}' },
  source: { vi: 'Nguồn', en: 'Source' },
  period: { vi: 'Kỳ số liệu', en: 'Period covered' },
  applicationsCol: { vi: 'Hồ sơ chấp thuận trong năm', en: 'Applications approved in the year' },
  disbursed: { vi: 'Vốn giải ngân', en: 'Disbursed' },
  unknown: { vi: 'chưa có', en: 'not known' },
  sources: { vi: 'Nguồn số liệu từng năm', en: 'The source of each year' },
  document: { vi: 'Văn bản, nguồn công bố', en: 'Document or publication' },
  date: { vi: 'Ngày', en: 'Date' },
  statusCol: { vi: 'Tình trạng', en: 'Status' },
  final: { vi: 'chính thức', en: 'final' },
  preliminary: { vi: 'sơ bộ', en: 'preliminary' },
  fromApplications: {
    vi: 'Các hồ sơ được chấp thuận trong hệ thống này (chưa có thống kê cho năm này).',
    en: 'Applications approved in this service (no statistic covers this year yet).',
  },
  noFigure: {
    vi: 'Chưa có thống kê và chưa có hồ sơ được chấp thuận.',
    en: 'No statistic and no approved application yet.',
  },
  byFlow: { vi: 'Theo hình thức đầu tư', en: 'By flow of capital' },
  byCountry: { vi: 'Theo quốc gia, vùng lãnh thổ', en: 'By country or territory' },
  bySector: { vi: 'Theo ngành (VSIC cấp 2)', en: 'By sector (VSIC division)' },
  byArea: { vi: 'Theo địa bàn', en: 'By area' },
  breakdownDesc: {
    vi: '{title}, tổng {total}. {list}',
    en: '{title}, total {total}. {list}',
  },
  item: { vi: 'Mục', en: 'Item' },
  amount: { vi: 'Vốn đăng ký', en: 'Registered capital' },
  share: { vi: 'Tỷ trọng', en: 'Share' },
  projects: { vi: 'Số dự án', en: 'Projects' },
  total: { vi: 'Tổng', en: 'Total' },
  noBreakdown: { vi: 'Chưa có số liệu.', en: 'No figures yet.' },
  moreInTable: {
    vi: 'Biểu đồ hiển thị {n} mục lớn nhất; bảng dưới đây liệt kê tất cả.',
    en: 'The chart shows the {n} largest; the table lists them all.',
  },
  figures: { vi: 'Số liệu của biểu đồ', en: 'The figures of the chart' },
} satisfies Record<string, Text>;

export const STATUS_WORDS: Record<'ahead' | 'on_track' | 'behind', Text> = {
  ahead: { vi: 'Vượt tiến độ', en: 'Ahead' },
  on_track: { vi: 'Đúng tiến độ', en: 'On track' },
  behind: { vi: 'Chậm tiến độ', en: 'Behind' },
};

export const STATUS_EXPLAINED: Record<'ahead' | 'on_track' | 'behind', Text> = {
  ahead: {
    vi: 'Với tốc độ đã đạt, mục tiêu sẽ hoàn thành, và số lũy kế đã cao hơn đường tuyến tính.',
    en: 'At the pace seen so far the target is reached, and the cumulative figure is already above the straight path.',
  },
  on_track: {
    vi: 'Với tốc độ đã đạt, mục tiêu sẽ hoàn thành, dù số lũy kế còn thấp hơn đường tuyến tính.',
    en: 'At the pace seen so far the target is reached, though the cumulative figure is still below the straight path.',
  },
  behind: {
    vi: 'Với tốc độ đã đạt, mục tiêu sẽ không hoàn thành đúng hạn.',
    en: 'At the pace seen so far the target is not reached in time.',
  },
};

export const FLOW_WORDS: Record<string, Text> = {
  new: { vi: 'Dự án cấp mới', en: 'New projects' },
  capital_increase: { vi: 'Điều chỉnh tăng vốn', en: 'Capital increases' },
  capital_contribution: {
    vi: 'Góp vốn, mua cổ phần',
    en: 'Capital contributions and share purchases',
  },
  capital_reduction: { vi: 'Giảm vốn', en: 'Capital reductions' },
  unspecified: { vi: 'Không phân loại trong nguồn', en: 'Not broken down by the source' },
};

export const RATE_BASIS: Record<'band' | 'overall' | 'none', Text> = {
  band: { vi: 'các quyết định của xếp loại này', en: 'the decisions in this band' },
  overall: {
    vi: 'tất cả quyết định (xếp loại này chưa có quyết định)',
    en: 'all decisions (none yet in this band)',
  },
  none: { vi: 'chưa có quyết định nào', en: 'no decision yet' },
};

export function p(key: keyof typeof P, lang: Lang, fill: Record<string, string> = {}): string {
  return fillText(P[key][lang], fill);
}
