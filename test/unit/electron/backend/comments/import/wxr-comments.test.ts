import { describe, expect, it } from 'vitest';
import { fixtureBytes, readComments, readError } from './read-comments';

describe('WordPress WXR comments', () => {
  it('reads each wp:comment with its item as the article, statuses, parents and GMT times', async () => {
    for (const chunkSize of [1 << 20, 7]) {
      const { format, comments, warnings } = await readComments('wordpress.wxr.xml', fixtureBytes('wordpress.wxr.xml'), chunkSize);
      expect(format).toBe('wxr');
      expect(comments.map((comment) => [comment.externalId, comment.status, comment.parentExternalId])).toEqual([
        ['11', 'approved', null],
        ['12', 'pending', '11'],
        ['13', 'spam', null],
        ['14', 'rejected', null],
      ]);
      expect(comments[0]).toEqual({
        source: 'wordpress',
        externalId: '11',
        article: { externalId: '101', url: 'https://baothu.example.vn/thoi-su/khanh-thanh-cau-rong-moi-4712345.html', title: 'Khánh thành cầu Rồng mới' },
        author: 'Nguyễn Văn An',
        email: 'an@example.vn',
        body: 'Cầu đẹp quá! <b>Tự hào</b> Đà Nẵng.',
        createdAt: '2024-03-01T10:15:00.000Z',
        parentExternalId: null,
        status: 'approved',
        reports: 0,
        where: 'comment 1 (line 19)',
      });
      expect(comments[1]).toMatchObject({ email: null, body: 'Đồng ý với bạn,\nnhưng giá vé gửi xe thì sao?' });
      expect(comments[2]!.article).toEqual({ externalId: '102', url: 'https://baothu.example.vn/kinh-te/gia-xang-giam-gia-dien-tang.html', title: 'Giá xăng giảm & giá điện tăng' });
      expect(warnings).toEqual([{ code: 'html-in-body', record: 'comment 1 (line 19) (id 11)', detail: 'kept as text' }]);
    }
  });

  it('refuses a truncated file, naming the file and line', async () => {
    const error = await readError('wordpress-truncated.wxr.xml', fixtureBytes('wordpress-truncated.wxr.xml'));
    expect(error.reason).toBe('comment-file-invalid');
    expect(error.params).toMatchObject({ fileName: 'wordpress-truncated.wxr.xml' });
    expect((error.params as { where: string }).where).toMatch(/^line \d+$/u);
    expect((error.params as { problem: string }).problem).toMatch(/not well-formed XML/u);
  });

  it('refuses an unknown comment_approved, naming the comment', async () => {
    const error = await readError('bad.xml', fixtureBytes('wordpress-bad-status.wxr.xml'));
    expect(error.params).toEqual({ fileName: 'bad.xml', where: 'comment 2 (line 37)', problem: 'comment 12: unknown wp:comment_approved "maybe" (1, 0, spam or trash)' });
  });
});
