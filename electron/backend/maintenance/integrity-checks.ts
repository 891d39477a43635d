import { ApiError } from '../../../shared/api/errors';
import { firstLines } from '../store/database';

/** The background check runs when the database has not passed a check for this long. */
export const integrityCheckIntervalMilliseconds = 24 * 60 * 60 * 1000;
/** The first look comes this long after start, never on the start path. */
export const firstLookDelayMilliseconds = 60 * 1000;
/** Then it looks whether a check is due this often (cheap: one settings row). */
const lookEveryMilliseconds = 60 * 60 * 1000;

export interface IntegrityChecksOptions {
  databasePath: string;
  now: () => Date;
  /** When the database last passed a check (background or a backup's), null when never. */
  lastPassedAt: () => Date | null;
  /** Records that it passed one now. */
  recordPassed: (at: Date) => void;
  /** Runs `quick_check` off this thread (a worker with its own read-only connection): 'ok' or the problems found. */
  quickCheck: () => Promise<string>;
  logError: (message: string) => void;
}

/** What one background check found. */
export type IntegrityCheckOutcome = 'ok' | 'damaged';

export interface IntegrityChecks {
  /** Whether a check is due: never passed one, or the last passed a day ago or more (or in the future: the clock moved back). */
  isDue(): boolean;
  /** Runs the check when due and nothing was found yet; resolves to what it found, or null when none ran. */
  runIfDue(): Promise<IntegrityCheckOutcome | null>;
  /** Runs the check now, unless one runs already (then its outcome) or damage was found (then 'damaged'). */
  runNow(): Promise<IntegrityCheckOutcome>;
  /** A check of the same pages passed meanwhile (a backup's copy passed integrity_check): counts as today's check. */
  passed(): void;
  /** The damage found by a check ('database-damaged', naming the file and the first problems); null while none was found. */
  damage(): ApiError | null;
  /** Looks after `firstLookDelayMilliseconds`, then every hour (the timers do not keep the process alive). */
  start(): void;
  stop(): void;
}

/**
 * The full integrity check, off the start path: `quick_check` in the background at most once a
 * day, in a worker thread over a read-only connection of its own (WAL: writes are never blocked by
 * it). A pass is recorded (`recordPassed`); damage is kept for `database.status`, which the window
 * shows with "Khôi phục từ bản sao lưu", and is not recorded, so that the next start checks again.
 */
export function createIntegrityChecks(options: IntegrityChecksOptions): IntegrityChecks {
  const { databasePath } = options;
  let damage: ApiError | null = null;
  let running: Promise<IntegrityCheckOutcome> | null = null;
  let timers: NodeJS.Timeout[] = [];
  let stopped = false;

  function isDue(): boolean {
    const last = options.lastPassedAt();
    if (last === null) return true;
    const sinceLast = options.now().getTime() - last.getTime();
    return sinceLast >= integrityCheckIntervalMilliseconds || sinceLast < 0;
  }

  async function check(): Promise<IntegrityCheckOutcome> {
    const startedAt = options.now();
    const quickCheck = await options.quickCheck();
    // Closed meanwhile: the connection to record with is gone.
    if (stopped) return quickCheck === 'ok' ? 'ok' : 'damaged';
    if (quickCheck === 'ok') {
      record(startedAt);
      return 'ok';
    }
    damage = new ApiError('database-damaged', { databasePath, problem: `quick_check: ${firstLines(quickCheck)}` }, { where: databasePath, details: { quickCheck } });
    options.logError(`newsdesk: the background check found damage: ${damage.message}`);
    return 'damaged';
  }

  function record(at: Date): void {
    try {
      options.recordPassed(at);
    } catch (error) {
      // Not fatal: the check only runs again sooner.
      options.logError(`newsdesk: could not record the integrity check of ${databasePath}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function runNow(): Promise<IntegrityCheckOutcome> {
    if (damage) return Promise.resolve('damaged');
    if (running) return running;
    running = check().finally(() => {
      running = null;
    });
    return running;
  }

  const look = () => {
    if (stopped || damage || running || !isDue()) return;
    runNow().catch((error: unknown) => {
      // A check cut short by the backend closing is no failure.
      if (stopped) return;
      options.logError(`newsdesk: the background integrity check of ${databasePath} failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  };

  return {
    isDue,
    runIfDue: () => (stopped || damage || running || !isDue() ? Promise.resolve(null) : runNow()),
    runNow,
    passed() {
      if (!damage) record(options.now());
    },
    damage: () => damage,
    start() {
      if (stopped || timers.length > 0) return;
      const first = setTimeout(() => {
        look();
        const every = setInterval(look, lookEveryMilliseconds);
        every.unref();
        timers.push(every);
      }, firstLookDelayMilliseconds);
      first.unref();
      timers.push(first);
    },
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers = [];
    },
  };
}
