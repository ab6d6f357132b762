// A hostile page script on the portal's host. It does nothing on its own beyond setting up
// traps and long texts; the security tests call `window.ostile.*` to attack the extension.
(function () {
  'use strict';

  // Anything that would run one of our payloads, or open a dialog, leaves a mark here.
  window.__sportelloPwned = undefined;
  window.__sportelloDialogs = 0;
  ['alert', 'confirm', 'prompt'].forEach(function (name) {
    window[name] = function () { window.__sportelloDialogs += 1; return null; };
  });

  var PAYLOADS = {
    img: '<img src=x onerror="window.__sportelloPwned=\'img\'">',
    script: '<script>window.__sportelloPwned="script"</' + 'script>',
    svg: '<svg onload="window.__sportelloPwned=\'svg\'"></svg>',
    rtl: '\u202Eetats\u200B\u200C\u200D\uFEFF',
  };
  var LONG = new Array(100001).join('A');
  var IDS = ['kdjbbbbocebidfjjpbgkhimeeglpkiao', 'sportello-cie@sportellocie.it'];

  // A label 100k characters long, before the extension looks at the page.
  document.addEventListener('DOMContentLoaded', function () {
    // Like the portal, the page handles its form itself: a submit never navigates away.
    document.getElementById('formRistampa').addEventListener('submit', function (event) { event.preventDefault(); });
    var nome = document.querySelector('label[for="txtNome"]');
    if (nome) nome.appendChild(document.createTextNode(' ' + LONG.slice(0, 100000)));
  });

  function request(type, data) {
    return { id: 1, type: type, data: data, timestamp: Date.now() };
  }
  var FORGED = [
    request('recordRequest', { requestId: '00000000-0000-4000-8000-000000000001', halves: 'both', channel: 'paper', kind: 'holder', source: 'portal' }),
    request('undoLastRequest', { reason: 'errore' }),
    request('quotaToday', {}),
    request('reportPageStatus', { recognised: false, missing: ['heading'] }),
    request('openStatusPage', {}),
    request('startTour', {}),
    request('importCsv', { csv: 'data;ora\n2020-01-01;10:00' }),
  ];

  /** Every message shape @webext-core/messaging or WXT listen for, from the page. */
  function forge() {
    var sent = 0;
    FORGED.forEach(function (message) {
      [undefined, '', 'sportello', 'sportello-cie', 'reissue'].forEach(function (namespace) {
        window.postMessage({ type: '@webext-core/messaging/window', message: message, senderOrigin: location.origin, namespace: namespace, instanceId: 'ostile' }, '*');
        window.postMessage({ type: '@webext-core/messaging/window/response', response: { res: 1 }, message: message, namespace: namespace, instanceId: 'ostile' }, '*');
        window.dispatchEvent(new CustomEvent('@webext-core/messaging/custom-events', { detail: { message: message, namespace: namespace, instanceId: 'ostile' } }));
        sent += 3;
      });
      window.postMessage(message, '*');
      document.dispatchEvent(new CustomEvent(message.type, { detail: message.data }));
      sent += 2;
      IDS.forEach(function (id) {
        try {
          if (window.chrome && window.chrome.runtime && window.chrome.runtime.sendMessage) {
            window.chrome.runtime.sendMessage(id, message, function () { void (window.chrome.runtime.lastError); });
            sent += 1;
          }
        } catch { /* refused: expected */ }
      });
    });
    // WXT's own page-level signals, under names a page can compute (the ids are public).
    IDS.forEach(function (id) {
      window.postMessage({ type: id + ':reissue:wxt:content-script-started', contentScriptName: 'reissue', messageId: 'ostile' }, '*');
      window.dispatchEvent(new Event(id + ':reissue:wxt:locationchange'));
      sent += 2;
    });
    return sent;
  }

  /** WXT stops an older copy of a content script when a newer one announces itself on the document. */
  function announceNewerScript() {
    IDS.forEach(function (id) {
      document.dispatchEvent(new CustomEvent(id + ':reissue:wxt:content-script-started', { detail: { contentScriptName: 'reissue', messageId: 'ostile' } }));
    });
  }

  /**
   * Presses everything in every open shadow root with our id, as a script can: ticks each
   * checkbox and radio, clicks each button (complete, print, status, tour...), writes an override
   * reason, feeds a file to each file input. Returns how many presses were made.
   */
  function pressEverything(rounds) {
    var presses = 0;
    for (var round = 0; round < rounds; round++) {
      document.querySelectorAll('[id="sportello-cie-root"]').forEach(function (host) {
        var shadow = host.shadowRoot;
        if (!shadow) return;
        shadow.querySelectorAll('textarea').forEach(function (area) {
          area.value = 'motivo inventato dalla pagina';
          area.dispatchEvent(new Event('input', { bubbles: true }));
        });
        shadow.querySelectorAll('input[type=checkbox], input[type=radio], button, a, label').forEach(function (el) {
          el.click();
          el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
          presses += 2;
        });
        shadow.querySelectorAll('input[type=file]').forEach(function (input) {
          var transfer = new DataTransfer();
          transfer.items.add(new File(['%PDF-1.4 falso'], 'falso.pdf', { type: 'application/pdf' }));
          input.files = transfer.files;
          input.dispatchEvent(new Event('change', { bubbles: true }));
          presses += 1;
        });
        shadow.querySelectorAll('form').forEach(function (form) {
          form.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
          presses += 1;
        });
      });
    }
    return presses;
  }

  function setValue(input, value) {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    input.dispatchEvent(new Event('blur'));
  }

  /** Markup, bidi/zero-width characters and 100k strings in the portal's own fields. */
  function injectIntoFields() {
    setValue(document.getElementById('txtCognome'), PAYLOADS.img + PAYLOADS.rtl);
    setValue(document.getElementById('txtNome'), PAYLOADS.script + PAYLOADS.svg);
    setValue(document.getElementById('txtNumeroCarta'), PAYLOADS.img + LONG);
    setValue(document.getElementById('txtEmail'), 'a' + PAYLOADS.img + '@example.it' + PAYLOADS.rtl);
    setValue(document.getElementById('txtCodiceFiscale'), LONG + PAYLOADS.svg);
  }

  /** Every element with our root id, and what a page script can read inside its shadow root. */
  function readOurUi() {
    return Array.prototype.map.call(document.querySelectorAll('[id="sportello-cie-root"]'), function (host) {
      var shadow = host.shadowRoot;
      return {
        shadow: shadow ? shadow.innerHTML : null,
        text: shadow ? shadow.textContent : null,
        light: host.innerHTML,
      };
    });
  }

  /** Every attribute value of the light DOM, as "tag@name=value". */
  function attributes() {
    var out = [];
    document.querySelectorAll('*').forEach(function (el) {
      Array.prototype.forEach.call(el.attributes, function (a) { out.push(el.tagName + '@' + a.name + '=' + a.value); });
    });
    return out;
  }

  /** What of the extension's storage or messaging a page script can reach. */
  function reach() {
    var chromeApi = window.chrome || {};
    return {
      browser: typeof window.browser,
      chromeStorage: typeof (chromeApi.storage),
      chromeRuntimeId: chromeApi.runtime ? String(chromeApi.runtime.id) : 'none',
      localStorage: Object.keys(localStorage),
      sessionStorage: Object.keys(sessionStorage),
    };
  }

  /** A submit no operator made, then the portal's "sent" text: what a page could stage. */
  function stageConfirmation() {
    var form = document.getElementById('formRistampa');
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    var box = document.createElement('div');
    box.textContent = 'Richiesta di ristampa inviata. Protocollo FALSO.';
    document.getElementById('esito').replaceChildren(box);
  }

  window.ostile = {
    stageConfirmation: stageConfirmation,
    pressEverything: pressEverything,
    forge: forge,
    announceNewerScript: announceNewerScript,
    injectIntoFields: injectIntoFields,
    readOurUi: readOurUi,
    attributes: attributes,
    reach: reach,
    payloads: PAYLOADS,
  };
})();
