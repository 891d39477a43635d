import { importOneFile, type SendImportFile } from '../../shared/import/import-one-file';
import type { ImportOutcome } from '../../shared/import/import-outcome';
import { browserFileReader } from './browser-file-reader';

/** Where an import run is: file `current` of `total` is being imported. */
export interface ImportProgress {
  current: number;
  total: number;
  fileName: string;
}

export interface ImportQueueOptions {
  send: SendImportFile;
  onProgress: (progress: ImportProgress | null) => void;
  /** Called once a run is over, with the outcome of every file in the order they were given. */
  onFinished: (outcomes: ImportOutcome[]) => void;
  limitBytes?: number;
}

/**
 * Imports files one call per file, one at a time, so that a bad file never blocks the others.
 * Files added while a run is going join that run.
 */
export class ImportQueue {
  private readonly waiting: File[] = [];
  private outcomes: ImportOutcome[] = [];
  private running = false;

  constructor(private readonly options: ImportQueueOptions) {}

  get isRunning(): boolean {
    return this.running;
  }

  add(files: readonly File[]): void {
    if (files.length === 0) return;
    this.waiting.push(...files);
    if (!this.running) void this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    this.outcomes = [];
    try {
      let file = this.waiting.shift();
      while (file !== undefined) {
        const current = this.outcomes.length + 1;
        this.options.onProgress({ current, total: current + this.waiting.length, fileName: file.name });
        const fileName = file.name;
        this.outcomes.push(
          await importOneFile(browserFileReader(file), this.options.send, this.options.limitBytes, (error) =>
            console.error(`Newsdesk: importing ${fileName} failed unexpectedly:`, error),
          ),
        );
        file = this.waiting.shift();
      }
    } finally {
      this.running = false;
      this.options.onProgress(null);
    }
    this.options.onFinished(this.outcomes);
  }
}
