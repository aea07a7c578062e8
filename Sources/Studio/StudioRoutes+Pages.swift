import Dunning
import Foundation
import Hummingbird
import InvoiceModel
import Letters

/// The values of each page.
extension StudioRoutes {
    /// The plan's sortable columns: key, heading.
    static let columns: [(String, String)] = [("debtor", "Debtor"), ("name", "Name"), ("action", "Action"), ("invoices", "Invoices"),
                                              ("total", "Total"), ("channel", "Channel"), ("reason", "Reason")]

    /// `entries` in the order of column `key` (input order for none); stable.
    static func sorted(_ entries: [PlanEntry], by key: String) -> [PlanEntry] {
        func less(_ a: PlanEntry, _ b: PlanEntry) -> Bool {
            switch key {
            case "debtor": return a.debtor < b.debtor
            case "name": return a.name.localizedStandardCompare(b.name) == .orderedAscending
            case "action": return a.action.rawValue < b.action.rawValue
            case "invoices": return a.invoices.count < b.invoices.count
            case "total": return a.total > b.total
            case "channel": return (a.channel?.rawValue ?? "") < (b.channel?.rawValue ?? "")
            case "reason": return a.reason < b.reason
            default: return false
            }
        }
        return entries.enumerated().sorted { less($0.element, $1.element) || (!less($1.element, $0.element) && $0.offset < $1.offset) }.map(\.element)
    }

    func planPage(_ request: Request, error: String? = nil, status: Int = 200) throws -> Response {
        let all = try workspace.plan()
        let filter = request.uri.queryParameters.get("action") ?? ""
        let sort = request.uri.queryParameters.get("sort") ?? ""
        let held = Set(all.filter { $0.action == .hold }.map(\.debtor))
        let shown = Self.sorted(filter.isEmpty ? all : all.filter { $0.action.rawValue == filter }, by: sort)
        let rows: [[String: Any]] = shown.map { e in
            [
                "debtor": e.debtor, "name": e.name, "action": e.action.rawValue, "invoices": e.invoices.joined(separator: " "),
                "total": e.action.isLetter || e.action == .handover ? "\(Money.plain(e.total)) \(e.currency)" : "",
                "channel": e.channel?.rawValue ?? "", "reason": e.reason, "letter": e.action.isLetter, "query": StudioResponses.query(e.debtor),
                "held": held.contains(e.debtor), "leftOut": workspace.isLeftOut(e.debtor),
            ]
        }
        let counts = Dictionary(grouping: all, by: \.action).mapValues(\.count)
        let actions: [[String: Any]] = PlanAction.allCases.filter { counts[$0] != nil }.map {
            ["value": $0.rawValue, "count": counts[$0]!, "selected": $0.rawValue == filter]
        }
        let approved = all.filter { $0.action.isLetter && !workspace.isLeftOut($0.debtor) }.count
        let values: [String: Any] = [
            "rows": rows, "actions": actions, "total": all.count, "sort": sort, "notes": workspace.notes,
            "columns": Self.columns.map { ["key": $0.0, "label": $0.1, "sorted": $0.0 == sort, "filter": StudioResponses.query(filter)] },
            "approved": approved, "one": approved == 1,
            "outputFolder": workspace.configuration.outputFolder, "journalPath": workspace.configuration.journalPath,
        ]
        return StudioResponses.html(status: status, render("plan", title: "Plan", values: values, error: error))
    }

    func letterText(debtor id: String) throws -> Response {
        let entry = try workspace.entry(debtor: id)
        let letter = try workspace.letter(debtor: id)
        let values: [String: Any] = ["debtor": id, "name": entry.name, "kind": entry.action.rawValue, "query": StudioResponses.query(id),
                                     "text": StudioWorkspace.text(letter), "warnings": letter.warnings + (entry.warnings)]
        return StudioResponses.html(render("letterText", title: "\(entry.action.rawValue) for \(id)", values: values))
    }

    func runPage() throws -> Response {
        let run = workspace.run.snapshot
        var values: [String: Any] = [
            "running": run.running, "finished": run.finished, "idle": !run.running && !run.finished, "debtors": run.debtors,
            "expected": run.expected, "done": run.done, "written": run.written, "unchanged": run.unchanged, "failed": run.failed,
            "failures": run.failures,
        ]
        if let error = run.error { values["error"] = error }
        if run.finished {
            let ids = Set(run.letterIDs)
            values["letters"] = try workspace.journal().filter { ids.contains($0.id) }.map(Self.letterValues)
        }
        return StudioResponses.html(render("run", title: "Run", values: values, refresh: run.running))
    }

    static func letterValues(_ l: LetterRecord) -> [String: Any] {
        [
            "id": l.id, "date": l.date.description, "debtor": l.debtor, "name": l.debtorName, "letter": l.letter,
            "invoices": l.invoices.joined(separator: " "), "total": "\(Money.plain(l.total)) \(l.currency)", "channel": l.channel.rawValue,
            "status": l.status.rawValue, "sent": l.sentOn?.description ?? "", "tracking": l.tracking ?? "",
            "file": (l.file as NSString).lastPathComponent, "sha": String(l.sha256.prefix(16)),
        ]
    }

    func templatesPage() throws -> Response {
        let entries: [[String: Any]] = try workspace.templates.entries().map { e in
            let parts = e.name.split(separator: ".", maxSplits: 1).map(String.init)
            return ["name": e.name, "kind": parts[0] == "base" ? "layout (all letters)" : parts[0], "language": parts.count > 1 ? parts[1] : "",
                    "origin": e.origin.rawValue]
        }
        let values: [String: Any] = ["entries": entries, "defaultFolder": workspace.templates.defaultFolder,
                                     "overrideFolder": workspace.templates.overrideFolder]
        return StudioResponses.html(render("templates", title: "Templates", values: values))
    }

    func editorPage(name: String, text: String, version: String, origin: String, sample: String?, notice: String? = nil,
                    error: String? = nil, status: Int = 200) throws -> Response {
        let plan = try workspace.plan()
        let chosen = try sample.flatMap { id in plan.contains { $0.debtor == id } ? id : nil } ?? workspace.defaultSample(for: name)
        var values: [String: Any] = [
            "name": name, "text": text, "version": version, "origin": origin,
            "samples": plan.map { ["debtor": $0.debtor, "name": $0.name, "action": $0.action.rawValue, "selected": $0.debtor == chosen] },
        ]
        if let chosen {
            let preview = try workspace.preview(template: name, text: text, sample: chosen)
            if let previewText = preview.text { values["previewText"] = previewText }
            if let problem = preview.problem {
                values["problem"] = (problem.line.map { "line \($0)" + (problem.column.map { ", column \($0)" } ?? "") + ": " } ?? "") + problem.message
            }
            if let sampleProblem = preview.sampleProblem { values["sampleProblem"] = sampleProblem }
        }
        return StudioResponses.html(status: status, render("editor", title: name, values: values, error: error, notice: notice))
    }

    func journalPage(debtor: String?) throws -> Response {
        let all = try workspace.journal()
        let letters = debtor.map { id in all.filter { $0.debtor == id } } ?? all
        if let debtor, !all.contains(where: { $0.debtor == debtor }), (try? workspace.entry(debtor: debtor)) == nil {
            throw StudioError.unknownDebtor(debtor)
        }
        var seen = Set<String>()
        let debtors: [[String: Any]] = all.compactMap { l in
            seen.insert(l.debtor).inserted ? ["id": l.debtor, "selected": l.debtor == debtor] : nil
        }
        let proofs = Dictionary(grouping: try workspace.proofs(letters: letters.map(\.id)), by: \.letter)
        let rows: [[String: Any]] = letters.map { l in
            var row = Self.letterValues(l)
            row["proofs"] = (proofs[l.id] ?? []).map { ["proof": $0.id, "proofName": $0.file.name] as [String: Any] }
            return row
        }
        let values: [String: Any] = ["letters": rows, "hasLetters": !letters.isEmpty, "debtors": debtors,
                                     "journalPath": workspace.configuration.journalPath]
        return StudioResponses.html(render("journal", title: "Journal", values: values))
    }
}
