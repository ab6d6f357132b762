// The demo portal's behaviour: an imitation of CIEonline's "Ristampa PIN/PUK" page.
// Plain script, like a ministry portal: no framework, no data leaves the page.
(function () {
  'use strict';

  // Single-page navigation: menu links swap <main> in place, as many portals do.
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[data-spa]') : null;
    if (!link || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    navigate(link.getAttribute('href'), true);
  });
  window.addEventListener('popstate', function () {
    navigate(location.pathname + location.search, false);
  });

  function navigate(href, push) {
    fetch(href)
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, 'text/html');
        var main = document.getElementById('contenuto');
        var nextMain = next.getElementById('contenuto');
        if (!main || !nextMain) { location.href = href; return; }
        main.replaceWith(document.importNode(nextMain, true));
        document.title = next.title;
        document.querySelectorAll('.menu a').forEach(function (a) {
          if (a.getAttribute('href') === href.split('?')[0]) a.setAttribute('aria-current', 'page');
          else a.removeAttribute('aria-current');
        });
        if (push) history.pushState(null, '', href);
        setUp();
      });
  }

  function setUp() {
    var form = document.getElementById('formRistampa');
    if (!form) return;
    var params = new URLSearchParams(location.search);
    applyVariant(form, params.get('variante'));
    // ?esito=inviata: the confirmation a portal shows on the page after the submit (?conferma=pagina).
    if (params.get('esito') === 'inviata') showSent();
    form.addEventListener('input', updateDelega);
    form.addEventListener('change', updateDelega);
    form.addEventListener('reset', function () {
      setTimeout(updateDelega, 0);
      if (!form.dataset.inviata) showOutcome('', '');
      delete form.dataset.inviata;
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      submit(form);
    });
    updateDelega();
  }

  function field(name) {
    return document.querySelector('#formRistampa [name="' + name + '"]');
  }

  function chosenHalf() {
    var chosen = document.querySelector('#formRistampa [name="meta"]:checked');
    return chosen ? chosen.value : '';
  }

  // With no e-mail, the second half can only be printed at the counter: the delega appears.
  function delegaNeeded() {
    var email = field('email');
    return chosenHalf() !== 'PRIMA' && (!email || email.value.trim() === '');
  }

  function updateDelega() {
    var box = document.getElementById('boxDelega');
    if (box) box.hidden = !delegaNeeded();
  }

  function submit(form) {
    var cf = (field('codiceFiscale') || {}).value || '';
    var card = (field('numeroCarta') || {}).value || '';
    var errors = [];
    if (cf.replace(/\s/g, '').length !== 16) errors.push('codice fiscale non valido');
    if (card.replace(/\s/g, '').length !== 9) errors.push('numero carta non valido');
    if (!chosenHalf()) errors.push('scegliere quali codici ristampare');
    var email = field('email');
    if (email && email.value.trim() !== '' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.value.trim())) {
      errors.push('indirizzo e-mail non valido');
    }
    var upload = field('delega');
    if (delegaNeeded() && (!upload || !upload.files || upload.files.length === 0)) {
      errors.push('caricare la delega firmata');
    }
    if (errors.length > 0) {
      showOutcome('errore', 'Errore: ' + errors.join('; ') + '.');
      return;
    }
    showOutcome('', 'Firma della richiesta con la Smart Card Operatore in corso…');
    setTimeout(function () {
      // A portal that confirms on its next page: a new page load, the form empty.
      if (new URLSearchParams(location.search).get('conferma') === 'pagina') {
        location.href = location.pathname + '?esito=inviata';
        return;
      }
      showSent();
      form.dataset.inviata = 'si'; // the confirmation stays after the form is cleared
      form.reset();
    }, 300);
  }

  function showSent() {
    var protocol = 'DEMO-' + Date.now().toString(36).toUpperCase();
    showOutcome('ok', 'Richiesta di ristampa inviata. Protocollo ' + protocol + '. Stampare la ricevuta con la prima metà dei codici.');
  }

  function showOutcome(kind, text) {
    var box = document.getElementById('esito');
    if (!box) return;
    box.className = 'esito' + (kind ? ' ' + kind : '');
    box.textContent = text;
  }

  // Markup variants with the same visible labels, to prove recognition does not hang on ids.
  function applyVariant(form, variant) {
    if (!variant) return;
    // Shown inside a frame of a shell page (cornice.html): the form alone, nothing naming it.
    if (variant === 'incorniciata') {
      document.querySelectorAll('header.ministero, nav.menu, h1.titolo, footer.piede').forEach(function (el) { el.remove(); });
      document.title = 'Modulo';
      return;
    }
    if (variant === 'senza-email') {
      var row = field('email').closest('.riga');
      row.remove();
      return;
    }
    form.querySelectorAll('input').forEach(function (input) {
      var label = form.querySelector('label[for="' + input.id + '"]');
      input.id = 'f' + Math.random().toString(36).slice(2, 8);
      if (label) label.htmlFor = input.id;
    });
    if (variant === 'riordinato') {
      var first = form.querySelector('fieldset');
      Array.prototype.slice.call(first.querySelectorAll('.riga')).reverse().forEach(function (r) { first.appendChild(r); });
    }
    if (variant === 'tabella') {
      form.querySelectorAll('fieldset').forEach(function (set) {
        var table = document.createElement('table');
        set.querySelectorAll('.riga').forEach(function (r) {
          var tr = table.insertRow();
          var labelCell = tr.insertCell();
          var inputCell = tr.insertCell();
          var label = r.querySelector('label');
          labelCell.textContent = label ? label.textContent : '';
          var input = r.querySelector('input');
          if (input) inputCell.appendChild(input);
          r.remove();
        });
        set.appendChild(table);
      });
    }
    if (variant === 'ritardo') {
      var parent = form.parentNode;
      var placeholder = document.createElement('p');
      placeholder.textContent = 'Caricamento del modulo…';
      parent.replaceChild(placeholder, form);
      setTimeout(function () { parent.replaceChild(form, placeholder); }, 800);
    }
  }

  setUp();
})();
