// A button marked data-print prints the page (the partner's brief): a script file, since the pages allow no inline
// script. Without script the button does nothing and the browser's own Print still works. Loaded with defer by
// Components/App.razor.
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('[data-print]') : null;
    if (target) {
      event.preventDefault();
      window.print();
    }
  });
})();
