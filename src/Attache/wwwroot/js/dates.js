// Dates in the staff UI's culture whatever the browser's own language (issue 10): every <input type="date"> becomes a
// flatpickr field whose visible box shows and takes dd/mm/yyyy (Vietnamese month and day names in the Vietnamese UI;
// the English UI is en-GB, day first too) while the value the form submits stays ISO (yyyy-mm-dd), so the server's
// binding and the page without script are unchanged; <input type="datetime-local"> likewise shows dd/mm/yyyy hh:mm
// and submits yyyy-mm-ddThh:mm. Loaded with defer by Components/App.razor.
(function () {
  'use strict';

  // What the form submits (the browser's own value of the field) and what the officer sees and types.
  var formats = {
    date: { dateFormat: 'Y-m-d', altFormat: 'd/m/Y', placeholder: 'dd/mm/yyyy' },
    'datetime-local': {
      dateFormat: 'Y-m-d\\TH:i', altFormat: 'd/m/Y H:i', placeholder: 'dd/mm/yyyy hh:mm',
      enableTime: true, time_24hr: true,
    },
  };

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

    var format = formats[input.type];
    var fp = window.flatpickr(input, {
      dateFormat: format.dateFormat,
      altInput: true,
      altFormat: format.altFormat,
      enableTime: !!format.enableTime,
      time_24hr: !!format.time_24hr,
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
    visible.placeholder = input.placeholder || format.placeholder;
    visible.autocomplete = 'off';
  }

  function enhanceAll() {
    if (typeof window.flatpickr !== 'function') {
      return; // The library did not load: the browser's own date fields stay.
    }
    var lang = locale();
    document.querySelectorAll('input[type=date], input[type=datetime-local]').forEach(function (input) {
      try {
        enhance(input, lang);
      } catch (e) {
        // That field keeps the browser's own date entry; the others are still enhanced.
        console.error('dates.js', input.name, e);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enhanceAll);
  } else {
    enhanceAll();
  }
})();
