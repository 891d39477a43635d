import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The controls of the Newsdesk window, found by role and glossary name as a user finds them. */
export function newsdeskPage(page: Page) {
  const saveState = page.getByRole('status', { name: 'Trạng thái lưu' });
  return {
    page,
    newArticleButton: page.getByRole('button', { name: 'Bài mới', exact: true }),
    headline: page.getByRole('textbox', { name: 'Tiêu đề', exact: true }),
    sourcePrefix: page.getByRole('textbox', { name: 'Nguồn', exact: true }),
    sapo: page.getByRole('textbox', { name: 'Sapo', exact: true }),
    body: page.getByRole('textbox', { name: 'Nội dung', exact: true }),
    status: page.getByRole('combobox', { name: 'Trạng thái', exact: true }),
    saveState,
    articleList: page.getByRole('navigation', { name: /Tin bài|Thùng rác/ }),
    conflictAlert: page.getByRole('alert').filter({ hasText: 'Bài này đã được sửa ở nơi khác' }),

    /** The list row (its open button) whose headline is `headline`. */
    articleRow(headline: string | RegExp): Locator {
      return page.getByRole('listitem').filter({ hasText: headline });
    },

    /** Opens the article whose headline is `headline` from the list. */
    async openArticle(headline: string): Promise<void> {
      await this.articleList.getByRole('button', { name: headline, exact: true }).click();
      await expect(this.headline).toHaveValue(headline);
    },

    async createArticle(): Promise<void> {
      await this.newArticleButton.click();
      await expect(this.headline).toBeFocused();
      await expect(this.headline).toHaveValue('');
    },

    async typeInBody(text: string): Promise<void> {
      await this.body.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(text);
    },

    /** Waits for the status bar to confirm a save: "Đã lưu lúc HH:MM". */
    async expectSaved(): Promise<void> {
      await expect(saveState).toHaveText(/^Đã lưu lúc \d\d:\d\d$/);
    },
  };
}

export type NewsdeskPage = ReturnType<typeof newsdeskPage>;

/** The plain text of a stored body: every text run, blocks separated by new lines. */
export function bodyText(body: { content?: unknown[]; text?: string }): string {
  const lines: string[] = [];
  const visit = (node: { content?: unknown[]; text?: string; type?: string }, line: string[]) => {
    if (typeof node.text === 'string') line.push(node.text);
    for (const child of (node.content ?? []) as Array<{ content?: unknown[]; text?: string; type?: string }>) {
      if (child.type === 'paragraph' || child.type === 'heading') {
        const childLine: string[] = [];
        visit(child, childLine);
        lines.push(childLine.join(''));
      } else {
        visit(child, line);
      }
    }
  };
  visit(body, []);
  return lines.join('\n');
}
