import { describe, expect, it } from 'vitest';
import { fixtureBytes, readComments, readError } from './read-comments';

describe('portal JSON comments', () => {
  it('reads an array of objects with the CSV keys, ids as strings or numbers, and reports', async () => {
    for (const chunkSize of [1 << 20, 2]) {
      const { format, comments } = await readComments('portal.json', fixtureBytes('portal.json'), chunkSize);
      expect(format).toBe('json');
      expect(comments).toEqual([
        {
          source: 'portal',
          externalId: 'j-1',
          article: { externalId: null, url: 'https://baothu.example.vn/thoi-su/khanh-thanh-cau-rong-moi-4712345.html', title: 'Khánh thành cầu Rồng mới' },
          author: 'Hoàng Nam',
          email: 'nam@example.vn',
          body: 'Đồ ngu, viết sai hết! Xem thêm www.example.com',
          createdAt: '2024-03-04T07:00:00.000Z',
          parentExternalId: null,
          status: 'pending',
          reports: 0,
          where: 'record 1 (line 2)',
        },
        {
          source: 'portal',
          externalId: '2',
          article: { externalId: null, url: '', title: 'Giá xăng giảm, giá điện tăng' },
          author: 'Mai',
          email: null,
          body: 'Bài viết có ích.',
          createdAt: '2024-03-04T01:00:00.000Z',
          parentExternalId: 'j-1',
          status: 'approved',
          reports: 3,
          where: 'record 2 (line 13)',
        },
      ]);
    }
  });

  it('reads strings holding brackets, braces, escaped quotes and an empty array', async () => {
    const body = 'a "}" ] [ { \\ \n end';
    const text = `[${JSON.stringify({ id: 'x', created_at: '2024-01-01T00:00:00Z', author: '', body })}]`;
    expect((await readComments('j.json', text, 3)).comments[0]!.body).toBe(body);
    expect((await readComments('e.json', ' [ ] ')).comments).toEqual([]);
  });

  it('names the record of a truncated, malformed or incomplete file', async () => {
    expect((await readError('portal-truncated.json', fixtureBytes('portal-truncated.json'), 64)).params).toEqual({
      fileName: 'portal-truncated.json',
      where: 'record 2',
      problem: 'the file ends inside record 2, which starts on line 13 (truncated?)',
    });
    expect((await readError('m.json', fixtureBytes('portal-missing-id.json'))).params).toEqual({ fileName: 'm.json', where: 'record 2 (line 3)', problem: 'the comment has no id' });
    expect((await readError('d.json', fixtureBytes('portal-bad-date.json'))).params).toMatchObject({ where: 'record 1 (line 2)', problem: expect.stringMatching(/created_at "2024-02-30T07:00:00Z" is not a date/u) });
    const one = JSON.stringify({ id: '1', created_at: '2024-01-01T00:00:00Z', author: 'A', body: 'x' });
    expect((await readError('t.json', `[${one}`)).params).toMatchObject({ where: 'line 1', problem: 'the file ends after record 1 without the closing ] (truncated?)' });
    expect((await readError('t.json', `[${one},\n"text"]`)).params).toMatchObject({ where: 'line 2', problem: 'record 2 is not an object (it starts with "\\"")' });
    expect((await readError('t.json', `[${one} ${one}]`)).params).toMatchObject({ problem: 'after record 1, a comma or ] was expected, not "{"' });
    expect((await readError('t.json', `[{"id": 1, "body": }]`)).params).toMatchObject({ where: 'record 1 (line 1)', problem: expect.stringMatching(/^not valid JSON/u) });
    expect((await readError('t.json', `[${one}] x`)).params).toMatchObject({ problem: 'text after the end of the array ("x")' });
    expect((await readError('t.json', `[{"id": "1", "created_at": "2024-01-01T00:00:00Z", "body": 5}]`)).params).toMatchObject({ problem: 'body must be a string, not 5' });
  });
});
