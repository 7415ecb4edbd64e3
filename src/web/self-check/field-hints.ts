/** One line under each field saying what to enter, from the proposal contract's own notes. */
import { type Text, text } from '../../screening/i18n.js';

export const FIELD_HINTS: Readonly<Record<string, Text>> = {
  'project.name': text('Tên dự án, tối đa 200 ký tự.', 'The project’s name, up to 200 characters.'),
  'project.form': text(
    'Dự án mới, tăng vốn dự án đang hoạt động, hoặc góp vốn, mua cổ phần.',
    'A new project, a capital increase of an existing project, or a capital contribution or share purchase.',
  ),
  'project.sectorCodes': text(
    'Gõ mã VSIC 2018 (2 đến 5 chữ số) hoặc tên ngành để tìm; ô đầu là ngành chính, thêm tối đa bốn ngành khác.',
    'Type a VSIC 2018 code (2 to 5 digits) or a sector name to search; the first box is the main activity, add up to four others.',
  ),
  'project.description': text(
    'Sản phẩm, quy trình, thị trường; tối đa 4.000 ký tự.',
    'Products, processes, markets; up to 4,000 characters.',
  ),
  submittedOn: text(
    'Để trống để dùng ngày hôm nay; ngày này chọn phiên bản bộ tiêu chí có hiệu lực.',
    'Leave blank for today; this date chooses the version of the criteria in force.',
  ),
  'investor.name': text(
    'Tên pháp lý của nhà đầu tư, tối đa 200 ký tự.',
    'The investor’s legal name, up to 200 characters.',
  ),
  'investor.country': text(
    'Mã quốc gia ISO hai chữ cái, ví dụ KR, JP, SG; VN cho nhà đầu tư trong nước.',
    'Two-letter ISO country code, e.g. KR, JP, SG; VN for a domestic investor.',
  ),
  'investor.multinational': text(
    'Tập đoàn có công ty con đang hoạt động tại từ 3 quốc gia trở lên.',
    'The investor’s group runs operating subsidiaries in 3 or more countries.',
  ),
  'investor.globalRank': text(
    'Chọn nếu tập đoàn có tên trong một bảng xếp hạng toàn cầu.',
    'Choose if the group is listed in a global ranking.',
  ),
  'capital.totalUsd': text(
    'Vốn đầu tư đăng ký (hoặc phần vốn tăng thêm, phần vốn góp), bằng đô la Mỹ.',
    'Registered investment capital (or the increase or contribution), in US dollars.',
  ),
  'capital.foreignSharePct': text(
    'Phần sở hữu của nhà đầu tư nước ngoài, từ 0 đến 100; 0 là dự án trong nước.',
    'Share held by foreign investors, 0 to 100; 0 means a domestic project.',
  ),
  'site.area': text('Địa bàn đặt dự án.', 'Where the project is located.'),
  'site.industrialPark': text(
    'Khu hoặc cụm công nghiệp; chọn “ngoài khu, cụm công nghiệp” nếu không có.',
    'The industrial park or cluster; choose “outside industrial parks and clusters” if none.',
  ),
  'site.landHa': text('Diện tích đất sử dụng, tính bằng héc-ta.', 'Land used, in hectares.'),
  'site.relocationFromSouth': text(
    'Di dời nhà máy đang hoạt động ngoài khu, cụm công nghiệp ở khu vực phía Nam vào khu, cụm công nghiệp.',
    'Relocates an existing plant from outside parks in the southern area into a park or cluster.',
  ),
  'workforce.total': text(
    'Số lao động thường xuyên dự kiến, số nguyên.',
    'Planned regular employees, a whole number.',
  ),
  'workforce.trainedPct': text(
    'Phần trăm lao động có bằng cấp hoặc chứng chỉ nghề.',
    'Percentage of staff with a degree or a vocational certificate.',
  ),
  'workforce.universityPct': text(
    'Phần trăm lao động có bằng đại học; không lớn hơn tỷ lệ lao động qua đào tạo.',
    'Percentage of staff with a university degree; at most the trained share.',
  ),
  'workforce.rdStaffPct': text(
    'Nhân lực nghiên cứu và phát triển có trình độ cao đẳng trở lên, phần trăm trên tổng số lao động.',
    'R&D staff with a college degree or higher, as a percentage of all staff.',
  ),
  'technology.highTechCertificate': text(
    'Đã có hoặc đang đề nghị cấp giấy chứng nhận công nghệ cao.',
    'Holds, or is applying for, a high-tech certificate.',
  ),
  'technology.priorityHighTech': text(
    'Công nghệ chính thuộc danh mục công nghệ cao ưu tiên, hoặc sản phẩm thuộc danh mục sản phẩm công nghệ cao khuyến khích.',
    'The main technology is on the prioritised high-tech list, or the product on the encouraged high-tech product list.',
  ),
  'technology.highTechRevenuePct': text(
    'Doanh thu từ sản phẩm công nghệ cao, phần trăm doanh thu thuần.',
    'Revenue from high-tech products, as a percentage of net revenue.',
  ),
  'technology.rdSpendPct': text(
    'Chi cho nghiên cứu và phát triển, phần trăm của (doanh thu thuần trừ giá trị đầu vào).',
    'R&D spending, as a percentage of (net revenue minus input value).',
  ),
  'technology.rdCentre': text(
    'Thành lập trung tâm nghiên cứu và phát triển, thiết kế hoặc đổi mới sáng tạo tại địa phương.',
    'Sets up a research and development, design or innovation centre locally.',
  ),
  'technology.smartFactory': text(
    'Sản xuất tự động, kết nối (công nghiệp 4.0).',
    'Automated, connected production (industry 4.0).',
  ),
  'technology.transferList': text(
    'Vị trí của công nghệ trong các danh mục công nghệ chuyển giao.',
    'Where the technology stands in the technology-transfer lists.',
  ),
  'technology.usedEquipmentMaxAgeYears': text(
    'Tuổi của máy móc đã qua sử dụng nhập khẩu lâu năm nhất, tính bằng năm; để trống nếu không dùng thiết bị cũ.',
    'Age of the oldest imported used machine, in years; leave blank if no used equipment.',
  ),
  'transfer.knowledge': text(
    'Đào tạo nhân viên và đối tác Việt Nam.',
    'Training of Vietnamese staff and partners.',
  ),
  'transfer.technology': text(
    'Chuyển giao hoặc cấp phép công nghệ cho bên Việt Nam.',
    'Licensing or transfer of technology to Vietnamese parties.',
  ),
  'transfer.management': text(
    'Người Việt Nam giữ vị trí quản lý; chuyển giao kinh nghiệm quản trị.',
    'Vietnamese staff in management positions; management know-how shared.',
  ),
  'transfer.localSupplierCount': text(
    'Số nhà cung cấp Việt Nam có hợp đồng; không bắt buộc.',
    'Vietnamese suppliers under contract; optional.',
  ),
  'trade.localisationPct': text(
    'Giá trị nội địa trong sản phẩm đầu ra, phần trăm.',
    'Domestic value content of output, as a percentage.',
  ),
  'trade.exportPct': text('Phần trăm sản phẩm xuất khẩu.', 'Percentage of output exported.'),
  'trade.ftaOriginCompliant': text(
    'Sản phẩm đáp ứng quy tắc xuất xứ của một hiệp định thương mại tự do mà Việt Nam là thành viên.',
    'Output meets the rules of origin of a free-trade agreement Vietnam is party to.',
  ),
  'environment.riskGroup': text(
    'Nhóm dự án theo mức độ tác động môi trường: nhóm I có nguy cơ cao nhất, nhóm IV thấp nhất.',
    'Project group by environmental impact: group I is the highest risk, group IV the lowest.',
  ),
  'environment.pollutingProduction': text(
    'Loại hình sản xuất thuộc danh mục có nguy cơ gây ô nhiễm môi trường.',
    'A production type on the list of types at risk of causing pollution.',
  ),
  'environment.importsScrap': text(
    'Nhập khẩu phế liệu làm nguyên liệu sản xuất.',
    'Imports scrap as a production input.',
  ),
  'environment.renewableEnergyPct': text(
    'Phần trăm năng lượng sử dụng từ nguồn tái tạo.',
    'Percentage of energy from renewable sources.',
  ),
  'environment.circularEconomy': text(
    'Có biện pháp tái chế, tái sử dụng trong sản xuất.',
    'Recycling or reuse measures in production.',
  ),
  'environment.singleUsePlasticFree': text(
    'Không dùng nhựa dùng một lần trong hoạt động và bao bì.',
    'No single-use plastic in operations and packaging.',
  ),
};
