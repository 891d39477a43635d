/** Shown when the database cannot be opened: what failed, where, and what to do (both languages). */
export function databaseOpenFailureMessage(error: unknown, databasePath: string, nativeBindingPath: string, errorReason = ''): string {
  const reason = error instanceof Error ? error.message : String(error);
  if (isNativeModuleMismatch(reason)) {
    return [
      'better-sqlite3 chưa được biên dịch cho Electron. Trong thư mục mã nguồn, chạy:',
      '  node electron/tools/build-native-for-electron.mjs',
      'rồi mở lại Newsdesk.',
      '',
      `better-sqlite3 is not built for Electron (expected at ${nativeBindingPath}).`,
      'In the source folder run `node electron/tools/build-native-for-electron.mjs`, then start Newsdesk again.',
      '',
      reason,
    ].join('\n');
  }
  if (errorReason === 'database-permission-denied') {
    return [
      `Newsdesk không có quyền mở hoặc ghi cơ sở dữ liệu ${databasePath}. Tệp không bị hỏng.`,
      'Hãy kiểm tra quyền của tệp và thư mục chứa nó (hoặc ổ đĩa có đang ở chế độ chỉ đọc), rồi mở lại Newsdesk.',
      '',
      reason,
    ].join('\n');
  }
  if (errorReason === 'database-too-new') {
    return [`Cơ sở dữ liệu ${databasePath} do một phiên bản Newsdesk mới hơn tạo ra. Hãy cập nhật Newsdesk.`, '', reason].join('\n');
  }
  return [
    `Không mở được cơ sở dữ liệu ${databasePath}.`,
    'Kiểm tra thư mục có quyền ghi và tệp không bị chương trình khác khóa.',
    '',
    `Newsdesk could not open its database at ${databasePath}: ${reason}`,
    'Check that the folder is writable and that no other program holds the file;',
    `\`newsdesk check --db "${databasePath}"\` reports what is wrong.`,
  ].join('\n');
}

function isNativeModuleMismatch(reason: string): boolean {
  return /NODE_MODULE_VERSION|compiled against a different Node\.js version|invalid ELF header|not a valid Win32 application|better_sqlite3\.node/i.test(
    reason,
  );
}

/** Shown when `npm run build:renderer` has not been run (development only). */
export function rendererMissingMessage(rendererRoot: string): string {
  return [
    `Giao diện chưa được build (${rendererRoot}). Chạy \`npm start\` hoặc \`npm run build\`.`,
    '',
    `The editor interface is not built (${rendererRoot}). Run \`npm start\` or \`npm run build\` first.`,
  ].join('\n');
}
