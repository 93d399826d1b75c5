// Drag and drop onto the upload form: the dropped file becomes the form's file, and its name is shown.
(function () {
  var drop = document.getElementById('drop');
  var input = document.getElementById('file');
  var label = document.getElementById('drop-file');
  if (!drop || !input) {
    return;
  }
  function show() {
    label.textContent = input.files.length ? 'Selected: ' + input.files[0].name : '';
    drop.classList.toggle('has-file', input.files.length > 0);
  }
  ['dragenter', 'dragover'].forEach(function (type) {
    drop.addEventListener(type, function (event) {
      event.preventDefault();
      drop.classList.add('over');
    });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    drop.addEventListener(type, function (event) {
      event.preventDefault();
      drop.classList.remove('over');
    });
  });
  drop.addEventListener('drop', function (event) {
    if (event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      show();
    }
  });
  input.addEventListener('change', show);
})();
