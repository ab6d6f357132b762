// The demo portal's two-step reprint (ristampa-passi.html): step 1 finds the card, step 2
// chooses the halves and the e-mail and sends. Like a server-side portal, step 2 is a new
// page load; with ?modo=pagina it is shown in the same page instead. The portal keeps the
// card it found in its own sessionStorage (the server's job on the real portal).
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var samePage = params.get('modo') === 'pagina';

  function show(step) {
    document.getElementById('passo1').hidden = step !== 1;
    document.getElementById('passo2').hidden = step !== 2;
    document.getElementById('capPasso1').className = step === 1 ? 'active' : '';
    document.getElementById('capPasso2').className = step === 2 ? 'active' : '';
    document.getElementById('capPasso1').setAttribute('aria-current', step === 1 ? 'step' : 'false');
    document.getElementById('capPasso2').setAttribute('aria-current', step === 2 ? 'step' : 'false');
    var card = JSON.parse(sessionStorage.getItem('demoCarta') || '{}');
    if (step === 2) document.getElementById('riepilogo').textContent = 'Carta ' + (card.nun || '') + ' trovata. Scegliere i codici da ristampare.';
  }

  document.getElementById('formCerca').addEventListener('submit', function (event) {
    event.preventDefault();
    var cf = document.getElementById('p1cf').value.replace(/\s/g, '');
    var nun = document.getElementById('p1nun').value.replace(/\s/g, '');
    if (cf.length !== 16 || nun.length !== 9) {
      document.getElementById('esitoCerca').textContent = 'Errore: carta non trovata.';
      return;
    }
    sessionStorage.setItem('demoCarta', JSON.stringify({ nun: nun.toUpperCase() }));
    if (samePage) show(2);
    else location.href = '/ristampa-passi.html?passo=2';
  });

  document.getElementById('formInvio').addEventListener('submit', function (event) {
    event.preventDefault();
    var box = document.getElementById('esito');
    box.textContent = 'Firma della richiesta con la Smart Card Operatore in corso…';
    setTimeout(function () {
      box.className = 'esito ok';
      box.textContent = 'Richiesta di ristampa inviata. Protocollo DEMO-' + Date.now().toString(36).toUpperCase() + '.';
      sessionStorage.removeItem('demoCarta');
    }, 300);
  });

  document.getElementById('lnkNuova').addEventListener('click', function (event) {
    if (!samePage) return;
    event.preventDefault();
    document.getElementById('formCerca').reset();
    document.getElementById('formInvio').reset();
    document.getElementById('esito').textContent = '';
    show(1);
  });

  show(params.get('passo') === '2' ? 2 : 1);
})();
