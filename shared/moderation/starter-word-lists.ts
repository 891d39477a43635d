/**
 * The word lists a new installation starts with, written for Newsdesk: a starting point for the
 * moderators, who edit them in Cài đặt (or import their own with `newsdesk comments words import`).
 * Kept short on purpose: insults and vulgar short forms common in Vietnamese comment threads as
 * "Từ cấm" (banned), and what usually needs a look as "Từ cần xem xét" (suspect): political
 * labelling, selling and scam bait, moves off the site. Disguised forms (l.ừ.a, lừaaa, l0n, dm, đ.m)
 * are caught by the matching rules (word-list.ts), so they are not listed; short forms that are
 * written without accents are listed as written ("vcl", "clgt").
 */
export const starterWordLists: { banned: string[]; suspect: string[] } = {
  banned: [
    'đồ ngu',
    'ngu như bò',
    'ngu như chó',
    'óc chó',
    'óc lợn',
    'thằng chó',
    'con chó',
    'mất dạy',
    'súc vật',
    'khốn nạn',
    'đồ khốn',
    'chó má',
    'đồ rác rưởi',
    'lừa đảo',
    'đm',
    'đmm',
    'dkm',
    'đcm',
    'vcl',
    'vkl',
    'vl',
    'clgt',
    'địt',
    'đéo',
    'lồn',
    'cặc',
    'buồi',
    'đụ má',
    'ba que',
    '3 que',
  ],
  suspect: [
    'phản động',
    'bò đỏ',
    'dư luận viên',
    'bán hàng',
    'giá rẻ',
    'kiếm tiền online',
    'việc nhẹ lương cao',
    'đầu tư sinh lời',
    'vay tiền nhanh',
    'inbox',
    'ib',
    'zalo',
    'telegram',
    'liên hệ',
    'chuyển khoản',
    'nhà cái',
    'cá độ',
  ],
};
