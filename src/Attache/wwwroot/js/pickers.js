// Every select marked data-picker becomes a search box (tom-select, served by the app): type a few letters in any
// script, with or without accents, and pick one or several. Without JavaScript the plain select still works.
(function () {
  'use strict';

  function escape(text) {
    var span = document.createElement('span');
    span.textContent = text == null ? '' : String(text);
    return span.innerHTML;
  }

  function enhance(select) {
    if (select.tomselect || typeof TomSelect === 'undefined') {
      return;
    }
    var empty = select.dataset.noResults || '';
    select.removeAttribute('size');
    new TomSelect(select, {
      searchField: ['text', 'more', 'fold'],
      maxOptions: null,
      allowEmptyOption: true,
      diacritics: true,
      plugins: select.multiple ? ['remove_button'] : [],
      render: {
        option: function (data) {
          var more = data.more ? '<small class="picker-more">' + escape(data.more) + '</small>' : '';
          return '<div>' + escape(data.text) + more + '</div>';
        },
        item: function (data) {
          return '<div>' + escape(data.text) + '</div>';
        },
        no_results: function () {
          return '<div class="no-results">' + escape(empty) + '</div>';
        },
      },
    });
  }

  function start() {
    document.querySelectorAll('select[data-picker]').forEach(enhance);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
