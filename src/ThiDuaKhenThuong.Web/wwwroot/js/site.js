// Confirmation before irreversible actions: <form data-confirm="...">.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var message = form.getAttribute && form.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// A select that reveals a dependent field for one value: <select data-shows="field-id" data-shows-when="Value">.
document.addEventListener('change', function (event) {
  var select = event.target;
  var target = select.getAttribute && select.getAttribute('data-shows');
  if (target) {
    var field = document.getElementById(target);
    if (field) {
      field.hidden = select.value !== select.getAttribute('data-shows-when');
    }
  }
});
