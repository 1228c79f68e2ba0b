// The background checks wait for the messages: documents opened in a burst
// are checked after the messages that came with them (a request among them
// is answered first), one per turn once messages pause; a changed document is
// checked at once, whatever waits in the background. Time is the test's own.
import { describe, expect, it } from 'vitest';
import { CheckScheduler } from '../../server/src/service/scheduler';
import { FakeTimers } from '../helpers/service';

function harness() {
  const timers = new FakeTimers();
  const ran: string[] = [];
  const scheduler = new CheckScheduler(timers, (uri) => ran.push(uri));
  return { timers, ran, scheduler };
}

describe('the check scheduler', () => {
  it('checks one opened document on the next quiet turn', () => {
    const { timers, ran, scheduler } = harness();
    scheduler.schedule('a', 0, true);
    timers.advance(0);
    expect(ran).toEqual(['a']);
  });

  it('holds a burst of opened documents while messages come in, then checks them in order', () => {
    const { timers, ran, scheduler } = harness();
    for (let i = 0; i < 1_000; i++) scheduler.schedule(`doc${i}`, 0, true);
    // Messages keep coming for 50 ms (one a millisecond): nothing of the burst is checked meanwhile.
    for (let ms = 0; ms < 50; ms++) {
      scheduler.touch();
      timers.advance(1);
    }
    expect(ran).toEqual([]);
    // A document edited meanwhile is checked at once.
    scheduler.schedule('typed', 0);
    timers.advance(0);
    expect(ran).toEqual(['typed']);
    timers.advance(100);
    expect(ran).toHaveLength(1_001);
    expect(ran.slice(1, 4)).toEqual(['doc0', 'doc1', 'doc2']);
    expect(scheduler.waiting).toBe(0);
  });

  it('drops the background check of a document closed or checked otherwise', () => {
    const { timers, ran, scheduler } = harness();
    for (const uri of ['a', 'b', 'c']) scheduler.schedule(uri, 0, true);
    scheduler.cancel('b');
    scheduler.schedule('c', 0);
    timers.advance(10);
    expect(ran).toEqual(['c', 'a']);
  });
});
