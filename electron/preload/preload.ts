import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DesktopBridge, SubscribeToEvent } from '../../shared/api/bridge';
import { eventNames, rendererMethodNames, type ContractEvents } from '../../shared/api/contract';
import { eventChannel, methodChannel } from '../../shared/api/ipc-channels';

function isEventName(name: unknown): name is keyof ContractEvents {
  return (eventNames as readonly unknown[]).includes(name);
}

const on: SubscribeToEvent = (name, listener) => {
  if (!isEventName(name)) throw new TypeError(`Newsdesk has no event named ${String(name)}.`);
  if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
  // The listener gets the payload only, never the IpcRendererEvent (which would expose ipcRenderer).
  const relay = (_event: IpcRendererEvent, eventName: unknown, payload: unknown) => {
    if (eventName === name) listener(payload as ContractEvents[typeof name]);
  };
  ipcRenderer.on(eventChannel, relay);
  return () => {
    ipcRenderer.removeListener(eventChannel, relay);
  };
};

const methods = Object.fromEntries(
  rendererMethodNames.map((method) => [method, (args: unknown) => ipcRenderer.invoke(methodChannel(method), args)]),
);

const bridge = { ...methods, on } as DesktopBridge;

contextBridge.exposeInMainWorld('newsdesk', bridge);
