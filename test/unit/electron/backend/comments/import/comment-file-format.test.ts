import { describe, expect, it } from 'vitest';
import { detectCommentFormat } from '../../../../../../electron/backend/comments/import/comment-file-format';
import { fixtureBytes, readError } from './read-comments';

describe('comment file format detection', () => {
  it('recognises each format from its content, whatever the file is called', () => {
    const start = (name: string) => new TextDecoder().decode(fixtureBytes(name).subarray(0, 4096));
    expect(detectCommentFormat(start('wordpress.wxr.xml'))).toBe('wxr');
    expect(detectCommentFormat(start('disqus.xml'))).toBe('disqus');
    expect(detectCommentFormat(start('portal.csv'))).toBe('csv');
    expect(detectCommentFormat(start('portal.json'))).toBe('json');
    expect(detectCommentFormat('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>')).toBeNull();
    expect(detectCommentFormat('<html><body>x</body></html>')).toBeNull();
    expect(detectCommentFormat('{"id": 1}')).toBeNull();
  });

  it('answers a clear error for an unknown, empty or non-UTF-8 file', async () => {
    const unknown = await readError('ghi-chu.csv', fixtureBytes('not-comments.txt'));
    expect(unknown.reason).toBe('comment-file-format-unknown');
    expect(unknown.params).toEqual({ fileName: 'ghi-chu.csv', start: 'Tiêu đề: không phải tệp bình luận' });
    expect(unknown.message).toMatch(/^ghi-chu\.csv: not a comment file Newsdesk reads/u);
    expect((await readError('e.json', '  \n')).params).toEqual({ fileName: 'e.json', where: 'line 1', problem: 'the file is empty' });
    expect((await readError('l.csv', new Uint8Array([0x69, 0x64, 0x2c, 0xb5, 0x0a]))).params).toMatchObject({ problem: 'the file is not UTF-8 text; save it as UTF-8' });
  });
});
