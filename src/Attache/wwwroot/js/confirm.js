// Asks before an irreversible action (issue 10): a button or link with data-confirm="…" goes ahead only when the
// officer confirms the question, which says what will be lost. The question comes from the server's resources in the
// page's language. Without script, a deletion still has a page of its own that asks first, and a cancellation still
// needs its reason.
// Loaded with defer by Components/App.razor (the Content-Security-Policy forbids inline handlers).
(function () {
  'use strict';

  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('[data-confirm]') : null;
    if (target && !window.confirm(target.getAttribute('data-confirm'))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
}());
