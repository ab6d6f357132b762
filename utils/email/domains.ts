import { POPULAR_DOMAINS, POPULAR_TLDS } from '@zootools/email-spell-checker';

/** Certified e-mail (PEC) providers' domains (domain.md): an address on them is a PEC. */
export const PEC_DOMAINS: readonly string[] = [
  'pec.it', 'arubapec.it', 'mypec.eu', 'gigapec.it', 'ingpec.eu', 'postecert.it', 'legalmail.it',
  'cert.legalmail.it', 'postacertificata.gov.it',
  // lower confidence, still warned about
  'pec.libero.it', 'sicurezzapostale.it', 'pec.namirial.it', 'namirialpec.it', 'registerpec.it',
  'pecimprese.it', 'lamiapec.it', 'actaliscertymail.it', 'legalmailpa.it', 'pec.poste.it',
  'pec.buffetti.it', 'pec.tiscali.it', 'pec.commercialisti.it', 'pec.geometri.it', 'pecavvocati.it',
  'conafpec.it', 'timpec.it',
];

/** Providers Italian citizens use most, added to the spell checker's (international) list. */
export const MAIL_DOMAINS: readonly string[] = [
  ...POPULAR_DOMAINS,
  'libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'tim.it', 'tin.it', 'email.it', 'inwind.it',
  'fastwebnet.it', 'hotmail.it', 'hotmail.com', 'outlook.it', 'outlook.com', 'live.it', 'live.com',
  'yahoo.it', 'yahoo.com', 'icloud.com', 'gmx.de', 'gmx.net', 'gmx.at', 'web.de', 't-online.de',
  'bluewin.ch', 'aruba.it', 'poste.it', 'katamail.com', 'teletu.it', 'vodafone.it',
];

export const MAIL_SECOND_LEVEL: readonly string[] = [
  'gmail', 'libero', 'virgilio', 'tiscali', 'alice', 'hotmail', 'outlook', 'live', 'yahoo', 'icloud',
  'fastwebnet', 'gmx', 'email', 'aruba', 'poste',
];

export const MAIL_TLDS: readonly string[] = [...POPULAR_TLDS, 'it', 'eu', 'de', 'at', 'ch', 'fr', 'sm', 'va'];
