import type { DocNode } from '../shared/model/document';

/** Sentences of real Vietnamese news prose (the search bench mixes them into its generated articles). */
export const vietnameseSentences: readonly string[] = [
  'Sáng ngày 29 tháng 3, Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh tổ chức hội nghị sơ kết công tác quý I và triển khai nhiệm vụ trọng tâm quý II năm 2024.',
  'Phát biểu tại hội nghị, đồng chí Phó Bí thư Thường trực Thành ủy nhấn mạnh yêu cầu nâng cao chất lượng sinh hoạt chi bộ ở cơ sở.',
  'Theo báo cáo, trong quý I, các quận, huyện đã hoàn thành việc rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2025 – 2030.',
  'Công tác chăm lo Tết cho người có công, hộ nghèo và công nhân lao động được triển khai kịp thời, đúng đối tượng.',
  'Nhiều mô hình hay trong công tác dân vận khéo tiếp tục được nhân rộng, góp phần củng cố khối đại đoàn kết toàn dân tộc.',
  'Tuy nhiên, tiến độ giải ngân vốn đầu tư công ở một số đơn vị vẫn còn chậm so với kế hoạch đề ra.',
  'Hội nghị cũng thống nhất đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan Đảng, chính quyền và đoàn thể.',
  'Đại diện Ủy ban Mặt trận Tổ quốc Việt Nam thành phố cho biết đã tiếp nhận hơn 120 tỷ đồng ủng hộ Quỹ Vì người nghèo.',
  'Các đại biểu đề nghị tăng cường kiểm tra, giám sát việc thực hiện các chỉ thị, nghị quyết tại cơ sở.',
  'Ông Nguyễn Văn Thành, Bí thư Quận ủy Quận 3, chia sẻ kinh nghiệm xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh.',
  'Trong năm nay, quận phấn đấu kết nạp ít nhất 300 đảng viên mới, trong đó chú trọng đoàn viên thanh niên ưu tú.',
  'Bà Trần Thị Hòa, Chủ tịch Hội Liên hiệp Phụ nữ phường, cho biết hội đã hỗ trợ vốn cho 45 hộ phụ nữ khởi nghiệp.',
  'Người dân phấn khởi khi tuyến đường mới được nâng cấp, giảm hẳn tình trạng ngập úng mỗi mùa mưa.',
  'Lực lượng thanh niên tình nguyện đã phối hợp với khu phố tổ chức ngày Chủ nhật xanh, thu gom hàng chục tấn rác thải.',
  'Kết luận hội nghị, đồng chí Bí thư Thành ủy yêu cầu các cấp ủy quyết liệt hơn nữa trong chỉ đạo, điều hành.',
  'Mỗi cán bộ, đảng viên phải thực sự nêu gương, gần dân, trọng dân, lắng nghe và giải quyết kịp thời những kiến nghị chính đáng.',
  'Thành phố tiếp tục rà soát thủ tục hành chính, cắt giảm thời gian xử lý hồ sơ cho người dân và doanh nghiệp.',
  'Đến nay, tỷ lệ hồ sơ trực tuyến toàn trình đạt gần 70%, tăng đáng kể so với cùng kỳ năm trước.',
  'Khu vực kinh tế tư nhân được xác định là một động lực quan trọng của tăng trưởng trong giai đoạn tới.',
  'Công tác phòng, chống tham nhũng, tiêu cực được thực hiện nghiêm túc, không có vùng cấm, không có ngoại lệ.',
  'Ngành y tế khuyến cáo người dân chủ động phòng bệnh sốt xuất huyết khi mùa mưa đến gần.',
  'Học sinh khối 12 đang bước vào giai đoạn ôn tập nước rút cho kỳ thi tốt nghiệp trung học phổ thông.',
  'Dự án cải tạo kênh Nhiêu Lộc – Thị Nghè giai đoạn mới dự kiến khởi công vào cuối năm nay.',
  'Nhân dịp này, 15 tập thể và 32 cá nhân được khen thưởng vì có thành tích xuất sắc trong phong trào thi đua.',
];

const headings = [
  'Nâng cao chất lượng sinh hoạt chi bộ',
  'Đẩy mạnh chuyển đổi số',
  'Chăm lo đời sống nhân dân',
  'Cải cách thủ tục hành chính',
  'Phong trào thi đua yêu nước',
];

/** A small deterministic pseudo-random generator (mulberry32), so every run builds the same article. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const wordsIn = (text: string) => text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;

/**
 * A realistic Vietnamese news article body of about `targetWords` words: paragraphs of 3–7
 * sentences, an H2 heading every dozen paragraphs, some bold, italic and link text.
 */
export function vietnameseArticleBody(targetWords: number, seed = 2024): DocNode {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const content: DocNode[] = [];
  let words = 0;
  let paragraphIndex = 0;
  while (words < targetWords) {
    if (paragraphIndex > 0 && paragraphIndex % 12 === 0) {
      const heading = pick(headings);
      content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: heading }] });
      words += wordsIn(heading);
    }
    const sentenceCount = 3 + Math.floor(random() * 5);
    const parts: string[] = [];
    for (let index = 0; index < sentenceCount && words < targetWords; index += 1) {
      const sentence = pick(vietnameseSentences);
      parts.push(sentence);
      words += wordsIn(sentence);
    }
    const runs: DocNode[] = [{ type: 'text', text: parts.join(' ') }];
    if (paragraphIndex % 7 === 3) runs.unshift({ type: 'text', text: 'Ghi nhận của phóng viên: ', marks: [{ type: 'bold' }] });
    if (paragraphIndex % 11 === 5) {
      runs.push({ type: 'text', text: ' Xem thêm', marks: [{ type: 'link', attrs: { href: 'https://thanhuytphcm.vn/tin-tuc', target: null, rel: 'noopener noreferrer nofollow', class: null } }, { type: 'italic' }] });
    }
    content.push({ type: 'paragraph', content: runs });
    paragraphIndex += 1;
  }
  return { type: 'doc', content };
}
