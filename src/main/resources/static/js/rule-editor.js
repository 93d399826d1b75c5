// The rules editor: syntax highlighting (Java-like for DRL, YAML for thresholds) and the lines the last check
// reported problems at, marked in the gutter and the text.
(function () {
  var source = document.getElementById('source');
  if (!source || typeof CodeMirror === 'undefined') {
    return;
  }
  var editor = CodeMirror.fromTextArea(source, {
    mode: source.getAttribute('data-mode'), lineNumbers: true, indentUnit: 4, viewportMargin: Infinity
  });
  var lines = (source.getAttribute('data-lines') || '').split(',').filter(Boolean).map(Number);
  lines.forEach(function (line) {
    editor.addLineClass(line - 1, 'background', 'problem-line');
  });
  if (lines.length) {
    editor.scrollIntoView({ line: lines[0] - 1, ch: 0 }, 120);
  }
})();
