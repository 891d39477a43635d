import type { EditorView } from '@tiptap/pm/view';
import type { SpellingIssueKind } from '../../shared/text/spelling-check';

/** What a flagged token's decoration carries, for the suggestion menu. */
export interface SpellingFlag {
  kind: SpellingIssueKind;
  word: string;
}

export interface SpellMenuLabels {
  /** The menu's accessible name ("Gợi ý chính tả"). */
  menu: string;
  /** "Bỏ qua từ này". */
  ignore: string;
  /** Shown, disabled, when no fix is found. */
  noSuggestions: string;
  /** The menu's description for a word in the other tone style. */
  styleIssue: string;
}

interface SpellMenuOptions {
  labels: () => SpellMenuLabels;
  suggest: (flag: SpellingFlag) => string[];
  onIgnore: (word: string) => void;
}

/**
 * The suggestion menu of a flagged token: a `role="menu"` list of `menuitem` buttons (the fixes,
 * then "Bỏ qua từ này") under the word. Arrow keys, Home and End move between the items, Enter or
 * Space chooses, Escape or Tab closes and gives the focus back to the text; a click elsewhere
 * closes it. Plain DOM, placed with CSSOM properties (allowed by the CSP, unlike style attributes).
 */
export class SpellMenu {
  view: EditorView | null = null;
  private element: HTMLElement | null = null;
  private readonly options: SpellMenuOptions;
  private readonly closeOnOutsideClick = (event: MouseEvent) => {
    if (this.element && !this.element.contains(event.target as Node)) this.close(false);
  };

  constructor(options: SpellMenuOptions) {
    this.options = options;
  }

  open(view: EditorView, from: number, to: number, flag: SpellingFlag): void {
    this.close(false);
    this.view = view;
    const labels = this.options.labels();
    const document = view.dom.ownerDocument;
    const menu = document.createElement('div');
    menu.className = 'spell-menu';
    menu.setAttribute('role', 'menu');
    menu.setAttribute('aria-label', labels.menu);
    if (flag.kind === 'style' && labels.styleIssue) menu.setAttribute('aria-description', labels.styleIssue);

    const items: HTMLButtonElement[] = [];
    const addItem = (text: string, action: (() => void) | null, lang?: string) => {
      const item = document.createElement('button');
      item.type = 'button';
      item.className = 'spell-menu-item';
      item.setAttribute('role', 'menuitem');
      item.tabIndex = -1;
      item.textContent = text;
      if (lang) item.lang = lang;
      if (action) {
        item.addEventListener('click', (event) => {
          event.preventDefault();
          action();
        });
      } else {
        item.setAttribute('aria-disabled', 'true');
      }
      menu.append(item);
      items.push(item);
    };

    const suggestions = this.options.suggest(flag);
    for (const suggestion of suggestions) addItem(suggestion, () => this.replace(from, to, flag.word, suggestion), 'vi');
    if (suggestions.length === 0) addItem(labels.noSuggestions, null);
    const separator = document.createElement('div');
    separator.setAttribute('role', 'separator');
    separator.className = 'spell-menu-separator';
    menu.append(separator);
    addItem(labels.ignore, () => {
      this.close(true);
      this.options.onIgnore(flag.word);
    });

    menu.addEventListener('keydown', (event) => this.onKeyDown(event, items));
    document.body.append(menu);
    this.element = menu;

    let coords: { left: number; bottom: number };
    try {
      coords = view.coordsAtPos(from);
    } catch {
      // No layout (a document without rendering): under the text's box.
      coords = view.dom.getBoundingClientRect();
    }
    const width = document.documentElement.clientWidth;
    menu.style.setProperty('left', `${Math.max(0, Math.min(coords.left, width - menu.offsetWidth - 8))}px`);
    menu.style.setProperty('top', `${coords.bottom + 4}px`);
    (items.find((item) => !item.hasAttribute('aria-disabled')) ?? items[0]!).focus();
    document.addEventListener('mousedown', this.closeOnOutsideClick, true);
  }

  /** Closes the menu; `refocus` gives the focus back to the text. */
  close(refocus: boolean): void {
    if (!this.element) return;
    this.element.ownerDocument.removeEventListener('mousedown', this.closeOnOutsideClick, true);
    this.element.remove();
    this.element = null;
    if (refocus && this.view && !this.view.isDestroyed) this.view.focus();
  }

  private replace(from: number, to: number, word: string, replacement: string): void {
    const view = this.view;
    this.close(true);
    if (!view || view.isDestroyed) return;
    // Only if the token is still the word the menu was opened on.
    if (view.state.doc.textBetween(from, to) !== word) return;
    view.dispatch(view.state.tr.insertText(replacement, from, to));
  }

  private onKeyDown(event: KeyboardEvent, items: HTMLButtonElement[]): void {
    const index = items.indexOf(event.target as HTMLButtonElement);
    const move = (next: number) => {
      event.preventDefault();
      items[(next + items.length) % items.length]!.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        move(index + 1);
        break;
      case 'ArrowUp':
        move(index - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(items.length - 1);
        break;
      case 'Escape':
      case 'Tab':
        event.preventDefault();
        event.stopPropagation();
        this.close(true);
        break;
      default:
    }
  }
}
