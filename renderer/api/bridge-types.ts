import type { DesktopBridge } from '../../shared/api/bridge';

declare global {
  interface Window {
    /** Present in the desktop edition only, exposed by `electron/preload` through contextBridge. */
    readonly newsdesk?: DesktopBridge;
  }
}

export type { DesktopBridge };
