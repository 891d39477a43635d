// Usage: node start-main-bundle.mjs <path of main.mjs>, with STUB_APP_PATH and STUB_USER_DATA set.
// Starts the bundled main process against the electron stub, makes one IPC call and one app://
// request, quits, and prints what happened as one JSON line.
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';

register('./resolve-electron-to-stub.mjs', import.meta.url);

const result = { started: false };
try {
  await import(pathToFileURL(process.argv[2]).href);
  const state = globalThis.newsdeskElectronStub;
  for (let attempt = 0; attempt < 100 && state.windows.length === 0 && state.errors.length === 0; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  result.errors = state.errors;
  result.windowUrl = state.windows[0]?.url ?? null;
  if (state.windows.length > 0) {
    result.started = true;
    const trustedCall = { sender: { id: 1 }, senderFrame: { url: 'app://newsdesk/index.html', parent: null } };
    result.appInfo = await state.ipcHandlers.get('newsdesk:app.info')(trustedCall, {});
    const page = await state.protocolHandlers.get('app')(new Request('app://newsdesk/index.html'));
    result.page = { status: page.status, contentSecurityPolicy: page.headers.get('content-security-policy') };
    const { app } = await import('./electron-stub.mjs');
    app.quit();
    for (let attempt = 0; attempt < 100 && !state.quit; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    result.quit = state.quit;
  }
} catch (error) {
  result.loadError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
console.log(JSON.stringify(result));
process.exit(0);
