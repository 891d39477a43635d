export declare const repositoryRoot: string;
export declare const electronNativeBindingFile: string;
export declare const electronNativeStampFile: string;
export interface NativeBindingStamp {
  electronVersion: string;
  betterSqliteVersion: string;
  platform: NodeJS.Platform;
  arch: NodeJS.Architecture;
}
export declare function wantedNativeBindingStamp(): NativeBindingStamp;
export declare function electronVersion(): string;
export declare function executableInDistribution(platform?: NodeJS.Platform | 'mas'): string;
export interface ElectronBinary {
  path: string;
  source: 'ELECTRON_OVERRIDE_DIST_PATH' | 'node_modules/electron/dist';
}
export declare function findElectronBinary(environment?: NodeJS.ProcessEnv): ElectronBinary | null;
export declare function describeMissingElectronBinary(environment?: NodeJS.ProcessEnv): string;
export declare function installElectronBinary(options?: { timeoutMilliseconds?: number }): Promise<{ ok: boolean; output: string }>;
export declare function hasElectronNativeBinding(): boolean;
