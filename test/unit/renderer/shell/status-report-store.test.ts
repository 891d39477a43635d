import { describe, expect, it } from 'vitest';
import { StatusReportStore } from '../../../../renderer/shell/status-report-store';

describe('StatusReportStore', () => {
  it('tells its listeners of each new save state or word count, and of nothing else', () => {
    const store = new StatusReportStore();
    let told = 0;
    const stop = store.subscribe(() => (told += 1));
    const clean = { kind: 'clean' } as const;
    store.set({ saveState: clean, wordCount: 3 });
    store.set({ saveState: clean, wordCount: 3 });
    expect(told).toBe(1);
    store.set({ saveState: clean, wordCount: 4 });
    store.set({ saveState: { kind: 'unsaved' }, wordCount: 4 });
    expect(told).toBe(3);
    expect(store.current()).toEqual({ saveState: { kind: 'unsaved' }, wordCount: 4 });
    store.set(null);
    expect(store.current()).toBeNull();
    expect(told).toBe(4);
    stop();
    store.set({ saveState: clean, wordCount: 1 });
    expect(told).toBe(4);
  });
});
