/// The studio's style sheet and script, served by the app itself (nothing from the internet).
enum StudioAssets {
    static let css = #"""
body { font: 14px/1.4 system-ui, "DejaVu Sans", sans-serif; margin: 0; color: #1d2330; background: #f7f7f5; }
header { display: flex; gap: 2em; align-items: baseline; padding: .7em 1.5em; background: #1d2330; color: #fff; }
header a { color: #cfd8ea; margin-right: 1em; text-decoration: none; }
header a.here { color: #fff; border-bottom: 2px solid #f0b429; }
header .as-of { margin-left: auto; color: #cfd8ea; }
main { padding: 1em 1.5em; }
h1 small { font-weight: normal; color: #667; font-size: .6em; }
table { border-collapse: collapse; background: #fff; width: 100%; }
th, td { border-bottom: 1px solid #e2e2de; padding: .35em .5em; text-align: left; vertical-align: top; }
th a { color: inherit; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.reason { max-width: 28em; color: #445; }
tr.left-out td { opacity: .5; }
.action { padding: .1em .4em; border-radius: 3px; background: #e8ecf3; white-space: nowrap; }
tr.action-reminder .action, tr.action-second-reminder .action { background: #fff3c4; }
tr.action-notice .action { background: #ffd9d2; }
tr.action-hold .action { background: #dfe9ff; }
.error { color: #8a1c0b; background: #ffe9e4; padding: .4em .6em; border-left: 4px solid #c23a1f; white-space: pre-wrap; }
.notice { background: #e5f6e8; padding: .4em .6em; border-left: 4px solid #2f8f46; }
.note { color: #6b5200; }
form { margin: 0; display: inline; }
form.filter, #run-form { display: block; margin: .6em 0; }
button { cursor: pointer; }
.editor { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; }
textarea { width: 100%; box-sizing: border-box; font: 13px/1.35 "DejaVu Sans Mono", monospace; }
.preview pre { background: #fff; border: 1px solid #ddd; padding: .6em; max-height: 22em; overflow: auto; white-space: pre-wrap; margin-top: 0; }
.preview iframe { width: 100%; height: 28em; border: 1px solid #ddd; background: #fff; }
#letter-text { background: #fff; border: 1px solid #ddd; padding: 1em; max-width: 48em; white-space: pre-wrap; }
.origin-override { color: #2f5fb3; font-weight: bold; }
"""#

    static let js = #"""
"use strict";
// Overdue Studio: the template editor's live preview. Every request carries the page's token.
(function () {
  const token = document.querySelector('meta[name="studio-token"]')?.content || "";
  const text = document.getElementById("template-text");
  const filter = document.getElementById("action-filter");
  if (filter) filter.addEventListener("change", () => filter.form.submit());
  const debtorFilter = document.getElementById("debtor-filter");
  if (debtorFilter) debtorFilter.addEventListener("change", () => debtorFilter.form.submit());
  if (!text) return;
  const name = document.getElementById("template-name").value;
  const sample = document.getElementById("sample");
  const error = document.getElementById("template-error");
  const sampleProblem = document.getElementById("sample-problem");
  const preview = document.getElementById("preview-text");
  const frame = document.getElementById("preview-pdf");
  let textTurn = 0, pdfTurn = 0, pdfTimer = null, pdfURL = null;

  function body() {
    return new URLSearchParams({ name: name, text: text.value, sample: sample.value, token: token });
  }
  function post(path) {
    return fetch(path, { method: "POST", body: body(), headers: { "X-Studio-Token": token } });
  }
  function show(element, message) {
    element.textContent = message || "";
    element.hidden = !message;
  }
  async function refreshText() {
    const turn = ++textTurn;
    const response = await post("/templates/preview");
    if (turn !== textTurn) return;
    const result = await response.json();
    if (turn !== textTurn) return;
    if (!response.ok) { show(error, result.error || "the preview failed"); return; }
    const problem = result.problem;
    show(error, problem ? (problem.line ? "line " + problem.line + (problem.column ? ", column " + problem.column : "") + ": " : "") + problem.message : "");
    error.dataset.line = problem && problem.line ? problem.line : "";
    error.dataset.column = problem && problem.column ? problem.column : "";
    show(sampleProblem, result.sampleProblem);
    if (result.text !== undefined && result.text !== null) preview.textContent = result.text;
  }
  async function refreshPDF() {
    const turn = ++pdfTurn;
    const response = await post("/templates/preview.pdf");
    if (turn !== pdfTurn || !response.ok) return;
    const blob = await response.blob();
    if (turn !== pdfTurn) return;
    if (pdfURL) URL.revokeObjectURL(pdfURL);
    pdfURL = URL.createObjectURL(blob);
    frame.src = pdfURL;
    frame.dataset.turn = String(turn);
  }
  function changed() {
    refreshText();
    clearTimeout(pdfTimer);
    pdfTimer = setTimeout(refreshPDF, 300);
  }
  text.addEventListener("input", changed);
  sample.addEventListener("change", changed);
  refreshPDF();
})();
"""#
}
