import { describe, expect, it } from 'vitest';
import { checkOfficeUrl, databaseUrl, OfficeServer, officePermissionPattern } from './config';
import { officeDocId, OfficeRequestDoc, requestDoc, undoDoc } from './doc';

describe('office server URL rules', () => {
  it('accepts https anywhere and http only on this computer, normalised', () => {
    expect(checkOfficeUrl('https://couch.comune.example.it:6984/')).toEqual({ ok: true, url: 'https://couch.comune.example.it:6984' });
    expect(checkOfficeUrl(' https://Couch.Example.it/couchdb/ ')).toEqual({ ok: true, url: 'https://couch.example.it/couchdb' });
    expect(checkOfficeUrl('http://127.0.0.1:5984')).toEqual({ ok: true, url: 'http://127.0.0.1:5984' });
    expect(checkOfficeUrl('http://localhost:5984')).toEqual({ ok: true, url: 'http://localhost:5984' });
  });

  it('refuses plain http elsewhere, credentials in the URL, queries, fragments and junk', () => {
    expect(checkOfficeUrl('http://couch.comune.example.it')).toEqual({ ok: false, problem: 'officeUrlNotHttps' });
    expect(checkOfficeUrl('http://192.168.1.10:5984')).toEqual({ ok: false, problem: 'officeUrlNotHttps' });
    expect(checkOfficeUrl('http://127.0.0.2:5984')).toEqual({ ok: false, problem: 'officeUrlNotHttps' });
    expect(checkOfficeUrl('ftp://couch.example.it')).toEqual({ ok: false, problem: 'officeUrlNotHttps' });
    expect(checkOfficeUrl('https://admin:pw@couch.example.it')).toEqual({ ok: false, problem: 'officeUrlHasExtras' });
    expect(checkOfficeUrl('https://couch.example.it/?a=1')).toEqual({ ok: false, problem: 'officeUrlHasExtras' });
    expect(checkOfficeUrl('https://couch.example.it/#x')).toEqual({ ok: false, problem: 'officeUrlHasExtras' });
    expect(checkOfficeUrl('couch.example.it')).toEqual({ ok: false, problem: 'officeUrlNotUrl' });
  });

  it('stores only normalised settings, and builds the database URL and the permission pattern', () => {
    const server = { url: 'https://couch.example.it:6984', database: 'sportello-cie', username: 'sportello-1', password: 'x' };
    expect(OfficeServer.parse(server)).toEqual(server);
    expect(OfficeServer.safeParse({ ...server, url: 'https://couch.example.it:6984/' }).success).toBe(false);
    expect(OfficeServer.safeParse({ ...server, database: 'Sportello' }).success).toBe(false);
    expect(OfficeServer.safeParse({ ...server, username: 'sportello 1' }).success).toBe(false);
    expect(OfficeServer.safeParse({ ...server, codiceFiscale: 'X' }).success).toBe(false);
    expect(databaseUrl(server)).toBe('https://couch.example.it:6984/sportello-cie');
    // Firefox patterns cannot carry a port; without one Chrome's cover every port.
    expect(officePermissionPattern(server)).toBe('https://couch.example.it/*');
    expect(officePermissionPattern({ url: 'http://127.0.0.1:5984' })).toBe('http://127.0.0.1/*');
  });
});

describe('office documents', () => {
  const record = {
    id: '0b6f5a0e-8a59-4d8e-9d3c-0f5a1f2b3c4d',
    time: Date.parse('2026-03-02T09:42:00Z'),
    day: '2026-03-02',
    halves: 'both',
    channel: 'email',
    kind: 'delegate',
    workstation: 'Sportello 1',
    source: 'checklist',
    practice: false,
  } as const;

  it('have a deterministic, time-ordered id and only the fields the server accepts', () => {
    const doc = requestDoc('sportello-1', record);
    expect(doc._id).toBe(`sportello-1:${record.time.toString(36).padStart(9, '0')}:${record.id}`);
    expect(requestDoc('sportello-1', record)).toEqual(doc);
    expect(Object.keys(doc).sort()).toEqual(['_id', 'channel', 'day', 'halves', 'kind', 'practice', 'source', 'time', 'type', 'workstation']);
    expect(doc.workstation).toBe('sportello-1'); // the server's user, which the validation checks
    const later = officeDocId('sportello-1', { ...record, time: record.time + 1000 });
    expect(later > doc._id).toBe(true);
  });

  it('refuse anything extra, and an undo is its own document', () => {
    expect(OfficeRequestDoc.safeParse({ ...requestDoc('sportello-1', record), codiceFiscale: 'RSSMRA80A41H501Y' }).success).toBe(false);
    const undo = undoDoc('sportello-1', record, record.time + 60_000);
    expect(undo).toEqual({ _id: `${requestDoc('sportello-1', record)._id}:undo`, type: 'undo', time: record.time + 60_000, day: '2026-03-02', workstation: 'sportello-1' });
  });
});
