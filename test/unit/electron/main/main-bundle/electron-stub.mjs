// The least of `electron` that electron/dist/main.mjs needs to start under plain Node, for
// start-main-bundle.mjs. The richer stand-in for source-level tests is ../fake-electron.ts.
import { EventEmitter } from 'node:events';

export const stubState = { ipcHandlers: new Map(), protocolHandlers: new Map(), windows: [], errors: [], quit: false };
globalThis.newsdeskElectronStub = stubState;

function preventableEvent() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

class App extends EventEmitter {
  isPackaged = false;
  setPath(name, value) {
    if (name === 'userData') process.env.STUB_USER_DATA = value;
  }
  getPath(name) {
    if (name !== 'userData') throw new Error(`electron stub: no path ${name}`);
    return process.env.STUB_USER_DATA;
  }
  getAppPath() {
    return process.env.STUB_APP_PATH;
  }
  getVersion() {
    return '0.0.0-bundle-check';
  }
  requestSingleInstanceLock() {
    return true;
  }
  setAppUserModelId() {}
  whenReady() {
    return Promise.resolve();
  }
  quit() {
    const event = preventableEvent();
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    stubState.quit = true;
    this.emit('quit');
  }
  exit(code) {
    stubState.errors.push(`app.exit(${code})`);
  }
}

export const app = new App();

class WebContents extends EventEmitter {
  id = 1;
  send() {}
  setWindowOpenHandler() {}
}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    this.destroyed = false;
    stubState.windows.push(this);
    app.emit('web-contents-created', preventableEvent(), this.webContents);
  }
  static getAllWindows() {
    return stubState.windows.filter((window) => !window.destroyed);
  }
  loadURL(url) {
    this.url = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  close() {
    this.destroy();
  }
  destroy() {
    this.destroyed = true;
    this.emit('closed');
  }
}

export const protocol = {
  registerSchemesAsPrivileged() {},
  handle(scheme, handler) {
    stubState.protocolHandlers.set(scheme, handler);
  },
};
export const ipcMain = {
  handle(channel, handler) {
    stubState.ipcHandlers.set(channel, handler);
  },
  removeHandler(channel) {
    stubState.ipcHandlers.delete(channel);
  },
};
export const Menu = { buildFromTemplate: (template) => ({ template }), setApplicationMenu() {} };
export const session = {
  defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, webRequest: { onBeforeRequest() {} } },
};
export const dialog = {
  showErrorBox(title, content) {
    stubState.errors.push(`${title}: ${content}`);
  },
  showMessageBox: async () => ({ response: 0 }),
  showMessageBoxSync: () => 0,
};
export const shell = { openExternal: async () => {} };
