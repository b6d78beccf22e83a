// Dates in the staff UI's culture whatever the browser's own language (issue 10): every <input type="date"> becomes a
// flatpickr field whose visible box shows and takes dd/mm/yyyy (Vietnamese month and day names in the Vietnamese UI;
// the English UI is en-GB, day first too) while the value the form submits stays ISO (yyyy-mm-dd), so the server's
// binding and the page without script are unchanged. Loaded with defer by Components/App.razor.
(function () {
  'use strict';

  var visibleFormat = 'd/m/Y';

  function locale() {
    var lang = (document.documentElement.lang || '').toLowerCase();
    var l10ns = window.flatpickr.l10ns;
    if (lang.indexOf('vi') === 0 && l10ns.vn) {
      return l10ns.vn;
    }
    // en-GB: the week starts on Monday.
    return Object.assign({}, l10ns.default, { firstDayOfWeek: 1 });
  }

  function enhance(input, lang) {
    if (input._flatpickr) {
      return;
    }

    var fp = window.flatpickr(input, {
      dateFormat: 'Y-m-d',
      altInput: true,
      altFormat: visibleFormat,
      altInputClass: input.className,
      ariaDateFormat: 'j F Y',
      allowInput: true,
      disableMobile: true,
      locale: lang,
      minDate: input.min || null,
      maxDate: input.max || null,
    });
    var visible = fp.altInput;
    if (!visible) {
      return;
    }

    // The label (<label for=id> or one around the field) names the box the officer sees: the id moves to it, and so
    // do the field's aria attributes (a validation error, a description) and title.
    if (input.id) {
      visible.id = input.id;
      input.removeAttribute('id');
    }
    Array.prototype.forEach.call(input.attributes, function (a) {
      if (a.name.indexOf('aria-') === 0 || a.name === 'title') {
        visible.setAttribute(a.name, a.value);
      }
    });
    visible.placeholder = input.placeholder || 'dd/mm/yyyy';
    visible.autocomplete = 'off';
  }

  function enhanceAll() {
    if (typeof window.flatpickr !== 'function') {
      return; // The library did not load: the browser's own date fields stay.
    }
    var lang = locale();
    document.querySelectorAll('input[type=date]').forEach(function (input) {
      enhance(input, lang);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enhanceAll);
  } else {
    enhanceAll();
  }
})();
