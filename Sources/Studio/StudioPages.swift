import Mustache

/// The studio's pages as Mustache templates (`{{x}}` is HTML-escaped; `{{{body}}}` is a page
/// already rendered by these templates).
enum StudioPages {
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in [("layout", layout), ("plan", plan), ("letterText", letterText), ("templates", templates),
                             ("editor", editor), ("journal", journal), ("run", run), ("message", message)] {
            // The templates are constants of this file, tested by every page test.
            do { try library.register(text, named: name) } catch { preconditionFailure("studio page \(name): \(error)") }
        }
        return library
    }()

    /// Page `name` with `values`, inside the layout.
    static func render(_ name: String, title: String, values: [String: Any], token: String, asOf: String,
                       error: String? = nil, notice: String? = nil, refresh: Bool = false) -> String {
        var values = values
        values["token"] = token
        let body = library.render(values, withTemplate: name) ?? ""
        var page: [String: Any] = ["title": title, "token": token, "asOf": asOf, "body": body, "nav": name, "refresh": refresh]
        if let error { page["error"] = error }
        if let notice { page["notice"] = notice }
        page["navPlan"] = ["plan", "letterText", "run"].contains(name)
        page["navTemplates"] = ["templates", "editor"].contains(name)
        page["navJournal"] = name == "journal"
        return library.render(page, withTemplate: "layout") ?? ""
    }

    static let layout = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="studio-token" content="{{token}}">
{{#refresh}}<meta http-equiv="refresh" content="1">{{/refresh}}
<title>{{title}} · Overdue Studio</title>
<link rel="stylesheet" href="/static/studio.css">
<script src="/static/studio.js" defer></script>
</head>
<body>
<header>
<strong>Overdue Studio</strong>
<nav>
<a href="/plan"{{#navPlan}} class="here"{{/navPlan}}>Plan</a>
<a href="/templates"{{#navTemplates}} class="here"{{/navTemplates}}>Templates</a>
<a href="/journal"{{#navJournal}} class="here"{{/navJournal}}>Journal</a>
</nav>
<span class="as-of">as of {{asOf}}</span>
</header>
<main>
{{#error}}<p class="error" id="page-error" role="alert">{{error}}</p>{{/error}}
{{#notice}}<p class="notice" id="page-notice">{{notice}}</p>{{/notice}}
{{{body}}}
</main>
</body>
</html>
"""#

    static let plan = #"""
<h1>Plan</h1>
{{#notes}}<p class="note">{{.}}</p>{{/notes}}
<form method="get" action="/plan" class="filter">
<label>Action
<select name="action" id="action-filter">
<option value="">all ({{total}})</option>
{{#actions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}} ({{count}})</option>{{/actions}}
</select></label>
<input type="hidden" name="sort" value="{{sort}}">
<button>Filter</button>
</form>
<table id="plan">
<thead><tr>
{{#columns}}<th><a href="/plan?sort={{key}}&amp;action={{filter}}">{{label}}{{#sorted}} ▲{{/sorted}}</a></th>{{/columns}}
<th>Letter</th><th>Hold</th><th>This run</th>
</tr></thead>
<tbody>
{{#rows}}
<tr data-debtor="{{debtor}}" class="action-{{action}}{{#leftOut}} left-out{{/leftOut}}">
<td>{{debtor}}</td>
<td>{{name}}</td>
<td><span class="action">{{action}}</span></td>
<td>{{invoices}}</td>
<td class="num">{{total}}</td>
<td>{{channel}}</td>
<td class="reason">{{reason}}</td>
<td class="links">{{#letter}}<a class="pdf" href="/letter.pdf?debtor={{query}}" target="_blank">PDF</a> <a class="text" href="/letter.txt?debtor={{query}}">text</a>{{/letter}}</td>
<td>
{{#held}}<form method="post" action="/release" class="release"><input type="hidden" name="token" value="{{token}}"><input type="hidden" name="debtor" value="{{debtor}}"><button>Release</button></form>{{/held}}
{{^held}}<form method="post" action="/hold" class="hold"><input type="hidden" name="token" value="{{token}}"><input type="hidden" name="debtor" value="{{debtor}}"><input name="until" placeholder="until YYYY-MM-DD" size="15" aria-label="hold until"> <input name="reason" placeholder="reason" size="12" aria-label="reason"> <button>Hold</button></form>{{/held}}
</td>
<td>{{#letter}}{{#leftOut}}<form method="post" action="/include"><input type="hidden" name="token" value="{{token}}"><input type="hidden" name="debtor" value="{{debtor}}"><button>Include</button></form>{{/leftOut}}{{^leftOut}}<form method="post" action="/leave-out"><input type="hidden" name="token" value="{{token}}"><input type="hidden" name="debtor" value="{{debtor}}"><button>Leave out</button></form>{{/leftOut}}{{/letter}}</td>
</tr>
{{/rows}}
</tbody>
</table>
<form method="post" action="/run" id="run-form">
<input type="hidden" name="token" value="{{token}}">
<button id="run">Run: write {{approved}} letter{{^one}}s{{/one}}</button> <span class="hint">into {{outputFolder}}, recorded in {{journalPath}}</span>
</form>
"""#

    static let letterText = #"""
<h1>{{kind}} for {{debtor}} <small>{{name}}</small></h1>
<p><a href="/plan">Back to the plan</a> · <a href="/letter.pdf?debtor={{query}}" target="_blank">PDF</a></p>
{{#warnings}}<p class="note">{{.}}</p>{{/warnings}}
<pre id="letter-text">{{text}}</pre>
"""#

    static let templates = #"""
<h1>Templates</h1>
<p>Defaults from {{defaultFolder}}; your versions are saved in {{overrideFolder}}.</p>
<table id="templates">
<thead><tr><th>Template</th><th>Letter</th><th>Language</th><th>Origin</th><th></th></tr></thead>
<tbody>
{{#entries}}<tr data-template="{{name}}"><td>{{name}}</td><td>{{kind}}</td><td>{{language}}</td><td class="origin-{{origin}}">{{origin}}</td><td><a href="/templates/edit?name={{name}}">edit</a></td></tr>{{/entries}}
</tbody>
</table>
"""#

    static let editor = #"""
<h1>{{name}} <small class="origin-{{origin}}" id="origin">{{origin}}</small></h1>
<form method="post" action="/templates/save" id="editor-form">
<input type="hidden" name="token" value="{{token}}">
<input type="hidden" name="name" value="{{name}}" id="template-name">
<input type="hidden" name="version" value="{{version}}" id="template-version">
<p><label>Sample claim
<select name="sample" id="sample">
{{#samples}}<option value="{{debtor}}"{{#selected}} selected{{/selected}}>{{debtor}}: {{name}} ({{action}})</option>{{/samples}}
</select></label>
<button id="save">Save</button> <a href="/templates">All templates</a></p>
<div class="editor">
<div class="source">
<textarea name="text" id="template-text" spellcheck="false" rows="30">{{text}}</textarea>
<p id="template-error" class="error"{{^problem}} hidden{{/problem}}>{{problem}}</p>
<p id="sample-problem" class="note"{{^sampleProblem}} hidden{{/sampleProblem}}>{{sampleProblem}}</p>
</div>
<div class="preview">
<pre id="preview-text">{{previewText}}</pre>
<iframe id="preview-pdf" title="PDF preview" src="{{pdfURL}}"></iframe>
</div>
</div>
</form>
"""#

    static let journal = #"""
<h1>Journal</h1>
<form method="get" action="/journal" class="filter">
<label>Debtor
<select name="debtor" id="debtor-filter">
<option value="">all</option>
{{#debtors}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{id}}</option>{{/debtors}}
</select></label>
<button>Filter</button>
</form>
{{^letters}}<p id="journal-empty">No letters in {{journalPath}} yet.</p>{{/letters}}
{{#hasLetters}}
<table id="journal">
<thead><tr><th>#</th><th>Date</th><th>Debtor</th><th>Letter</th><th>Invoices</th><th>Total</th><th>Channel</th><th>Status</th><th>Sent</th><th>Tracking</th><th>Proof file</th></tr></thead>
<tbody>
{{#letters}}<tr data-letter="{{id}}"><td>{{id}}</td><td>{{date}}</td><td>{{debtor}} <small>{{name}}</small></td><td>{{letter}}</td><td>{{invoices}}</td><td class="num">{{total}}</td><td>{{channel}}</td><td>{{status}}</td><td>{{sent}}</td><td class="tracking">{{tracking}}</td><td><a href="/journal/file?id={{id}}" target="_blank">{{file}}</a><br><small title="SHA-256">{{sha}}</small>{{#proofs}}<br><a class="proof" href="/journal/proof?id={{proof}}" target="_blank">proof of deposit: {{proofName}}</a>{{/proofs}}</td></tr>{{/letters}}
</tbody>
</table>
{{/hasLetters}}
"""#

    static let run = #"""
<h1>Run</h1>
{{#running}}<p id="run-progress">Writing letters for {{debtors}} debtors: {{done}} of {{expected}} done…</p>
<progress max="{{expected}}" value="{{done}}"></progress>{{/running}}
{{#finished}}
{{#error}}<p class="error" id="run-error">{{error}}</p>{{/error}}
<p id="run-summary">{{written}} written, {{unchanged}} unchanged, {{failed}} failed.</p>
{{#failures}}<p class="error">{{.}}</p>{{/failures}}
<h2>Letters this run entered in the journal</h2>
<table id="run-letters">
<thead><tr><th>#</th><th>Debtor</th><th>Letter</th><th>Total</th><th>Channel</th><th>Status</th><th>File</th></tr></thead>
<tbody>
{{#letters}}<tr data-letter="{{id}}"><td>{{id}}</td><td>{{debtor}} <small>{{name}}</small></td><td>{{letter}}</td><td class="num">{{total}}</td><td>{{channel}}</td><td>{{status}}</td><td><a href="/journal/file?id={{id}}" target="_blank">{{file}}</a></td></tr>{{/letters}}
</tbody>
</table>
{{/finished}}
{{#idle}}<p>No run yet.</p>{{/idle}}
<p><a href="/plan">Back to the plan</a> · <a href="/journal">Journal</a></p>
"""#

    static let message = #"""
<h1>{{heading}}</h1>
<p><a href="{{back}}">Back</a></p>
"""#
}
