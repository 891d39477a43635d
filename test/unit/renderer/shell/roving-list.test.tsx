// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RovingList } from '../../../../renderer/shell/roving-list';

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

function renderRows(headlines: string[], selected: string): void {
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  act(() =>
    root!.render(
      <RovingList className="rows" primary=".open" preferred=".is-selected">
        {headlines.map((headline) => (
          <li key={headline} className={headline === selected ? 'is-selected' : ''}>
            <input type="checkbox" aria-label={`Chọn ${headline}`} />
            <button type="button" className="open">{headline}</button>
            <button type="button" className="trash">Xóa</button>
          </li>
        ))}
      </RovingList>,
    ),
  );
}

const button = (name: string) => [...host!.querySelectorAll('button')].find((element) => element.textContent === name)!;
const press = (key: string) => act(() => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));
const tabStops = () => [...host!.querySelectorAll<HTMLElement>('button, input')].filter((element) => element.tabIndex === 0);

describe('RovingList', () => {
  it('makes the whole list one Tab stop, on the selected row', () => {
    renderRows(['Tin 1', 'Tin 2', 'Tin 3'], 'Tin 2');
    expect(tabStops()).toEqual([button('Tin 2')]);
  });

  it('moves with ↑ ↓ Home End between rows and ← → within a row, the Tab stop following the focus', () => {
    renderRows(['Tin 1', 'Tin 2', 'Tin 3'], 'Tin 1');
    act(() => button('Tin 1').focus());
    press('ArrowDown');
    expect(document.activeElement).toBe(button('Tin 2'));
    press('End');
    expect(document.activeElement).toBe(button('Tin 3'));
    press('ArrowDown');
    expect(document.activeElement).toBe(button('Tin 3'));
    press('Home');
    expect(document.activeElement).toBe(button('Tin 1'));
    press('ArrowLeft');
    expect(document.activeElement).toBe(host!.querySelector('input[aria-label="Chọn Tin 1"]'));
    press('ArrowDown');
    expect(document.activeElement).toBe(host!.querySelector('input[aria-label="Chọn Tin 2"]'));
    expect(tabStops()).toEqual([document.activeElement]);
  });
});
