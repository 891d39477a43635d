import { describe, expect, it } from 'vitest';
import { fixtureBytes, readComments, readError } from './read-comments';

describe('portal CSV comments', () => {
  it('reads RFC 4180 fields (quoted commas, doubled quotes, line breaks) after a byte-order mark', async () => {
    const bytes = fixtureBytes('portal.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const crlf = new TextDecoder().decode(bytes).replace(/\n/gu, '\r\n');
    for (const [data, chunkSize] of [[bytes, 1 << 20], [bytes, 3], [crlf, 4]] as const) {
      const { format, comments, warnings } = await readComments('portal.csv', data, chunkSize);
      expect(format).toBe('csv');
      expect(comments).toHaveLength(3);
      expect(comments[0]).toEqual({
        source: 'portal',
        externalId: 'c-1',
        article: { externalId: null, url: 'https://baothu.example.vn/kinh-te/gia-xang-giam-gia-dien-tang.html', title: 'Giá xăng giảm, giá điện tăng' },
        author: 'Võ Minh',
        email: 'minh@example.vn',
        body: 'Xăng giảm, điện tăng: "lấy chỗ này bù chỗ kia"',
        createdAt: '2024-03-03T01:00:00.000Z',
        parentExternalId: null,
        status: 'pending',
        reports: 0,
        where: 'line 2',
      });
      const lineBreak = typeof data === 'string' ? '\r\n' : '\n';
      expect(comments[1]).toMatchObject({ externalId: 'c-2', email: null, parentExternalId: 'c-1', status: 'approved', createdAt: '2024-03-03T09:30:00.000Z' });
      expect(comments[1]!.body).toBe(['Dòng một', 'Dòng hai, có dấu phẩy', '<script>alert(1)</script>'].join(lineBreak));
      // A time without a zone is Vietnam time.
      expect(comments[2]).toMatchObject({ externalId: 'c-3', status: 'rejected', createdAt: '2024-03-03T03:00:00.000Z', where: 'line 6' });
      expect(warnings).toEqual([{ code: 'html-in-body', record: 'line 3 (id c-2)', detail: 'kept as text' }]);
    }
  });

  it('converts a TCVN3 body with a warning', async () => {
    const { comments, warnings } = await readComments('portal-tcvn3.csv', fixtureBytes('portal-tcvn3.csv'));
    expect(comments[0]!.body).toBe('Bài viết rất hay, cảm ơn tác giả đã phản ánh đúng tình hình giao thông ở Hà Nội.');
    expect(warnings).toEqual([{ code: 'legacy-encoding-converted', record: 'line 2 (id t-1)', detail: 'TCVN3 (ABC)' }]);
  });

  it('normalises bodies to NFC and keeps them otherwise exactly', async () => {
    const header = 'id,article_url,article_title,author,email,created_at,parent_id,status,body\n';
    const nfd = 'Ho\u0300a  bi\u0300nh\t '.normalize('NFD');
    const { comments } = await readComments('n.csv', `${header}1,,,A,,2024-01-01T00:00:00Z,,,"${nfd}"`);
    expect(comments[0]!.body).toBe(nfd.normalize('NFC'));
  });

  it('names the line of a malformed, truncated or invalid record', async () => {
    expect((await readError('portal-bad-quote.csv', fixtureBytes('portal-bad-quote.csv'))).params).toEqual({
      fileName: 'portal-bad-quote.csv',
      where: 'line 3',
      problem: 'text after the closing quote of a field ("c"); a quote inside a quoted field is written twice ("")',
    });
    expect((await readError('portal-truncated.csv', fixtureBytes('portal-truncated.csv'), 16)).params).toEqual({
      fileName: 'portal-truncated.csv',
      where: 'line 3',
      problem: 'the file ends inside a quoted field that starts on this line (truncated?)',
    });
    expect((await readError('s.csv', fixtureBytes('portal-bad-status.csv'))).params).toEqual({
      fileName: 's.csv',
      where: 'line 3',
      problem: 'comment c-2: unknown status "published" (pending, approved, rejected or spam)',
    });
    const header = 'id,article_url,article_title,author,email,created_at,parent_id,status,body\n';
    expect((await readError('f.csv', `${header}1,,,A,,2024-01-01T00:00:00Z,,\n`)).params).toMatchObject({ where: 'line 2', problem: expect.stringMatching(/^8 fields where the header has 9/u) });
    expect((await readError('f.csv', `${header}1,,,A,,yesterday,,,x\n`)).params).toMatchObject({ where: 'line 2', problem: expect.stringMatching(/created_at "yesterday" is not a date/u) });
    expect((await readError('f.csv', `${header},,,A,,2024-01-01T00:00:00Z,,,x\n`)).params).toMatchObject({ where: 'line 2', problem: 'the comment has no id' });
    expect((await readError('f.csv', `${header}7,,,A,,2024-01-01T00:00:00Z,,,\n`)).params).toMatchObject({ where: 'line 2', problem: 'comment 7 has no body' });
    expect((await readError('f.csv', 'id,url,body\n1,,x\n')).params).toMatchObject({ where: 'line 1', problem: expect.stringMatching(/^the header must be exactly/u) });
    expect((await readError('f.csv', `${header}1,,,A "B",,2024-01-01T00:00:00Z,,,x\n`)).params).toMatchObject({ where: 'line 2', problem: expect.stringMatching(/^a quote inside a field/u) });
  });
});
