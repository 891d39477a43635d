import { describe, expect, it } from 'vitest';
import { disqusMessageText } from '../../../../../../electron/backend/comments/import/disqus-message';
import { fixtureBytes, readComments, readError } from './read-comments';

describe('Disqus export comments', () => {
  it('reads posts with their thread, statuses, parents, and messages as text', async () => {
    for (const chunkSize of [1 << 20, 5]) {
      const { format, comments, warnings } = await readComments('disqus.xml', fixtureBytes('disqus.xml'), chunkSize);
      expect(format).toBe('disqus');
      expect(warnings).toEqual([]);
      expect(comments.map((comment) => [comment.externalId, comment.status, comment.parentExternalId, comment.author, comment.email])).toEqual([
        ['900001', 'approved', null, 'Phạm Hoa', 'hoa@example.vn'],
        ['900002', 'rejected', '900001', 'Khách', null],
        ['900003', 'spam', null, 'Kiếm tiền', 'x@example.com'],
      ]);
      expect(comments[0]).toMatchObject({
        source: 'disqus',
        article: { externalId: 'bai-101', url: 'https://baothu.example.vn/thoi-su/khanh-thanh-cau-rong-moi-4712345.html', title: 'Khánh thành cầu Rồng mới' },
        body: 'Cầu đẹp lắm.\n\nTôi viết <b>không phải thẻ</b> & xuống\ndòng.',
        createdAt: '2024-03-01T10:20:00.000Z',
      });
      expect(comments[2]!.body).toBe('Kiếm tiền online tại đây');
    }
  });

  it('turns Disqus HTML into text and keeps escaped markup as text', () => {
    expect(disqusMessageText('<p>a</p>\n<p>b&#39;s &#x1F600;</p>')).toBe('a\n\nb\'s 😀');
    expect(disqusMessageText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
    expect(disqusMessageText('&bogus; &#0;')).toBe('&bogus; &#0;');
  });

  it('refuses a truncated file and a post of an undefined thread', async () => {
    const truncated = await readError('disqus-truncated.xml', fixtureBytes('disqus-truncated.xml'));
    expect(truncated.reason).toBe('comment-file-invalid');
    expect(truncated.params).toMatchObject({ fileName: 'disqus-truncated.xml' });
    expect((truncated.params as { problem: string }).problem).toMatch(/unclosed|not well-formed/u);
    const unknown = await readError('d.xml', fixtureBytes('disqus-unknown-thread.xml'));
    expect(unknown.params).toEqual({ fileName: 'd.xml', where: 'post 1 (line 24)', problem: 'post 900001 names thread 7999, which is not defined before it' });
  });
});
