// @vitest-environment jsdom
import { act, Profiler } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import { I18nProvider } from '../../../../renderer/i18n/i18n';
import { StatusBar } from '../../../../renderer/shell/status-bar';
import { StatusReportStore } from '../../../../renderer/shell/status-report-store';

let root: Root | undefined;
let host: HTMLElement | undefined;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = undefined;
});

describe('StatusBar', () => {
  it('shows each report of the open article without drawing itself again through React', () => {
    const reports = new StatusReportStore();
    let commits = 0;
    host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
    act(() =>
      root!.render(
        <I18nProvider language="vi">
          <Profiler id="status" onRender={() => (commits += 1)}>
            <StatusBar reports={reports} />
          </Profiler>
        </I18nProvider>,
      ),
    );
    const status = host.querySelector('[role="status"]')!;
    const count = host.querySelector<HTMLElement>('.word-count')!;
    expect(status.getAttribute('aria-label')).toBe('Trạng thái lưu');
    expect(status.textContent).toBe('');
    expect(count.hidden).toBe(true);
    const rendered = commits;

    act(() => reports.set({ saveState: { kind: 'unsaved' }, wordCount: 1234 }));
    expect(status.textContent).toBe('Chưa lưu');
    expect(status.className).toBe('save-state save-state-unsaved');
    expect(count.hidden).toBe(false);
    expect(count.textContent).toContain('1.234');
    act(() => reports.set({ saveState: { kind: 'saved', savedAt: new Date(2026, 11, 2, 9, 5).toISOString() }, wordCount: 1235 }));
    expect(status.textContent).toBe('Đã lưu lúc 09:05');
    act(() => reports.set({ saveState: { kind: 'failed', error: new ApiError('database-busy', { databasePath: '/tmp/a.sqlite' }), retryInMs: 2000 }, wordCount: 1235 }));
    expect(status.querySelector('.save-failure-detail')?.textContent).toMatch(/^ \S/);
    act(() => reports.set(null));
    expect(status.textContent).toBe('');
    expect(count.hidden).toBe(true);
    expect(commits).toBe(rendered);
  });
});
