// The office database's design document: the daily count (a view with _count) and the
// validation that makes the server refuse bad data even from a buggy or hostile client.
// Used as is by setup-office-server.mjs (production) and by the end-to-end tests.
// The functions run inside CouchDB (SpiderMonkey, ES5): no arrow functions, no let/const.

/* global emit */

/** Requests per [day, workstation]; practice requests (demo portal) are never office figures. */
function requestsMap(doc) {
  if (doc.type === 'request' && doc.practice === false) emit([doc.day, doc.workstation], 1);
}

/** Undone requests per [day, workstation] (an undo is a new document, never an update). */
function undoneMap(doc) {
  if (doc.type === 'undo') emit([doc.day, doc.workstation], 1);
}

function validateDocUpdate(newDoc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  function has(role) {
    return roles.indexOf(role) !== -1;
  }
  function refuse(why) {
    throw { forbidden: why };
  }
  function onlyKeys(allowed) {
    for (var key in newDoc) {
      if (allowed.indexOf(key) === -1 && ['_id', '_rev', '_revisions'].indexOf(key) === -1) refuse('field not allowed: ' + key);
    }
    for (var i = 0; i < allowed.length; i++) if (!(allowed[i] in newDoc)) refuse('missing field: ' + allowed[i]);
  }
  function oneOf(key, values) {
    if (values.indexOf(newDoc[key]) === -1) refuse('bad value for ' + key);
  }
  var admin = has('_admin');
  var id = newDoc._id;
  if (id.indexOf('_design/') === 0) {
    if (!admin) refuse('only the server administrator changes the design document');
    return;
  }
  if (id === 'office-settings') {
    if (!admin && !has('sportello-it')) refuse('only IT sets the office limit');
    if (newDoc._deleted) return;
    onlyKeys(['type', 'dailyLimit']);
    if (newDoc.type !== 'settings') refuse('bad value for type');
    var limit = newDoc.dailyLimit;
    if (typeof limit !== 'number' || limit % 1 !== 0 || limit < 1 || limit > 10000) refuse('bad value for dailyLimit');
    return;
  }
  if (newDoc._deleted) refuse('documents are never deleted');
  if (oldDoc) refuse('documents are never changed');
  var generation = newDoc._revisions ? newDoc._revisions.start : newDoc._rev ? parseInt(newDoc._rev, 10) : 1;
  if (generation !== 1) refuse('only new documents');
  if (typeof newDoc.workstation !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/.test(newDoc.workstation)) refuse('bad value for workstation');
  if (!admin && newDoc.workstation !== userCtx.name) refuse('workstation must be the signed-in user');
  if (typeof newDoc.time !== 'number' || newDoc.time % 1 !== 0 || newDoc.time < 0) refuse('bad value for time');
  if (typeof newDoc.day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(newDoc.day)) refuse('bad value for day');
  var prefix = newDoc.workstation + ':';
  if (id.indexOf(prefix) !== 0) refuse('the id must start with the workstation');
  var rest = id.slice(prefix.length);
  if (newDoc.type === 'request') {
    onlyKeys(['type', 'time', 'day', 'workstation', 'halves', 'channel', 'kind', 'source', 'practice']);
    if (!/^[0-9a-z]{9}:[0-9a-f-]{36}$/.test(rest)) refuse('bad id');
    oneOf('halves', ['first', 'second', 'both']);
    oneOf('channel', ['email', 'paper']);
    oneOf('kind', ['holder', 'minor', 'delegate']);
    oneOf('source', ['checklist', 'portal']);
    oneOf('practice', [true, false]);
    return;
  }
  if (newDoc.type === 'undo') {
    onlyKeys(['type', 'time', 'day', 'workstation']);
    if (!/^[0-9a-z]{9}:[0-9a-f-]{36}:undo$/.test(rest)) refuse('bad id');
    return;
  }
  refuse('bad value for type');
}

// CouchDB evaluates each function's source as an expression: anonymous, as its docs write them.
const source = (fn) => fn.toString().replace(/^function \w+/, 'function ');

/** The design document, `_design/office`, as CouchDB stores it. */
export const OFFICE_DESIGN = {
  _id: '_design/office',
  language: 'javascript',
  views: {
    requests: { map: source(requestsMap), reduce: '_count' },
    undone: { map: source(undoneMap), reduce: '_count' },
  },
  validate_doc_update: source(validateDocUpdate),
};

/** Roles in the database's `_security`: workstations are members, IT administers. */
export const WORKSTATION_ROLE = 'sportello';
export const IT_ROLE = 'sportello-it';
export const SETTINGS_DOC_ID = 'office-settings';
