import { describe, expect, it } from 'vitest';
import { IdleTasks } from '../../../../electron/backend/idle-tasks';
import { backendFixture, call } from './backend-fixture';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('IdleTasks', () => {
  it('runs a task after the current turn, once per key, in the order deferred', async () => {
    const ran: string[] = [];
    const tasks = new IdleTasks(() => undefined);
    tasks.defer('a', () => ran.push('a1'));
    tasks.defer('b', () => ran.push('b'));
    tasks.defer('a', () => ran.push('a2'));
    expect(ran).toEqual([]);
    expect(tasks.size).toBe(2);
    await nextTurn();
    expect(ran).toEqual(['b', 'a2']);
    expect(tasks.size).toBe(0);
  });

  it('logs a failing task and still runs the others', async () => {
    const logged: string[] = [];
    const ran: string[] = [];
    const tasks = new IdleTasks((message) => logged.push(message));
    tasks.defer('broken', () => {
      throw new Error('index unavailable');
    });
    tasks.defer('fine', () => ran.push('fine'));
    await nextTurn();
    expect(ran).toEqual(['fine']);
    expect(logged[0]).toMatch(/deferred task broken failed: Error: index unavailable/);
  });

  it('runs what is pending when stopped, then accepts nothing more', () => {
    const ran: string[] = [];
    const tasks = new IdleTasks(() => undefined);
    tasks.defer('a', () => ran.push('a'));
    tasks.stop();
    expect(ran).toEqual(['a']);
    tasks.defer('b', () => ran.push('b'));
    expect(tasks.size).toBe(0);
  });
});

describe('the backend and its idle tasks', () => {
  const fixture = backendFixture();

  it('runs pending tasks before closing the database, so they can still write', async () => {
    const backend = fixture.open();
    await call(backend, 'articles.create', {});
    backend.context.idleTasks.defer('rename', () => {
      backend.database.prepare("UPDATE articles SET headline = 'sau' WHERE id = 1").run();
    });
    const databasePath = backend.databasePath;
    backend.close();
    const reopened = fixture.open({ databasePath });
    expect(await call(reopened, 'articles.get', { id: 1 })).toMatchObject({ headline: 'sau' });
  });

  it('repeats an upkeep step after a pause while it has work, never inside runPending, and not after stop', async () => {
    const steps: number[] = [];
    const tasks = new IdleTasks(() => undefined);
    tasks.repeat('merge', () => steps.push(steps.length) < 3, 1);
    tasks.repeat('merge', () => steps.push(-1) < 0, 1);
    tasks.runPending();
    expect(steps).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(steps).toEqual([0, 1, 2]);

    const stopped: number[] = [];
    tasks.repeat('later', () => stopped.push(1) > 0, 1);
    tasks.stop();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toEqual([]);
  });
});
