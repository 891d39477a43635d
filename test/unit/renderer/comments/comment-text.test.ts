import { describe, expect, it } from 'vitest';
import type { CommentFlag } from '../../../../shared/model/comment';
import { bodyParts } from '../../../../renderer/comments/highlighted-body';
import { flagReasons } from '../../../../renderer/comments/flag-wording';
import { moderationCommandFor } from '../../../../renderer/comments/moderation-keys';
import { entriesOfText } from '../../../../renderer/settings/word-list-field';
import { en } from '../../../../renderer/i18n/en';
import { vi } from '../../../../renderer/i18n/vi';

const flag = (kind: CommentFlag['kind'], entry: string | null, match: string | null, start: number | null, end: number | null): CommentFlag => ({ kind, entry, match, start, end });

describe('comment text', () => {
  it('cuts the body at the flags, every character once, overlaps clipped', () => {
    const body = 'Đồ ngu, xem http://x.vn <img src=x onerror=alert(1)>';
    const parts = bodyParts(body, [flag('link', null, 'http://x.vn', 12, 23), flag('banned-word', 'đồ ngu', 'Đồ ngu', 0, 6), flag('suspect-word', 'ngu', 'ngu', 3, 6)]);
    expect(parts.map((part) => part.text).join('')).toBe(body);
    expect(parts.filter((part) => part.kind !== null).map((part) => [part.kind, part.text])).toEqual([
      ['banned-word', 'Đồ ngu'],
      ['link', 'http://x.vn'],
    ]);
  });

  it('keeps a body without flags, or with ranges past its end, whole', () => {
    expect(bodyParts('', [])).toEqual([{ text: '', kind: null }]);
    expect(bodyParts('abc', [flag('reported', null, null, null, null), flag('banned-word', 'x', 'x', 2, 99)]).map((part) => part.text)).toEqual(['ab', 'c']);
  });

  it('words each reason in Vietnamese and English', () => {
    const flags = [flag('banned-word', 'lừa đảo', 'l.ừ.a đ.ả.o', 0, 11), flag('suspect-word', 'ngu', 'ngu', 12, 15), flag('link', null, 'http://x.vn', 16, 27)];
    expect(flagReasons(flags, 3, vi)).toEqual(['Từ cấm: “lừa đảo” (viết là “l.ừ.a đ.ả.o”)', 'Từ cần xem xét: “ngu”', 'Có liên kết: http://x.vn', '3 lượt báo cáo']);
    expect(flagReasons([flag('reported', null, null, null, null)], 1, en)).toEqual(['1 report']);
  });

  it('maps the queue keys, and no key with Ctrl, Alt or Meta', () => {
    const press = (key: string, changes: Partial<KeyboardEvent> = {}) =>
      moderationCommandFor({ key, ctrlKey: false, metaKey: false, altKey: false, isComposing: false, target: null, ...changes });
    expect(['j', 'k', 'a', 'r', 's', 'u', 'x', 'A', 'R', 'S', '?'].map((key) => press(key))).toEqual([
      'next', 'previous', 'approve', 'reject', 'spam', 'undo', 'select', 'approveSelected', 'rejectSelected', 'spamSelected', 'shortcuts',
    ]);
    expect(press('a', { ctrlKey: true })).toBeNull();
    expect(press('s', { metaKey: true })).toBeNull();
    expect(press('q')).toBeNull();
  });

  it('reads one word-list entry a line', () => {
    expect(entriesOfText('đồ ngu\r\n\n  lừa đảo  \n')).toEqual(['đồ ngu', 'lừa đảo']);
  });
});
