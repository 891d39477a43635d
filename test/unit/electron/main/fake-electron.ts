// A stand-in for the `electron` module, so that the main process's wiring runs under vitest on
// machines without an Electron binary. It records what main asks of Electron and lets the test act
// as Electron would (emit app events, call protocol and IPC handlers, close windows).
import { EventEmitter } from 'node:events';

type Handler = (...args: never[]) => unknown;

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault: () => void;
}

export function fakeEvent<Extra extends object>(extra?: Extra): FakeEvent & Extra {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
    ...extra,
  };
  return event as FakeEvent & Extra;
}

export const fakeState = {
  appPath: '',
  userDataPath: '',
  privilegedSchemes: [] as Array<{ scheme: string; privileges?: Record<string, boolean> }>,
  protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  applicationMenu: null as null | { template: unknown[] },
  permissionRequestHandler: null as null | Handler,
  permissionCheckHandler: null as null | Handler,
  beforeRequestFilter: null as null | { urls: string[] },
  openedExternally: [] as string[],
  errorBoxes: [] as Array<{ title: string; content: string }>,
  messageBoxes: [] as unknown[],
  exitCodes: [] as number[],
  /** The button showMessageBoxSync answers with. */
  messageBoxAnswer: 0,
  /** Every showOpenDialog call: its parent window (null without one) and options. */
  openDialogs: [] as Array<{ window: unknown; options: Record<string, unknown> }>,
  /** What the next showOpenDialog calls answer: the files the person chose, or null for Cancel. */
  openDialogAnswer: null as null | string[],
  quitCount: 0,
  quitFinished: false,
};

class FakeApp extends EventEmitter {
  readonly isPackaged = false;
  setPath(name: string, value: string) {
    if (name === 'userData') fakeState.userDataPath = value;
  }
  getPath(name: string) {
    if (name === 'userData') return fakeState.userDataPath;
    throw new Error(`fake electron: no path ${name}`);
  }
  getAppPath() {
    return fakeState.appPath;
  }
  getVersion() {
    return '0.1.0-test';
  }
  requestSingleInstanceLock() {
    return true;
  }
  setAppUserModelId() {}
  whenReady() {
    return Promise.resolve();
  }
  quit() {
    fakeState.quitCount += 1;
    const event = fakeEvent();
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    fakeState.quitFinished = true;
    this.emit('quit', fakeEvent(), 0);
  }
  exit(code = 0) {
    fakeState.exitCodes.push(code);
  }
}

export const app = new FakeApp();

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly sent: unknown[][] = [];
  windowOpenHandler: null | ((details: { url: string }) => { action: string }) = null;
  send(channel: string, ...args: unknown[]) {
    this.sent.push([channel, ...args]);
  }
  /** Scripts run in the page, with whether each ran as a user gesture; recorded in `sent` order. */
  executeJavaScript(code: string, userGesture = false): Promise<unknown> {
    this.sent.push(['executeJavaScript', code, userGesture]);
    return Promise.resolve(undefined);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly created: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl = '';
  destroyed = false;
  /** What the page does in its beforeunload handler, e.g. send its last save. */
  beforeUnload: () => void = () => {};

  constructor(readonly options: { webPreferences: Record<string, unknown> } & Record<string, unknown>) {
    super();
    BrowserWindow.created.push(this);
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }

  static getAllWindows() {
    return BrowserWindow.created.filter((window) => !window.destroyed);
  }

  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  show() {}
  focus() {}
  close() {
    this.beforeUnload();
    this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
  }
}

export const protocol = {
  registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges?: Record<string, boolean> }>) {
    fakeState.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
    fakeState.protocolHandlers.set(scheme, handler);
  },
};

export const ipcMain = {
  handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) {
    if (fakeState.ipcHandlers.has(channel)) throw new Error(`fake electron: second handler for ${channel}`);
    fakeState.ipcHandlers.set(channel, handler);
  },
  removeHandler(channel: string) {
    fakeState.ipcHandlers.delete(channel);
  },
};

export const Menu = {
  buildFromTemplate(template: unknown[]) {
    return { template };
  },
  setApplicationMenu(menu: { template: unknown[] }) {
    fakeState.applicationMenu = menu;
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: Handler) {
      fakeState.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: Handler) {
      fakeState.permissionCheckHandler = handler;
    },
    webRequest: {
      onBeforeRequest(filter: { urls: string[] }) {
        fakeState.beforeRequestFilter = filter;
      },
    },
  },
};

export const dialog = {
  showErrorBox(title: string, content: string) {
    fakeState.errorBoxes.push({ title, content });
  },
  showMessageBox(...args: unknown[]) {
    fakeState.messageBoxes.push(args.at(-1));
    return Promise.resolve({ response: 0, checkboxChecked: false });
  },
  showMessageBoxSync(...args: unknown[]) {
    fakeState.messageBoxes.push(args.at(-1));
    return fakeState.messageBoxAnswer;
  },
  showOpenDialog(...args: unknown[]) {
    const options = args.at(-1) as Record<string, unknown>;
    fakeState.openDialogs.push({ window: args.length > 1 ? args[0] : null, options });
    const chosen = fakeState.openDialogAnswer;
    return Promise.resolve({ canceled: chosen === null, filePaths: chosen ?? [] });
  },
};

export const shell = {
  openExternal(url: string) {
    fakeState.openedExternally.push(url);
    return Promise.resolve();
  },
};
