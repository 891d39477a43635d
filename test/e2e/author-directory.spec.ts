import { test, expect } from './fixtures';

test('Danh sách tác giả in Cài đặt: authors are added, renamed, given a role and deactivated; a taken name is refused', async ({ page, openApp, newsdesk }) => {
  const minh = await newsdesk.call('authors.create', { name: 'Minh Anh' });
  const lan = await newsdesk.call('authors.create', { name: 'Thu Lan', role: 'editor' });
  await openApp();
  await page.getByRole('button', { name: 'Cài đặt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cài đặt' });
  const section = dialog.getByRole('region', { name: 'Danh sách tác giả' });

  // Add, with a pen name; Enter in the name adds as the button does.
  await section.getByRole('textbox', { name: 'Tác giả mới', exact: true }).fill('Hồng Ngọc');
  await section.getByRole('textbox', { name: 'Bút danh', exact: true }).fill('H.N');
  await section.getByRole('button', { name: 'Thêm tác giả' }).click();
  await expect(section.getByRole('textbox', { name: 'Tên tác giả: Hồng Ngọc' })).toHaveValue('Hồng Ngọc');
  await expect(section.getByRole('textbox', { name: 'Bút danh: Hồng Ngọc' })).toHaveValue('H.N');
  await expect(section.getByRole('textbox', { name: 'Tác giả mới', exact: true })).toHaveValue('');
  await section.getByRole('textbox', { name: 'Tác giả mới', exact: true }).fill('Quốc Bảo');
  await section.getByRole('textbox', { name: 'Tác giả mới', exact: true }).press('Enter');
  await expect(section.getByRole('textbox', { name: 'Tên tác giả: Quốc Bảo' })).toBeVisible();

  // Rename (committed on Enter), change the role, deactivate.
  await section.getByRole('textbox', { name: 'Tên tác giả: Minh Anh' }).fill('Minh Anh Nguyễn');
  await section.getByRole('textbox', { name: 'Tên tác giả: Minh Anh' }).press('Enter');
  await expect(section.getByRole('textbox', { name: 'Tên tác giả: Minh Anh Nguyễn' })).toHaveValue('Minh Anh Nguyễn');
  await expect(section.getByRole('combobox', { name: 'Vai trò: Thu Lan' }).getByRole('option')).toHaveText(['Phóng viên', 'Biên tập viên', 'Cộng tác viên', 'Ảnh']);
  await section.getByRole('combobox', { name: 'Vai trò: Minh Anh Nguyễn' }).selectOption({ label: 'Ảnh' });
  await expect(section.getByRole('combobox', { name: 'Vai trò: Minh Anh Nguyễn' })).toHaveValue('photographer');
  await section.getByRole('checkbox', { name: 'Đang hoạt động: Thu Lan' }).uncheck();
  await expect(section.getByRole('checkbox', { name: 'Đang hoạt động: Thu Lan' })).not.toBeChecked();
  await expect(section.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: 'Đang hoạt động: Thu Lan' }) })).toContainText('Ngừng');
  // A pen name is committed when the field is left.
  await section.getByRole('textbox', { name: 'Bút danh: Quốc Bảo' }).fill('Q.B');
  await section.getByRole('textbox', { name: 'Bút danh: Quốc Bảo' }).blur();
  await expect(section.getByRole('textbox', { name: 'Bút danh: Quốc Bảo' })).toHaveValue('Q.B');
  await expect(section.getByRole('alert')).toHaveCount(0);

  await expect.poll(async () => (await newsdesk.call('authors.list', { all: true })).map(({ name, penName, role, active }) => ({ name, penName, role, active }))).toEqual([
    { name: 'Hồng Ngọc', penName: 'H.N', role: 'reporter', active: true },
    { name: 'Minh Anh Nguyễn', penName: null, role: 'photographer', active: true },
    { name: 'Quốc Bảo', penName: 'Q.B', role: 'reporter', active: true },
    { name: 'Thu Lan', penName: null, role: 'editor', active: false },
  ]);
  const all = await newsdesk.call('authors.list', { all: true });
  expect(all.find((author) => author.id === minh.id)?.name).toBe('Minh Anh Nguyễn');
  expect(all.find((author) => author.id === lan.id)?.active).toBe(false);
  expect((await newsdesk.call('authors.list', {})).map((author) => author.name)).not.toContain('Thu Lan');

  // A taken name is refused, in the section's alert, whether added or given in a rename.
  await section.getByRole('textbox', { name: 'Tác giả mới', exact: true }).fill('Hồng Ngọc');
  await section.getByRole('button', { name: 'Thêm tác giả' }).click();
  await expect(section.getByRole('alert')).toHaveText('Không lưu được tác giả: Danh sách tác giả đã có "Hồng Ngọc"; hãy chọn tác giả đó hoặc đặt tên khác.');
  await section.getByRole('textbox', { name: 'Tên tác giả: Quốc Bảo' }).fill('Hồng Ngọc');
  await section.getByRole('textbox', { name: 'Tên tác giả: Quốc Bảo' }).press('Enter');
  await expect(section.getByRole('alert')).toContainText('Danh sách tác giả đã có "Hồng Ngọc"');
  expect((await newsdesk.call('authors.list', { all: true })).map((author) => author.name)).toEqual(['Hồng Ngọc', 'Minh Anh Nguyễn', 'Quốc Bảo', 'Thu Lan']);

  // In English the section is worded too.
  await dialog.getByRole('combobox', { name: 'Ngôn ngữ giao diện' }).selectOption('en');
  const english = page.getByRole('dialog', { name: 'Settings' }).getByRole('region', { name: 'Author directory' });
  await expect(english.getByRole('checkbox', { name: 'Active: Thu Lan' })).not.toBeChecked();
  await expect(english.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: 'Active: Thu Lan' }) })).toContainText('Inactive');
  await expect(english.getByRole('combobox', { name: 'Role: Minh Anh Nguyễn' })).toHaveValue('photographer');
});
