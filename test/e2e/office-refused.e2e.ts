import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOfficeServer, type OfficeTestServer } from '../office-server/server';
import { Counter, EXTENSION_ORIGINS, officeSettings, serverCounts, workstations } from './office-helpers';

// What the real server refuses (its validate_doc_update) must not sit in the outbox as
// "waiting" for ever: it is set aside, kept, and the popup tells the operator to call IT.
// The refusal here is a real one: counts made while signed in as one workstation, sent after
// IT gave this profile another workstation's user ("workstation must be the signed-in user").

describe('a count the office server refuses (chromium)', () => {
  let server: OfficeTestServer;
  let counter: Counter;
  beforeAll(async () => {
    server = await startOfficeServer({ workstations: workstations('sportello-1', 'sportello-2'), dailyLimit: 20, corsOrigins: EXTENSION_ORIGINS });
    counter = await Counter.launch('sportello-1');
    await counter.configure(officeSettings(server, 'sportello-1', 40));
  }, 90_000);
  afterAll(async () => {
    await counter?.close();
    await server?.stop();
  });

  it('is set aside and shown, the rest is sent, and nothing stays "waiting"', async () => {
    await server.stop();
    await counter.complete();
    await counter.configure(officeSettings(server, 'sportello-2', 40));
    await server.start();
    await counter.complete();
    const seen = await counter.popup();
    // Both counts are this workstation's own; only the second one reached the server.
    expect(await serverCounts(server)).toEqual({ 'sportello-2': 1 });
    expect(seen.today).toBe('2 / 20');
    expect(seen.summary).not.toMatch(/in attesa/);
    expect(seen.state).toBe('synced');
    const refused = seen.page.locator('[data-testid=office-refused]');
    await expect(refused.getAttribute('role')).resolves.toBe('alert');
    expect(await refused.textContent()).toMatch(/rifiutati dal server dell'ufficio: 1 .*Avvisare l'IT/);
    await seen.page.close();
    // Opening the popup again (another push) neither sends it nor forgets it.
    const again = await counter.popup();
    expect(await again.page.locator('[data-testid=office-refused]').textContent()).toMatch(/: 1 /);
    expect(await serverCounts(server)).toEqual({ 'sportello-2': 1 });
    await again.page.close();
  }, 180_000);
});
